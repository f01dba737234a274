using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Analysis;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// Evidence pinned to the page: a commune cited pages 3–4, Điều 5 of a five-page PDF for one item; its appraiser
/// sees "trang 3–4, Điều 5" on the appraisal sheet and opens the file in the browser at page 3 (the fragment
/// <c>#page=3</c>, the PDF served inline to that reader only).
/// </summary>
public sealed class PinnedEvidenceTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string Appraiser = "thamdinh1";

    /// <summary>The communes' 2026 period, in appraisal; thamdinh1 appraises X001–X006.</summary>
    private int Period => Site.Province.Demo.Periods.Single(p => p.Name == "Kỳ đánh giá 2026 — xã, phường").Id;

    /// <summary>Five pages printed by Chromium from HTML, each saying its number.</summary>
    private static Task<byte[]> FivePagesAsync() => PdfPrinter.PrintAsync(
        "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><style>section{page-break-after:always;font:40px sans-serif}</style></head><body>"
        + string.Concat(Enumerable.Range(1, 5).Select(i => $"<section>Quyết định 45/QĐ-UBND — trang {i}</section>")) + "</body></html>");

    /// <summary>Stores the PDF and links it to the first sub-criterion of a submitted commune of thamdinh1, citing pages 3–4, Điều 5.</summary>
    private async Task<(string Unit, string Leaf, int Document)> CiteAsync()
    {
        var pdf = await FivePagesAsync();
        using var scope = Site.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var submission = await db.Submissions.Include(s => s.Unit)
            .Where(s => s.PeriodId == Period && s.State == SubmissionState.Submitted && new[] { "X001", "X003", "X004", "X005", "X006", "X002" }.Contains(s.Unit.Code))
            .OrderBy(s => s.Unit.Code).FirstAsync();
        var leaf = await db.Scores.Where(e => e.SubmissionId == submission.Id && e.Stage == ScoreStage.SelfAssessed)
            .OrderBy(e => e.Id).Select(e => e.LeafCode).FirstAsync();
        var stored = await scope.ServiceProvider.GetRequiredService<IEvidenceStore>().SaveAsync(new MemoryStream(pdf), "qd-45.pdf", CancellationToken.None);
        var document = new EvidenceDocument
        {
            UnitId = submission.UnitId, Number = "45/QĐ-UBND", IssuedOn = new DateOnly(2026, 3, 2), Issuer = "UBND xã", Summary = "Quy chế làm việc",
            FileSha256 = stored.Sha256, FileName = stored.SafeFileName, ContentType = stored.ContentType, FileSize = stored.Size,
            CreatedBy = "x.editor", CreatedAt = DateTimeOffset.UtcNow,
            Links = [new EvidenceLink { SubmissionId = submission.Id, LeafCode = leaf, Pages = "3–4", Section = "Điều 5" }],
        };
        db.Evidence.Add(document);
        await db.SaveChangesAsync();
        return (submission.Unit.Code, leaf, document.Id);
    }

    [Fact]
    public async Task An_appraiser_opens_the_cited_page_of_a_multi_page_pdf_from_the_appraisal_sheet() => await InBrowser(async b =>
    {
        var (unit, leaf, document) = await CiteAsync();
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, Appraiser);
        await b.OpenAsync($"/tham-dinh/{Period}/{unit}/{Uri.EscapeDataString(leaf)}", "sheet");

        await Assertions.Expect(page.GetByTestId($"cited-{document}")).ToHaveTextAsync("trang 3–4, Điều 5");
        var open = page.GetByTestId($"open-{document}");
        await Assertions.Expect(open).ToContainTextAsync("Mở tệp tại trang 3");
        Assert.Equal($"/tai-lieu/{document}#page=3", await open.GetAttributeAsync("href"));
        await page.GetByTestId("evidence").ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "pinned-evidence-sheet.png") });

        var served = new TaskCompletionSource<IResponse>(TaskCreationOptions.RunContinuationsAsynchronously);
        page.Context.Response += (_, r) => { if (r.Url.Contains($"/tai-lieu/{document}", StringComparison.Ordinal)) served.TrySetResult(r); };
        var viewer = await page.Context.RunAndWaitForPageAsync(() => open.ClickAsync());
        var response = await served.Task.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        Assert.StartsWith("inline", response.Headers["content-disposition"], StringComparison.Ordinal);
        Assert.Contains("no-store", response.Headers["cache-control"], StringComparison.Ordinal);
        await viewer.WaitForLoadStateAsync();
        Assert.EndsWith($"/tai-lieu/{document}#page=3", viewer.Url, StringComparison.Ordinal);
        await viewer.WaitForTimeoutAsync(1500); // the viewer draws the page after the load event
        await viewer.ScreenshotAsync(new() { Path = Path.Combine(Repo.Artifacts, "screenshots", "pinned-evidence-page-3.png") });

        // The same address gives nothing to a reader who is not signed in: the sign-in page, not the file.
        var stranger = await Site.Browser.NewContextAsync(new() { BaseURL = Site.BaseUrl.ToString() });
        var refused = await stranger.APIRequest.GetAsync($"/tai-lieu/{document}", new() { MaxRedirects = 0 });
        Assert.Equal(302, refused.Status);
        Assert.Contains("/dang-nhap", refused.Headers["location"], StringComparison.Ordinal);
        await stranger.DisposeAsync();
    });
}
