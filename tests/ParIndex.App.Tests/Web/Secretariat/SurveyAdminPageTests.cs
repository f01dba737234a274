using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// The secretariat's survey pages with <see cref="SurveyFiles"/>: defined from its questionnaire and populations
/// (minimum 2 responses), its answers imported, the indicator SIPAS by hand — A: weights 100 per citizen, 300 for the one
/// business: satisfied (q1 ≥ 4) 100 + 100 + 300 of 700 = 71,43 %; B: 3 of 3 = 100 %; C: 1 of 2 = 50 %; D: one response,
/// below the minimum — links issued and handed out as CSV and as a printed sheet of QR codes, applying refused outside
/// the appraisal stage.
/// </summary>
public abstract partial class SurveyAdminPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<HttpResponseMessage> PostFilesAsync(SiteSession session, string page, string action,
        IReadOnlyDictionary<string, string> fields, params (string Field, string Name, string Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(await session.TokenAsync(page)), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
        foreach (var (field, name, content) in files) form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n"))), field, name);
        return await session.Client.PostAsync(action, form);
    }

    [Fact]
    public async Task A_survey_is_defined_its_answers_imported_and_its_measures_shown_with_their_intervals()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        Assert.Contains("Chưa có cuộc khảo sát nào.", await secretariat.PageAsync("/quan-tri/khao-sat"));

        var defined = await PostFilesAsync(secretariat, "/quan-tri/khao-sat", "/quan-tri/khao-sat",
            new Dictionary<string, string> { ["Year"] = "2025", ["Threshold"] = "4", ["MinRespondents"] = "2" },
            ("file", "ks.json", SurveyFiles.QuestionnaireJson), ("populations", "dan-so.csv", SurveyFiles.PopulationsCsv));
        Assert.Equal(HttpStatusCode.Redirect, defined.StatusCode);
        var id = await World.Run(db => db.Surveys.Where(s => s.Code == SurveyFiles.Code).Select(s => s.Id).SingleAsync());
        var page = $"/quan-tri/khao-sat/{id}";
        Assert.Equal(page, defined.Headers.Location?.OriginalString);
        // kenh, q1, q2, ghi_chu.
        Assert.Contains("Đã tạo khảo sát KS-TEST: 4 câu hỏi", await secretariat.PageAsync(page));

        var wrong = await SiteSession.TextAsync(await PostFilesAsync(secretariat, page, page + "?handler=Answers", new Dictionary<string, string>(),
            ("file", "sai.csv", "_uuid,unit,respondent,grp_a/kenh,grp_b/q1\nz1,ZZ,citizen,1,5\n")));
        Assert.Contains("ZZ", SiteSession.Between(wrong, "data-testid=\"errors-answers\"", "</ul>"));
        Assert.Equal(0, await World.Run(db => db.SurveyResponses.CountAsync()));

        var imported = await SiteSession.TextAsync(await PostFilesAsync(secretariat, page, page + "?handler=Answers", new Dictionary<string, string>(),
            ("file", "kobo.csv", SurveyFiles.AnswersCsv)));
        Assert.Contains("Đã nhập: 11 phiếu mới, 0 phiếu đã có.", imported);
        Assert.Contains("<dd data-testid=\"responses\">11</dd>", imported);
        // The indicator SIPAS (q1) with its share and weighted mean: A (5·100 + 4·100 + 3·100 + 2·100 + 5·300) / 700 = 4,14.
        Assert.Matches(@"<code>SIPAS</code>: 71,43 % \(\d+,\d\d % – \d+,\d\d %\); 4,14 \(", SiteSession.Between(imported, "<tr data-unit=\"A\">", "</tr>"));
        Assert.Matches(@"<code>SIPAS</code>: 100,00 % \(\d+,\d\d % – 100,00 %\); 4,67 \(", SiteSession.Between(imported, "<tr data-unit=\"B\">", "</tr>"));
        Assert.Matches(@"<code>SIPAS</code>: 50,00 % \(\d+,\d\d % – \d+,\d\d %\); 3,50 \(", SiteSession.Between(imported, "<tr data-unit=\"C\">", "</tr>"));
        Assert.Contains("<td>1 (chưa đủ)</td>", SiteSession.Between(imported, "<tr data-unit=\"D\">", "</tr>"));
        var csv = await (await secretariat.GetAsync(page + "?handler=Results")).Content.ReadAsStringAsync();
        Assert.StartsWith(ParIndex.App.Surveys.SurveyResultsFile.Header, csv.TrimStart('\uFEFF'));

        var again = await SiteSession.TextAsync(await PostFilesAsync(secretariat, page, page + "?handler=Answers", new Dictionary<string, string>(),
            ("file", "kobo.csv", SurveyFiles.AnswersCsv)));
        Assert.Contains("Đã nhập: 0 phiếu mới, 11 phiếu đã có.", again);

        var list = await secretariat.PageAsync("/quan-tri/khao-sat");
        Assert.Contains("<td>2025</td><td>4</td><td>11</td><td>0 / 0</td>", SiteSession.Between(list, "data-survey=\"KS-TEST\"", "</tr>"));
    }

    [Fact]
    public async Task Links_are_shown_once_then_handed_out_as_csv_and_as_qr_codes_and_the_council_is_refused()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        await PostFilesAsync(secretariat, "/quan-tri/khao-sat", "/quan-tri/khao-sat", new Dictionary<string, string> { ["Year"] = "2025" },
            ("file", "ks.json", SurveyFiles.QuestionnaireJson));
        var id = await World.Run(db => db.Surveys.Select(s => s.Id).SingleAsync());
        var page = $"/quan-tri/khao-sat/{id}";

        var issued = await SiteSession.TextAsync(await secretariat.PostAsync(page, page + "?handler=Invite",
            new() { ["UnitCode"] = "B", ["Respondent"] = "Business", ["Count"] = "2" }));
        Assert.Contains("Đã phát 2 đường dẫn.", issued);
        var tokens = Token().Matches(issued).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(2, tokens.Distinct().Count());
        Assert.DoesNotContain(tokens[0], await secretariat.PageAsync(page));

        var fields = tokens.Select(t => new KeyValuePair<string, string>("token", t)).Append(new("token", "khong-phai-ma"));
        var token = await secretariat.TokenAsync(page);
        var csv = await (await secretariat.PostWithTokenAsync(page + "?handler=Links", fields.Append(new("format", "csv")), token)).Content.ReadAsStringAsync();
        var lines = csv.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("unit,unit_name,respondent,link", lines[0].TrimEnd('\r'));
        Assert.Equal(3, lines.Length);
        Assert.EndsWith($",B,Sở B,business,{site.Client.BaseAddress}khao-sat/{tokens[0]}", "," + lines[1].TrimEnd('\r'));
        var print = await SiteSession.TextAsync(await secretariat.PostWithTokenAsync(page + "?handler=Links", fields.Append(new("format", "print")), token));
        Assert.Equal(2, Regex.Matches(print, "data-testid=\"card\"").Count);
        Assert.Equal(2, Regex.Matches(print, "<svg").Count);
        Assert.Contains($"/khao-sat/{tokens[1]}</code>", print);
        Assert.Contains("<strong>Sở B</strong>", print);
        Assert.Contains("<dd data-testid=\"links\">2 / 0</dd>", await secretariat.PageAsync(page));

        // Before the appraisal stage the survey goes into no scores.
        var apply = await SiteSession.TextAsync(await secretariat.PostAsync(page, page + "?handler=Apply", new() { ["periodId"] = World.PeriodId.ToString() }));
        Assert.NotEmpty(SiteSession.Between(apply, "data-testid=\"errors-apply\"", "</ul>"));
        Assert.Equal(0, await World.Run(db => db.Scores.CountAsync()));

        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        await council.AssertForbiddenAsync("/quan-tri/khao-sat");
        await council.AssertForbiddenAsync(page);
        SiteSession.AssertForbidden(await council.PostAsync("/toi", page + "?handler=Invite", new() { ["UnitCode"] = "B", ["Count"] = "1" }));
        Assert.Equal(2, await World.Run(db => db.SurveyInvitations.CountAsync()));
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"token\" value=\"([A-Za-z0-9_-]{22})\" />")]
    private static partial Regex Token();
}

public sealed class SurveyAdminPageTestsOnSqlite() : SurveyAdminPageTests(DatabaseProvider.Sqlite);

public sealed class SurveyAdminPageTestsOnPostgres() : SurveyAdminPageTests(DatabaseProvider.Postgres);
