using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// "Đồng ý với điểm tự chấm cho các mục chưa thẩm định (N mục)" on the appraisal sheet of a submitted commune of
/// thamdinh1: a click with a view gone stale (someone appraised one of the items meanwhile) is refused beside the
/// button with nothing written; on the page read again, the click records every listed item as appraised with the
/// unit's own points and the reason, and the area's button is gone. N and the points are read from the ledger, not the page.
/// </summary>
public sealed class AcceptAllPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Appraiser = "thamdinh1";

    private int Period => Site.Province.Demo.Periods.Single(p => p.Name == "Kỳ đánh giá 2026 — xã, phường").Id;

    private async Task<T> InDbAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        using var scope = Site.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>The self-assessed entries of an area (by code prefix) that have no appraised entry yet, by leaf.</summary>
    private Task<Dictionary<string, decimal>> UntouchedAsync(int submission, string area) => InDbAsync(async db =>
    {
        var scores = await db.Scores.Where(s => s.SubmissionId == submission).ToListAsync();
        var appraised = scores.Where(s => s.Stage == ScoreStage.Appraised).Select(s => s.LeafCode).ToHashSet();
        return scores.Where(s => s.Stage == ScoreStage.SelfAssessed && s.LeafCode.StartsWith(area + ".", StringComparison.Ordinal) && !appraised.Contains(s.LeafCode))
            .GroupBy(s => s.LeafCode).ToDictionary(g => g.Key, g => g.MaxBy(s => s.Version)!.Points);
    });

    [Fact]
    public async Task An_appraiser_accepts_an_areas_untouched_items_in_one_click_after_a_stale_view_is_refused() => await InBrowser(async b =>
    {
        var submission = await InDbAsync(db => db.Submissions.Include(s => s.Unit)
            .Where(s => s.PeriodId == Period && s.State == SubmissionState.Submitted && new[] { "X001", "X002", "X003", "X004", "X005", "X006" }.Contains(s.Unit.Code))
            .OrderBy(s => s.Unit.Code).FirstAsync());
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, Appraiser);
        await b.OpenAsync($"/tham-dinh/{Period}/{submission.Unit.Code}", "accept-all-sheet");

        var form = page.Locator("[data-testid^=accept-area-]").First;
        var area = await form.Locator("input[name=area]").InputValueAsync();
        var untouched = await UntouchedAsync(submission.Id, area);
        Assert.True(untouched.Count >= 2, $"area {area} has {untouched.Count} untouched items");
        await Assertions.Expect(form.GetByRole(AriaRole.Button)).ToHaveTextAsync($"Đồng ý với điểm tự chấm cho các mục chưa thẩm định ({untouched.Count} mục)");
        await page.GetByTestId("accept-all").ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "accept-all-before.png") });

        // Someone appraises one of the listed items after the page was read: the click is refused, nothing is written.
        var first = untouched.Keys.Order(StringComparer.Ordinal).First();
        await InDbAsync(db => new AppraiseScoreHandler(db, TimeProvider.System).HandleAsync(Actor.Operator("web-tests"),
            new AppraiseScore(Period, submission.Unit.Code, first, (db.Scores.Where(s => s.SubmissionId == submission.Id && s.LeafCode == first && s.Stage == ScoreStage.SelfAssessed)
                .OrderByDescending(s => s.Version).First()).Input, "Đã xem hồ sơ gốc", 0)));
        var scores = await InDbAsync(db => db.Scores.CountAsync());
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByTestId("accept-all-error")).ToHaveTextAsync(
            $"Các mục chưa thẩm định của lĩnh vực {area} đã thay đổi từ khi bạn mở trang (nay còn {untouched.Count - 1} mục); hãy xem lại rồi bấm lại");
        Assert.Equal(scores, await InDbAsync(db => db.Scores.CountAsync()));
        await b.ScreenshotAsync("accept-all-stale");

        // The page shown again lists the items as they are now; this click accepts them all.
        var now = await UntouchedAsync(submission.Id, area);
        form = page.GetByTestId($"accept-area-{area}");
        await Assertions.Expect(form.GetByRole(AriaRole.Button)).ToHaveTextAsync($"Đồng ý với điểm tự chấm cho các mục chưa thẩm định ({now.Count} mục)");
        await form.GetByRole(AriaRole.Button).ClickAsync();
        await Assertions.Expect(page.GetByTestId("saved")).ToHaveTextAsync($"Đã đồng ý với điểm tự chấm của {now.Count} mục thuộc lĩnh vực {area}");
        await Assertions.Expect(page.GetByTestId($"accept-area-{area}")).ToHaveCountAsync(0);
        await b.ScreenshotAsync("accept-all-done");

        var appraised = await InDbAsync(db => db.Scores.Where(s => s.SubmissionId == submission.Id && s.Stage == ScoreStage.Appraised && now.Keys.Contains(s.LeafCode)).ToListAsync());
        Assert.Equal(now.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value, "Đồng ý với điểm tự chấm")),
            appraised.OrderBy(s => s.LeafCode, StringComparer.Ordinal).Select(s => (s.LeafCode, s.Points, s.Note!)));
        Assert.Empty(await UntouchedAsync(submission.Id, area));
    });
}
