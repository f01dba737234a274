using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParIndex.App.Data;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Security;
using ParIndex.Domain.Surveys;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The public survey form <c>/khao-sat/{token}</c> in a real browser. The demo loads no survey, so each test defines the
/// sample SIPAS questionnaire (<c>samples/surveys/sipas.json</c>, 8 screens) on the demo database and issues a link for
/// the Sở Nội vụ through the survey use cases, as the secretariat does with <c>parindex survey</c>.
/// </summary>
public sealed class SurveyPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Survey = "SIPAS-MAU";
    private static readonly Actor Secretariat = Actor.Operator("web-tests");

    [Fact]
    public async Task A_citizen_answers_every_screen_is_stopped_beside_a_missing_answer_sends_once_and_is_thanked() => await InBrowser(async b =>
    {
        var token = await IssueAsync();
        var link = $"/khao-sat/{token}";
        await b.OpenAsync(link, "survey-1");
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("Phiếu khảo sát sự hài lòng của người dân đối với sự phục vụ của cơ quan hành chính (mẫu)");
        await Assertions.Expect(b.Page.Locator(".lead")).ToHaveTextAsync("Đơn vị được đánh giá: Sở Nội vụ");
        await Assertions.Expect(b.Page.GetByTestId("survey-progress")).ToHaveTextAsync("Trang 1/8");
        await Assertions.Expect(b.Page.Locator("form h2")).ToHaveTextAsync("Thông tin về thủ tục hành chính đã giải quyết");
        await Assertions.Expect(b.Page.GetByTestId("question-A3").Locator(".hint")).ToHaveTextAsync(
            "Chỉ trả lời nếu «Ông/bà nộp hồ sơ theo cách nào?» là «Nộp trực tuyến trên Cổng Dịch vụ công»");

        // Nothing chosen for the required A1: refused, the message inside A1's box, the other answers kept.
        await b.Page.GetByLabel("Cổng thông tin điện tử").CheckAsync();
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();
        var a1 = b.Page.GetByTestId("question-A1");
        await Assertions.Expect(a1.GetByTestId("error-A1")).ToHaveTextAsync("Vui lòng trả lời câu hỏi này.");
        await Assertions.Expect(a1).ToHaveAttributeAsync("aria-describedby", "q-A1-error");
        await Assertions.Expect(b.Page.GetByTestId("survey-progress")).ToHaveTextAsync("Trang 1/8");
        await Assertions.Expect(b.Page.GetByLabel("Cổng thông tin điện tử")).ToBeCheckedAsync();
        await b.ScreenshotAsync("survey-1-refused");

        await b.Page.GetByLabel("Nộp trực tiếp tại Bộ phận Một cửa").CheckAsync();
        await b.Page.GetByLabel("Số lần ông/bà phải đi lại để hoàn thành thủ tục").FillAsync("2");
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();

        for (var screen = 2; screen <= 7; screen++)
        {
            await Assertions.Expect(b.Page.GetByTestId("survey-progress")).ToHaveTextAsync($"Trang {screen}/8");
            if (screen == 2) await b.ScreenshotAsync("survey-2");
            await AnswerScreenAsync(b.Page);
            await b.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();
        }

        await Assertions.Expect(b.Page.GetByTestId("survey-progress")).ToHaveTextAsync("Trang 8/8");
        await Assertions.Expect(b.Page.Locator("form h2")).ToHaveTextAsync("Mong đợi của người dân");
        await b.Page.GetByLabel("Góp ý khác của ông/bà để nâng cao chất lượng phục vụ").FillAsync("Cán bộ nhiệt tình, hướng dẫn rõ ràng.");
        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Gửi phiếu" }).ClickAsync();
        await b.Page.WaitForURLAsync($"**{link}");
        await Assertions.Expect(b.Page.GetByTestId("survey-done")).ToHaveTextAsync("Ông/bà đã gửi phiếu khảo sát. Xin chân thành cảm ơn!");
        await b.ScreenshotAsync("survey-thanks");

        // The same link again: already answered, no form.
        await b.OpenAsync(link, "survey-again");
        await Assertions.Expect(b.Page.GetByTestId("survey-done")).ToContainTextAsync("đã gửi phiếu khảo sát");
        await Assertions.Expect(b.Page.Locator("form.survey-form")).ToHaveCountAsync(0);

        await using var db = Database.Open(DatabaseProvider.Sqlite, Site.Province.ConnectionString);
        var response = await db.SurveyResponses.SingleAsync(r => r.Source == ResponseSource.Web && r.AnswersJson.Contains("hướng dẫn rõ ràng"));
        Assert.Equal(Unit, response.UnitCode);
        Assert.Contains("\"A1\":\"truc_tiep\"", response.AnswersJson);
        Assert.Contains("\"A4\":\"2\"", response.AnswersJson);
        Assert.Contains("\"TT_1\":\"4\"", response.AnswersJson);
    });

    [Fact]
    public async Task At_360_pixels_the_form_fits_the_phone_shows_focus_and_reads_in_English() => await InBrowser(async b =>
    {
        var token = await IssueAsync();
        await b.OpenAsync($"/khao-sat/{token}", "survey-360");
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);
        await PageChecks.ExpectFocusVisibleOnFirstTabAsync(b.Page, "Bỏ qua, đến nội dung");

        await b.Page.GetByRole(AriaRole.Button, new() { Name = "Lưu và tiếp tục" }).ClickAsync();
        await Assertions.Expect(b.Page.GetByTestId("error-A1")).ToHaveTextAsync("Vui lòng trả lời câu hỏi này.");
        await b.ScreenshotAsync("survey-360-refused");
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);

        await b.Page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(b.Page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("Citizen satisfaction with administrative services (sample)");
        await Assertions.Expect(b.Page.GetByTestId("survey-progress")).ToHaveTextAsync("Screen 1/8");
        await Assertions.Expect(b.Page.Locator("form h2")).ToHaveTextAsync("The administrative procedure");
        await Assertions.Expect(b.Page.GetByLabel("In person at the one-stop office")).ToBeVisibleAsync();
        await Assertions.Expect(b.Page.GetByTestId("question-A3").Locator(".hint")).ToHaveTextAsync(
            "Answer only if «How did you submit your application?» is «Online on the public service portal»");
        await Assertions.Expect(b.Page.GetByRole(AriaRole.Button, new() { Name = "Save and continue" })).ToBeVisibleAsync();
        await b.ScreenshotAsync("survey-360-en");
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);
    }, PageChecks.Phone);

    private string Unit => Site.Province.Account("snv.editor").UnitCode!;

    /// <summary>Defines the sample questionnaire (again: the same file changes nothing) and issues one link for SNV.</summary>
    private async Task<string> IssueAsync()
    {
        var file = Path.Combine(Repo.Root, "samples", "surveys", "sipas.json");
        await using (var db = Database.Open(DatabaseProvider.Sqlite, Site.Province.ConnectionString))
            await new DefineSurveyHandler(db, TimeProvider.System).HandleAsync(Secretariat, new DefineSurvey(file, 2025));
        await using (var db = Database.Open(DatabaseProvider.Sqlite, Site.Province.ConnectionString))
            return Assert.Single(await new IssueSurveyInvitationsHandler(db, TimeProvider.System).HandleAsync(Secretariat,
                new IssueSurveyInvitations(Survey, Unit, RespondentType.Citizen, 1)));
    }

    /// <summary>
    /// Answers every question of the screen that is asked unconditionally: "4 — Hài lòng" on a satisfaction scale, the
    /// last choice ("Không") otherwise; questions asked only after an answer on the same screen are left alone.
    /// </summary>
    private static async Task AnswerScreenAsync(IPage page)
    {
        foreach (var question in await page.Locator("fieldset.question").AllAsync())
        {
            if (await question.Locator(".hint").CountAsync() > 0) continue;
            var satisfied = question.Locator("input[type=radio][value='4']");
            await (await satisfied.CountAsync() > 0 ? satisfied : question.Locator("input[type=radio]").Last).CheckAsync();
        }
    }
}
