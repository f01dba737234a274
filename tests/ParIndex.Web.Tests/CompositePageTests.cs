using System.Globalization;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The composite-index page (<c>/quan-tri/chi-so-tong-hop</c>) in a real browser: the secretariat finds it in its menu,
/// uploads COINr's ASEM structure and data, chooses a method per level and downloads the results, which are COINr's own
/// (the expected file made by COINr 1.1.14, tests/ParIndex.App.Tests/Composite/Coinr); a bad data file is refused with
/// its located problem beside the form; the page fits a phone.
/// </summary>
public sealed class CompositePageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private static readonly string Coinr = Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Coinr");

    [Fact]
    public async Task The_secretariat_builds_ASEM_with_a_method_per_level_and_downloads_COINr_s_index() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await page.GetByRole(AriaRole.Link, new() { Name = "Chỉ số tổng hợp", Exact = true }).ClickAsync();   // the office's menu on its home
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Tính chỉ số tổng hợp (kiểu COINr)");

        await page.GetByLabel("Tệp cấu trúc (CSV)").SetInputFilesAsync(Path.Combine(Coinr, "imeta.csv"));
        await page.GetByLabel("Tệp dữ liệu (CSV)").SetInputFilesAsync(Path.Combine(Coinr, "treated.csv"));
        await page.GetByTestId("normalise").FillAsync("minmax:1:100");
        await page.GetByTestId("aggregate").FillAsync("2:amean,3:gmean,4:hmean");
        await page.GetByTestId("download").SelectOptionAsync("Results");
        await b.ScreenshotAsync("composite-form");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("build").ClickAsync());
        Assert.Equal("chi-so-tong-hop-results.csv", download.SuggestedFilename);
        var path = Path.Combine(Repo.TempDir(), download.SuggestedFilename);
        await download.SaveAsAsync(path);

        var ours = Column(File.ReadAllLines(path), "Index");
        var coinr = Column(File.ReadAllLines(Path.Combine(Coinr, "agg-2_amean_3_gmean_4_hmean.csv")), "Index");
        Assert.Equal(51, coinr.Count);
        Assert.Equal(coinr.Keys.Order(), ours.Keys.Order());
        foreach (var (unit, expected) in coinr)
            Assert.True(Math.Abs(ours[unit] - expected) <= 1e-9 * Math.Abs(expected), $"{unit}: {ours[unit]} against COINr's {expected}");
    });

    [Fact]
    public async Task A_bad_data_file_is_refused_beside_the_form_with_its_row_and_column() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await b.OpenAsync("/quan-tri/chi-so-tong-hop", "composite");
        var bad = Path.Combine(Repo.TempDir(), "du-lieu.csv");
        await File.WriteAllTextAsync(bad, (await File.ReadAllTextAsync(Path.Combine(Coinr, "treated.csv"))).Replace("\"AUS\",\"", "\"AUS\",\"x", StringComparison.Ordinal));
        await page.GetByLabel("Tệp cấu trúc (CSV)").SetInputFilesAsync(Path.Combine(Coinr, "imeta.csv"));
        await page.GetByLabel("Tệp dữ liệu (CSV)").SetInputFilesAsync(bad);
        await page.GetByTestId("build").ClickAsync();
        var errors = page.GetByTestId("errors-composite");
        await Assertions.Expect(errors).ToContainTextAsync("du-lieu.csv");
        await Assertions.Expect(errors).ToContainTextAsync("Goods");
        await b.ScreenshotAsync("composite-refused");
    });

    [Fact]
    public async Task At_360_pixels_the_composite_page_fits_the_phone() => await InBrowser(async b =>
    {
        await DemoSignIn.AsAsync(b, Site, "thuongtruc");
        await b.OpenAsync("/quan-tri/chi-so-tong-hop", "composite-360");
        await PageChecks.ExpectNoSidewaysScrollAsync(b.Page);
    }, PageChecks.Phone);

    /// <summary>One column of a CSV table (COINr's quoted or our plain), by unit code.</summary>
    private static Dictionary<string, double> Column(string[] lines, string name)
    {
        string[] Fields(string line) => [.. line.Split(',').Select(f => f.Trim('"'))];
        var header = Fields(lines[0]);
        var at = Array.IndexOf(header, name);
        Assert.True(at >= 0, $"no column {name} in {lines[0]}");
        return lines.Skip(1).Where(l => l.Length > 0).Select(Fields).ToDictionary(f => f[0], f => double.Parse(f[at], CultureInfo.InvariantCulture));
    }
}
