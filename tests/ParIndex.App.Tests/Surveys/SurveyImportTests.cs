using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Tests.Surveys;

public abstract class SurveyImportTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private readonly string _dir = Repo.TempDir();

    private async Task DefineAsync(int min = 2, bool populations = true) =>
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(
            SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, MinRespondents: min,
            PopulationsFile: populations ? SurveyFiles.Write(_dir, "pop.csv", SurveyFiles.PopulationsCsv) : null)));

    private Task<ResponsesImported> Import(string file, Actor? actor = null) =>
        World.Run(db => new ImportResponsesHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, new ImportResponses(SurveyFiles.Code, file)));

    private IEnumerable<string> Located(ImportException e) =>
        e.Problems.Select(p => p.ToString().Replace(_dir + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));

    private Task<int> Stored() => World.Run(db => db.SurveyResponses.CountAsync());

    private async Task<ImportException> Refused(string name, string text)
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => Import(SurveyFiles.Write(_dir, name, text)));
        Assert.Equal(0, await Stored());
        return e;
    }

    [Fact]
    public async Task A_Kobo_export_imports_and_importing_it_again_adds_nothing()
    {
        await DefineAsync();
        var file = SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv);
        Assert.Equal(new ResponsesImported(11, 0), await Import(file));
        Assert.Equal(new ResponsesImported(0, 11), await Import(file));
        Assert.Equal(11, await Stored());

        var a2 = await World.Run(db => db.SurveyResponses.SingleAsync(r => r.RespondentId == "a2"));
        Assert.Equal("""{"kenh":"2","q1":"4","q2":"5","ghi_chu":"Nhanh, gọn"}""", a2.AnswersJson);
        Assert.Equal(ResponseSource.Import, a2.Source);
        var a1 = await World.Run(db => db.SurveyResponses.SingleAsync(r => r.RespondentId == "a1"));
        Assert.Equal("""{"kenh":"1","q1":"5"}""", a1.AnswersJson);   // the label "Trực tiếp" stored as its code
        Assert.Equal(RespondentType.Business, (await World.Run(db => db.SurveyResponses.SingleAsync(r => r.RespondentId == "a5"))).Respondent);
        Assert.Equal(2, await World.Run(db => db.Audit.CountAsync(a => a.Action == "survey.import" || a.Action == "survey.define")));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_line_and_column_and_nothing_is_written()
    {
        await DefineAsync();
        var e = await Refused("bad.csv", """
            _uuid,unit,kenh,q1,q2
            x1,A,1,6,
            x2,Z,3,4,
            x3,A,1,4,5
            x1,B,1,,
            ,A,Trực tiếp,5,

            """);
        Assert.Equal([
            "bad.csv, dòng 2, cột 4 (q1), câu hỏi q1: '6' is not a score from 1 to 5",
            "bad.csv, dòng 3, cột 2 (unit): there is no unit 'Z'",
            "bad.csv, dòng 3, cột 3 (kenh), câu hỏi kenh: '3' is not one of the choices (1, 2)",
            "bad.csv, dòng 4, cột 5 (q2), câu hỏi q2: the question is hidden (show if kenh = 2) but has the answer '5'",
            "bad.csv, dòng 5, cột 4 (q1), câu hỏi q1: a required question has no answer",
            "bad.csv, dòng 6, cột 1 (_uuid): the respondent id is empty",
        ], Located(e));
    }

    [Fact]
    public async Task Duplicate_ids_in_the_file_and_changed_answers_for_a_stored_id_are_refused()
    {
        await DefineAsync();
        await Import(SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv));
        var e = await Assert.ThrowsAsync<ImportException>(() => Import(SurveyFiles.Write(_dir, "again.csv", """
            _uuid,unit,kenh,q1
            n1,A,1,4
            n1,B,1,4
            a1,A,1,1

            """)));
        Assert.Equal([
            "again.csv, dòng 3: respondent id 'n1' is also on line 2",
            "again.csv, dòng 4: respondent id 'a1' is already stored with other answers",
        ], Located(e));
        Assert.Equal(11, await Stored());
    }

    [Fact]
    public async Task Wrong_columns_are_refused_before_any_row()
    {
        await DefineAsync();
        var e = await Refused("cols.csv", "id,unit,kenh,q9,start,meta/instanceID\nr1,A,1,4,2025-01-01,uuid:1\n");
        Assert.Equal([
            "cols.csv, dòng 1: no respondent id column (_uuid, _id, respondent_id)",
            "cols.csv, dòng 1, cột 1 (id): column 'id' is not a question of questionnaire KS-TEST",
            "cols.csv, dòng 1, cột 4 (q9): column 'q9' is not a question of questionnaire KS-TEST",
            "cols.csv, dòng 1, câu hỏi q1: no column for the required question q1",
        ], Located(e));
    }

    [Fact]
    public async Task A_truncated_file_and_a_file_in_another_encoding_are_refused()
    {
        await DefineAsync();
        var truncated = await Refused("cut.csv", "_uuid,unit,kenh,q1,ghi_chu\nr1,A,1,4,\"Phục vụ tốt\nr2,A,1");
        Assert.Equal("cut.csv, dòng 2: một ô mở ngoặc kép mà không đóng", Assert.Single(Located(truncated)));

        var shortRow = await Refused("short.csv", "_uuid,unit,kenh,q1\nr1,A,1\n");
        Assert.Equal("short.csv, dòng 2, cột 4 (q1), câu hỏi q1: a required question has no answer", Assert.Single(Located(shortRow)));

        var path = Path.Combine(_dir, "latin.csv");
        await File.WriteAllBytesAsync(path, [.. Encoding.ASCII.GetBytes("_uuid,unit,kenh,q1,ghi_chu\nr1,A,1,4,"), 0x54, 0xF4, 0x74, 0x0A]); // "Tôt" in Latin-1
        var latin = await Assert.ThrowsAsync<ImportException>(() => Import(path));
        Assert.Contains("không phải văn bản UTF-8", Assert.Single(latin.Problems).Message);

        // PostgreSQL cannot store U+0000: a NUL in a text answer, or a UTF-16 file read as UTF-8, is refused where it is.
        var nul = await Refused("nul.csv", "_uuid,unit,kenh,q1,ghi_chu\nr1,A,1,4,Tốt\nr2,A,1,5,\"Nhanh\0\"\n");
        Assert.StartsWith("nul.csv, dòng 3: có ký tự NUL (U+0000)", Assert.Single(Located(nul)));
        var utf16 = Path.Combine(_dir, "utf16.csv");
        await File.WriteAllBytesAsync(utf16, Encoding.BigEndianUnicode.GetBytes("_uuid,unit,kenh,q1\nr1,A,1,4\n"));
        var wide = await Assert.ThrowsAsync<ImportException>(() => Import(utf16));
        Assert.Contains("có thể là UTF-16", Assert.Single(wide.Problems).Message);

        var badXlsx = Path.Combine(_dir, "cut.xlsx");
        await File.WriteAllBytesAsync(badXlsx, XlsxWriter.Write([new Sheet("Sheet1", [["_uuid", "unit", "kenh", "q1"], ["r1", "A", "1", "4"]])])[..200]);
        var xlsx = await Assert.ThrowsAsync<ImportException>(() => Import(badXlsx));
        Assert.Contains("not a readable Excel workbook", Assert.Single(xlsx.Problems).Message);
        Assert.Equal(0, await Stored());
    }

    [Fact]
    public async Task An_XLSX_export_with_group_prefixes_imports_and_its_problems_name_the_cell()
    {
        await DefineAsync();
        var good = Path.Combine(_dir, "kobo.xlsx");
        await File.WriteAllBytesAsync(good, XlsxWriter.Write([new Sheet("Khảo sát", [
            ["_id", "unit", "grp_a/kenh", "grp_b/q1", "grp_b/q2", "_index"],
            [101, "A", "Trực tuyến", 5, 4, 1],
            [102, "b", "Trực tiếp", 3, null, 2],
        ])]));
        Assert.Equal(new ResponsesImported(2, 0), await Import(good));
        Assert.Equal("B", (await World.Run(db => db.SurveyResponses.SingleAsync(r => r.RespondentId == "102"))).UnitCode);

        var bad = Path.Combine(_dir, "kobo-bad.xlsx");
        await File.WriteAllBytesAsync(bad, XlsxWriter.Write([new Sheet("Khảo sát", [
            ["_id", "unit", "grp_a/kenh", "grp_b/q1"],
            [103, "A", "Qua mạng", 5],
        ])]));
        var e = await Assert.ThrowsAsync<ImportException>(() => Import(bad));
        Assert.Equal("kobo-bad.xlsx, dòng 2, cột C (grp_a/kenh), câu hỏi kenh: 'Qua mạng' is not one of the choices (1, 2)", Assert.Single(Located(e)));
        Assert.Equal(2, await Stored());
    }

    [Fact]
    public async Task Only_the_secretariat_and_admin_define_and_import()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Council,
            new DefineSurvey(SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025))));
        await DefineAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => Import(SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv), World.Editor("A")));
        Assert.Equal(0, await Stored());
    }

    [Fact]
    public async Task A_survey_code_longer_than_sixty_four_characters_is_refused()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new DefineSurvey(SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, Code: new string('K', 65)))));
        Assert.Equal("--code, cột code: Mã khảo sát phải có từ 1 đến 64 ký tự", Assert.Single(e.Problems).ToString());
        Assert.Equal(0, await World.Run(db => db.Surveys.CountAsync()));
    }

    [Fact]
    public async Task Questions_cannot_change_once_there_are_responses_but_settings_can()
    {
        await DefineAsync();
        await Import(SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv));
        var changed = SurveyFiles.Write(_dir, "ks2.json", SurveyFiles.QuestionnaireJson.Replace("Hài lòng chung", "Hài lòng nói chung", StringComparison.Ordinal));
        await Assert.ThrowsAsync<ConflictException>(() => World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(changed, 2025))));
        var again = await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new DefineSurvey(SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, Threshold: 3m, MinRespondents: 5)));
        Assert.False(again.Created);
        var survey = await World.Run(db => db.Surveys.SingleAsync());
        Assert.Equal((3m, 5), (survey.Threshold, survey.MinRespondents));
        Assert.NotNull(survey.PopulationsJson);   // kept when not given again
    }
}

public sealed class SurveyImportTestsOnSqlite() : SurveyImportTests(DatabaseProvider.Sqlite);

public sealed class SurveyImportTestsOnPostgres() : SurveyImportTests(DatabaseProvider.Postgres);
