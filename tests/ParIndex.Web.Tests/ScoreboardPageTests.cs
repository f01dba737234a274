using Microsoft.Playwright;
using ParIndex.App.Data;
using ParIndex.App.Features.Scoreboard;
using Xunit.Abstractions;
using static ParIndex.Web.Tests.PublishedResults;

namespace ParIndex.Web.Tests;

/// <summary>
/// The province's external indices (<c>/chi-so-tinh</c>) of the demo in a real browser: every index's table as the
/// scoreboard use case gives it, one trend chart drawn per index, on a phone and in English.
/// </summary>
public sealed class ScoreboardPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task A_visitor_reads_each_index_by_year_with_its_trend_chart_then_switches_to_English() => await InBrowser(async b =>
    {
        var indices = await IndicesAsync();
        Assert.Equal(["PAR_INDEX", "SIPAS", "PCI", "PAPI", "ICT"], indices.Select(i => i.Code));
        await OpenAsync(b, indices, "scoreboard");

        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("Chỉ số của tỉnh qua các năm");
        foreach (var index in indices)
        {
            var section = b.Page.Locator($"section[data-index='{index.Code}']");
            await Assertions.Expect(section.Locator("h2")).ToHaveTextAsync(index.Name);
            var rows = await section.Locator("tbody tr").EvaluateAllAsync<string[][]>("rows => rows.map(r => Array.from(r.cells).map(c => c.innerText.trim()))");
            Assert.Equal(index.Years.Select(y => y.Year.ToString(Vietnamese)).Reverse(), rows.Select(r => r[0]));
            foreach (var (year, row) in index.Years.Reverse().Zip(rows))
            {
                Assert.Equal(Score(year.Score), row[1]);
                Assert.Equal(year.Rank is { } rank ? $"{rank}/{year.OutOf}" : "—", row[3]);
                Assert.Equal(year.Source, row[5]);
            }
        }
        var par = b.Page.Locator("section[data-index='PAR_INDEX'] tr[data-year='2024']");
        await Assertions.Expect(par).ToContainTextAsync("89,41");
        await Assertions.Expect(par).ToContainTextAsync("▲ tăng 6 bậc");
        await Assertions.Expect(b.Page.Locator("section[data-index='ICT'] tr[data-year='2024'] td").First).ToHaveTextAsync("0,5802");

        await b.Page.GetByRole(AriaRole.Link, new() { Name = "English", Exact = true }).ClickAsync();
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync("The province's indices over the years");
        foreach (var index in indices)
            await Assertions.Expect(b.Page.Locator($"section[data-index='{index.Code}'] h2")).ToHaveTextAsync(index.NameEn ?? index.Name);
        await Assertions.Expect(par).ToContainTextAsync("▲ up 6");
        await PageChecks.ExpectChartsDrawnAsync(b.Page, indices.Count(i => i.Years.Count > 1));
        await b.ScreenshotAsync("scoreboard-en");
    });

    [Fact]
    public async Task At_360_pixels_the_scoreboard_fits_the_phone_with_its_charts_and_shows_keyboard_focus() => await InBrowser(async b =>
    {
        var indices = await IndicesAsync();
        await OpenAsync(b, indices, "scoreboard-360");
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);
        await PageChecks.ExpectFocusVisibleOnFirstTabAsync(b.Page, "Bỏ qua, đến nội dung");
    }, PageChecks.Phone);

    private async Task<IReadOnlyList<ScoreboardIndex>> IndicesAsync()
    {
        await using var db = Database.Open(DatabaseProvider.Sqlite, Site.Province.ConnectionString);
        return await new GetScoreboardHandler(db).HandleAsync(new GetScoreboard());
    }

    /// <summary>Opens the scoreboard and saves it once every index's chart has drawn.</summary>
    private static async Task OpenAsync(BrowserSession b, IReadOnlyList<ScoreboardIndex> indices, string pageName)
    {
        var response = await b.Page.GotoAsync("/chi-so-tinh");
        Assert.Equal(200, response?.Status);
        await PageChecks.ExpectChartsDrawnAsync(b.Page, indices.Count(i => i.Years.Count > 1));
        await b.ScreenshotAsync(pageName);
    }

    /// <summary>A score as published, to its own precision: "89,41", "0,5802".</summary>
    private static string Score(decimal value) => value.ToString("#,##0.00##", Vietnamese);
}
