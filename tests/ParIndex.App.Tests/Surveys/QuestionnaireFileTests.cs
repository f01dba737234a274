using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Tests.Surveys;

public sealed class QuestionnaireFileTests
{
    private readonly string _dir = Repo.TempDir();

    [Fact]
    public void The_SIPAS_sample_has_five_factors_an_expectations_block_and_skip_logic()
    {
        var q = QuestionnaireFiles.Load(Repo.Sample("surveys/sipas.json"));
        Assert.Equal(RespondentType.Citizen, q.Respondent);
        Assert.Equal(["F1", "F2", "F3", "F4", "F5"], q.Questions.Select(x => x.SipasFactor).OfType<string>().Distinct().Order());
        Assert.InRange(q.Questions.Count(), 22, 32);
        Assert.Equal(5, q.Questions.Count(x => x.ExpectationOf is not null));
        Assert.Equal("A1 = truc_tuyen", q.Find("A3")!.ShowIf!.Text);
        Assert.Contains(q.Questions, x => x.Indicator == "SIPAS.TTHC");
        Assert.Equal("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", q.Sections.Single(s => s.Code == "F5").Title);
    }

    [Fact]
    public void The_DDCI_sample_is_for_businesses_and_feeds_the_frameworks_DDCI_indicators()
    {
        var q = QuestionnaireFiles.Load(Repo.Sample("surveys/ddci-doanh-nghiep.json"));
        Assert.Equal(RespondentType.Business, q.Respondent);
        Assert.Equal(["DDCI.LD", "DDCI.MB", "DDCI.VB"], q.Questions.Select(x => x.Indicator).OfType<string>().Distinct().Order());
        Assert.Equal(["HT", "LD", "MB", "ND", "PL", "TG"], q.Questions.Select(x => x.Ddci).OfType<string>().Distinct().Order());
    }

    [Fact]
    public void JSON_round_trips_through_the_canonical_form()
    {
        var q = QuestionnaireFiles.Load(Repo.Sample("surveys/sipas.json"));
        var json = QuestionnaireJson.Write(q);
        Assert.Equal(json, QuestionnaireJson.Write(QuestionnaireJson.Read(json, "canonical.json")));
        Assert.Contains("\"label\": \"Nơi ngồi chờ có đủ chỗ ngồi\"", json);
    }

    [Fact]
    public void A_NUL_escape_in_a_label_is_refused_at_its_path()
    {
        var e = Assert.Throws<ImportException>(() => QuestionnaireJson.Read("""
            {"code": "X", "name": "Phiếu", "sections": [{"code": "A", "title": "A", "questions": [{"code": "q1", "type": "text", "label": "Ý\u0000kiến"}]}]}
            """, "nul.json"));
        Assert.Equal("nul.json: $.sections[0].questions[0].label: có ký tự NUL (U+0000), không phải văn bản",
            Assert.Single(e.Problems).ToString());
    }

    [Fact]
    public void JSON_problems_name_the_path_and_the_question()
    {
        var e = Assert.Throws<ImportException>(() => QuestionnaireJson.Read("""
            {"code": "X", "name": "Phiếu", "respondent": "khách",
             "sections": [{"code": "A", "title": "A", "questions": [
               {"code": "q1", "type": "likert7", "label": "Một"},
               {"code": "q2", "type": "single", "label": "Hai", "list": "khong_co", "showIf": "q1 >"},
               {"code": "q3", "type": "text", "label": "Ba", "colour": "đỏ"}]}]}
            """, "x.json"));
        Assert.Equal([
            "x.json: $.respondent: 'khách' is not citizen, business or official",
            "x.json, câu hỏi q1: $.sections[0].questions[0].type: 'likert7' is not likert5, single, multiple, number or text",
            "x.json, câu hỏi q2: $.sections[0].questions[1].showIf: 'q1 >' at character 5: expected a value",
            "x.json, câu hỏi q2: $.sections[0].questions[1].list: there is no list 'khong_co' in $.lists",
            "x.json, câu hỏi q3: $.sections[0].questions[2].colour: unknown property",
        ], e.Problems.Select(p => p.ToString()));
    }

    [Fact]
    public void An_XLSForm_style_workbook_reads_with_lists_sections_and_settings()
    {
        var q = QuestionnaireXlsx.Read(Workbook(
            ["Thông tin", "kenh", "single kenh", "Cách nộp", "How", "yes", "", "", "", "", "", ""],
            ["Hài lòng", "q1", "likert5", "Hài lòng chung", "", "x", "", "", "F1", "SIPAS.F1", "", ""],
            ["Hài lòng", "q2", "likert5", "Trực tuyến", "", "", "kenh = 2", "", "F2", "SIPAS.F2", "", ""],
            ["Mong đợi", "m1", "likert5", "Mong đợi", "", "", "", "", "", "", "", "q1"]), "ks.xlsx");
        Assert.Equal(("KS-X", "Khảo sát Excel", RespondentType.Citizen), (q.Code, q.Name, q.Respondent));
        Assert.Equal(["Thông tin", "Hài lòng", "Mong đợi"], q.Sections.Select(s => s.Title));
        Assert.Equal(["1", "2"], q.Find("kenh")!.Options.Select(c => c.Code));
        Assert.True(q.Find("kenh")!.Required);
        Assert.Equal("kenh = 2", q.Find("q2")!.ShowIf!.Text);
        Assert.Equal("q1", q.Find("m1")!.ExpectationOf);
    }

    [Fact]
    public void XLSX_problems_name_sheet_row_and_column()
    {
        var e = Assert.Throws<ImportException>(() => QuestionnaireXlsx.Read(Workbook(
            ["A", "kenh", "single nope", "Cách nộp", "", "", "", "", "", "", "", ""],
            ["A", "q1", "likert5", "Một", "", "có lẽ", "q1 ==", "", "", "", "", ""],
            ["A", "q2", "text", "Hai", "", "", "", "", "F9", "", "", ""]), "ks.xlsx"));
        Assert.Equal([
            "ks.xlsx, trang tính “survey”, dòng 2, cột C (type), câu hỏi kenh: there is no list 'nope' in sheet 'choices'",
            "ks.xlsx, trang tính “survey”, dòng 3, cột G (show_if), câu hỏi q1: 'q1 ==' at character 5: expected a value",
            "ks.xlsx, trang tính “survey”, dòng 3, cột F (required), câu hỏi q1: 'có lẽ' is not yes or no",
        ], e.Problems.Select(p => p.ToString()));

        var invalid = Assert.Throws<ImportException>(() => QuestionnaireXlsx.Read(Workbook(
            ["A", "q2", "text", "Hai", "", "", "", "", "F9", "", "", ""]), "ks.xlsx"));
        Assert.Equal([
            "ks.xlsx, trang tính “survey”, dòng 2, cột J (indicator), câu hỏi q2: only Likert (1–5) questions feed indicators",
            "ks.xlsx, trang tính “survey”, dòng 2, cột I (sipas_factor), câu hỏi q2: 'F9' is not a SIPAS factor (F1–F5)",
        ], invalid.Problems.Select(p => p.ToString()));
    }

    private static byte[] Workbook(params object?[][] questions) => XlsxWriter.Write([
        new Sheet("survey", [["section", "code", "type", "label", "label_en", "required", "show_if", "respondent", "sipas_factor", "indicator", "ddci", "expectation_of"], .. questions]),
        new Sheet("choices", [["list", "code", "label", "label_en"], ["kenh", "1", "Trực tiếp", "In person"], ["kenh", "2", "Trực tuyến", "Online"]]),
        new Sheet("settings", [["code", "name", "respondent"], ["KS-X", "Khảo sát Excel", "người dân"]]),
    ]);
}
