using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Tests.Web.Survey;

/// <summary>
/// The public survey page /khao-sat/{token} with <see cref="SurveyFiles"/>' questionnaire: screen 1 asks how the
/// respondent came (kenh), screen 2 the satisfaction q1 and, only for those who came online (kenh = 2), q2.
/// </summary>
public abstract class SurveyPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private async Task<string> IssueAsync(string unit = "A")
    {
        var dir = Repo.TempDir();
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new DefineSurvey(SurveyFiles.Write(dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, MinRespondents: 1)));
        return Assert.Single(await World.Run(db => new IssueSurveyInvitationsHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new IssueSurveyInvitations(SurveyFiles.Code, unit, RespondentType.Citizen, 1))));
    }

    [Fact]
    public async Task A_respondent_answers_screen_by_screen_with_skip_logic_resumes_and_sends_once()
    {
        var token = await IssueAsync();
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var browser = SiteSession.Of(site);
        var url = $"/khao-sat/{token}";

        var first = await browser.PageAsync(url);
        Assert.Contains("Khảo sát thử", first);
        Assert.Contains("Sở A", first);
        Assert.Contains("Trang 1/2", first);
        Assert.Contains("Ông/bà nộp hồ sơ theo cách nào?", first);

        // Nothing chosen: refused, the error beside the question; nothing saved.
        var empty = await browser.PostAsync(url, $"{url}?trang=1", []);
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await SiteSession.TextAsync(empty);
        Assert.Contains("""data-testid="error-kenh">Vui lòng trả lời câu hỏi này.""", refused);

        var saved = await browser.PostAsync(url, $"{url}?trang=1", new() { ["q.kenh"] = "1" });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{url}?trang=2", saved.Headers.Location?.OriginalString);

        // Coming back without a screen number resumes on screen 2; q2 (online only) is hidden since kenh = 1.
        var second = await browser.PageAsync(url);
        Assert.Contains("Trang 2/2", second);
        Assert.Contains("data-testid=\"question-q1\"", second);
        Assert.DoesNotContain("data-testid=\"question-q2\"", second);
        Assert.Contains("Gửi phiếu", second);

        var badScore = await browser.PostAsync(url, $"{url}?trang=2", new() { ["q.q1"] = "7" });
        Assert.Contains("""data-testid="error-q1">Chọn một mức từ 1 đến 5.""", await SiteSession.TextAsync(badScore));

        // q2 posted anyway (a stale form): ignored, not stored.
        var formToken = await browser.TokenAsync(url);
        var sent = await browser.PostAsync(url, $"{url}?trang=2", new() { ["q.q1"] = "4", ["q.q2"] = "1", ["q.ghi_chu"] = "Cán bộ nhiệt tình" });
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        Assert.Contains("Xin chân thành cảm ơn", await browser.PageAsync(url));

        var response = await World.Run(db => db.SurveyResponses.SingleAsync());
        Assert.Equal(("A", ResponseSource.Web), (response.UnitCode, response.Source));
        Assert.Equal("""{"kenh":"1","q1":"4","ghi_chu":"Cán bộ nhiệt tình"}""", response.AnswersJson);

        // One response per link: sending again changes nothing.
        var resent = await browser.PostWithTokenAsync($"{url}?trang=2", [new("q.q1", "1")], formToken);
        Assert.Contains("Xin chân thành cảm ơn", await SiteSession.TextAsync(resent));
        Assert.Equal(1, await World.Run(db => db.SurveyResponses.CountAsync()));

        // The unit's indicator now counts this response.
        var results = await World.Run(db => new GetSurveyResultsHandler(db).HandleAsync(World.Lead("A"), new GetSurveyResults(SurveyFiles.Code, "A")));
        Assert.Equal(1.0, Assert.Single(results.Units).Measures[new MeasureKey(Dimension.Indicator, "SIPAS")].Share);
    }

    [Fact]
    public async Task Forged_posts_and_unknown_links_are_refused()
    {
        var token = await IssueAsync();
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var browser = SiteSession.Of(site);
        var forged = await browser.PostWithoutTokenAsync($"/khao-sat/{token}?trang=1", [new("q.kenh", "1")]);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("{}", (await World.Run(db => db.SurveyInvitations.SingleAsync())).AnswersJson);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/khao-sat/khong-co-ma-nay")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.PostAsync($"/khao-sat/{token}", "/khao-sat/khong-co-ma-nay?trang=1", new() { ["q.kenh"] = "1" })).StatusCode);
    }

    [Fact]
    public async Task Only_the_secretariat_issues_links_and_the_link_is_stored_hashed()
    {
        var token = await IssueAsync();
        Assert.Equal(22, token.Length);
        var stored = await World.Run(db => db.SurveyInvitations.SingleAsync());
        Assert.NotEqual(token, stored.Sha256);
        Assert.Equal(64, stored.Sha256.Length);
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new IssueSurveyInvitationsHandler(db, World.Clock).HandleAsync(World.Lead("A"),
            new IssueSurveyInvitations(SurveyFiles.Code, "A", RespondentType.Citizen, 5))));
    }
}

public sealed class SurveyPageTestsOnSqlite() : SurveyPageTests(DatabaseProvider.Sqlite);

public sealed class SurveyPageTestsOnPostgres() : SurveyPageTests(DatabaseProvider.Postgres);
