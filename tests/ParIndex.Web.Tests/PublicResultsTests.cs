using System.Globalization;
using System.Text;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static ParIndex.Web.Tests.PublishedResults;

namespace ParIndex.Web.Tests;

/// <summary>The public results of the demo province in a real browser, compared with the published JSON API.</summary>
public sealed class PublicResultsTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    [Fact]
    public async Task The_home_page_shows_the_latest_published_ranking_of_the_demo() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        var units = await UnitsAsync(Site.Client, latest);
        Assert.Equal(2025, latest.Year);
        Assert.True(units.Count >= 10, $"the demo's 2025 {latest.Group} has {units.Count} units");

        await b.OpenAsync("/", "home");
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync($"Chỉ số cải cách hành chính năm 2025 — khối {latest.Group}");
        await Assertions.Expect(b.Page.GetByTestId("sha256")).ToHaveTextAsync(latest.Sha256);
        var rows = await RankingRowsAsync(b.Page);
        Assert.Equal(units.Select(u => u.Unit), rows.Select(r => r.Unit));
        foreach (var (unit, row) in units.Zip(rows))
        {
            Assert.Equal(unit.Rank.ToString(CultureInfo.InvariantCulture), row.Rank);
            Assert.Equal(unit.Name, row.Name);
            Assert.Equal($"{Vi(unit.Points)}/{Vi(unit.Max)}", row.Points);
            Assert.Equal(Vi(unit.Index), row.Index);
            Assert.Equal(unit.Band, row.Band);
        }
        Assert.Equal(units.Select(u => u.Index).OrderDescending(), units.Select(u => u.Index));
    });

    [Fact]
    public async Task The_home_page_draws_its_ranking_chart_without_scrolling_to_it() => await InBrowser(async b =>
    {
        var response = await b.Page.GotoAsync("/");
        Assert.Equal(200, response?.Status);
        await PageChecks.ExpectChartsDrawnAsync(b.Page, 1);
        await Assertions.Expect(b.Page.GetByTestId("ranking-chart")).Not.ToBeInViewportAsync();
        await b.ScreenshotAsync("home-chart");
    });

    [Fact]
    public async Task The_CSV_download_holds_the_ranking_shown_on_the_page() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        await b.OpenAsync("/", "home");
        var rows = await RankingRowsAsync(b.Page);

        var download = await b.Page.RunAndWaitForDownloadAsync(() => b.Page.GetByRole(AriaRole.Link, new() { Name = "CSV", Exact = true }).ClickAsync());
        Assert.Equal($"chi-so-cchc-ky-{latest.Id}.csv", download.SuggestedFilename);
        var lines = (await File.ReadAllTextAsync((await download.PathAsync())!, Encoding.UTF8)).TrimStart('\uFEFF').TrimEnd('\n').Split('\n');
        var header = Csv(lines[0]);
        Assert.Equal(["rank", "unit", "name", "points", "max", "index", "band"], header.Take(7));
        var records = lines.Skip(1).Select(Csv).ToList();
        Assert.Equal(rows.Count, records.Count);
        foreach (var (record, row) in records.Zip(rows))
        {
            Assert.Equal(row.Rank, record[0]);
            Assert.Equal(row.Unit, record[1]);
            Assert.Equal(row.Name, record[2]);
            Assert.Equal(row.Points, $"{Vi(Invariant(record[3]))}/{Vi(Invariant(record[4]))}");
            Assert.Equal(row.Index, Vi(Invariant(record[5])));
            Assert.Equal(row.Band, record[6]);
        }
    });

    [Fact]
    public async Task A_units_public_page_shows_its_index_rank_areas_and_the_trace_of_its_score() => await InBrowser(async b =>
    {
        var latest = await LatestAsync(Site.Client);
        var units = await UnitsAsync(Site.Client, latest);
        var top = units[0];
        await b.OpenAsync("/", "home");

        await b.Page.GetByTestId("ranking").GetByRole(AriaRole.Link, new() { Name = top.Name, Exact = true }).ClickAsync();
        await b.Page.WaitForURLAsync($"**/don-vi/{latest.Id}/{top.Unit}");
        await b.ScreenshotAsync("unit");
        await Assertions.Expect(b.Page.Locator("h1")).ToHaveTextAsync(top.Name);
        await Assertions.Expect(b.Page.GetByTestId("summary")).ToContainTextAsync(
            $"Năm 2025: chỉ số {Vi(top.Index)}%, xếp thứ 1/{units.Count}, xếp loại {top.Band}");

        var areas = await b.Page.GetByTestId("areas").Locator("tbody tr").AllInnerTextsAsync();
        Assert.Equal(top.Areas.Count, areas.Count);
        foreach (var (code, index) in top.Areas)
        {
            var line = Assert.Single(areas, a => a.StartsWith(code + ".", StringComparison.Ordinal));
            Assert.Contains(index is { } i ? Vi(i) : "không áp dụng", line);
        }

        var trace = b.Page.GetByTestId("trace").Locator("tbody tr");
        Assert.True(await trace.CountAsync() > top.Areas.Count);
        var total = trace.Filter(new() { Has = b.Page.Locator("td:first-child", new() { HasTextString = "Tổng" }) });
        await Assertions.Expect(total.Locator("td.num")).ToHaveTextAsync(Vi(top.Points));
    });

    private sealed record Row(string Unit, string Rank, string Name, string Points, string Index, string Band);

    private static async Task<List<Row>> RankingRowsAsync(IPage page)
    {
        var cells = await page.GetByTestId("ranking").Locator("tbody tr").EvaluateAllAsync<string[][]>(
            "rows => rows.map(r => [r.dataset.unit, ...Array.from(r.cells).map(c => c.innerText.trim())])");
        return [.. cells.Select(c => new Row(c[0], c[1], c[2], c[3], c[4], c[5]))];
    }

    private static decimal Invariant(string number) => decimal.Parse(number, CultureInfo.InvariantCulture);

    /// <summary>One CSV record (RFC 4180: fields may be quoted, quotes doubled).</summary>
    private static List<string> Csv(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { field.Append('"'); i++; }
            else if (c == '"') quoted = !quoted;
            else if (c == ',' && !quoted) { fields.Add(field.ToString()); field.Clear(); }
            else if (c != '\r' || quoted) field.Append(c);
        }
        fields.Add(field.ToString());
        return fields;
    }
}
