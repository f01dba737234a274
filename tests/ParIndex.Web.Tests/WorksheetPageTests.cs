using Microsoft.Playwright;
using ParIndex.App.Spreadsheets;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The offline worksheet in a real browser: SNV's editor downloads the 2026 dossier's workbook from the dossier page,
/// brings it back with a wrong input (the problem shown by sheet, row and column, nothing saved), then with only a new
/// explanation, which is saved.
/// </summary>
public sealed class WorksheetPageTests(DemoSite site, ITestOutputHelper output) : BrowserTest(site, output)
{
    private const string ScoresSheet = "Tự đánh giá";

    [Fact]
    public async Task The_editor_downloads_the_worksheet_and_brings_it_back_refused_in_place_then_saved() => await InBrowser(async b =>
    {
        var page = b.Page;
        await DemoSignIn.AsAsync(b, Site, "snv.editor");
        var period = Site.Province.Demo.PeriodIds[2];
        await b.OpenAsync($"/tu-danh-gia/{period}", "dossier");

        await page.GetByTestId("worksheet").Locator("summary").ClickAsync();
        await b.ScreenshotAsync("dossier-worksheet");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("worksheet-download").ClickAsync());
        Assert.Equal($"tu-danh-gia-SNV-ky-{period}.xlsx", download.SuggestedFilename);
        var folder = Directory.CreateTempSubdirectory("parindex-worksheet-").FullName;
        var original = Path.Combine(folder, download.SuggestedFilename);
        await download.SaveAsAsync(original);

        // The first sub-criterion SNV has scored (areas 1–3 are done): its input is column F, its explanation H.
        var sheets = XlsxReader.Read(await File.ReadAllBytesAsync(original), "snv.xlsx");
        var scores = sheets.Single(s => s.Name == ScoresSheet);
        var row = Enumerable.Range(1, scores.Rows.Count - 1).First(r => !string.IsNullOrWhiteSpace(scores.Cell(r, 5)));
        var code = scores.Cell(row, 0)!;
        var input = scores.Cell(row, 5)!;

        var wrong = Path.Combine(folder, "sai.xlsx");
        await File.WriteAllBytesAsync(wrong, Edit(sheets, row, 5, "khong-hop-le"));
        await UploadAsync(page, wrong);
        var problem = page.GetByTestId("worksheet-problem");
        await Assertions.Expect(problem).ToHaveCountAsync(1);
        Assert.Equal([ScoresSheet, (row + 1).ToString(), "F", code], (await problem.Locator("td").AllInnerTextsAsync()).Take(4));
        await Assertions.Expect(page.GetByTestId("worksheet-problems")).ToContainTextAsync("chưa có gì được lưu");
        await b.ScreenshotAsync("refused");

        var explained = Path.Combine(folder, "giai-trinh.xlsx");
        await File.WriteAllBytesAsync(explained, Edit(sheets, row, 7, "Đã bổ sung văn bản khi làm ngoại tuyến"));
        await UploadAsync(page, explained);
        await Assertions.Expect(page.GetByTestId("worksheet-result")).ToContainTextAsync("1 mục đã lưu");
        await b.ScreenshotAsync("saved");

        await page.GetByRole(AriaRole.Link, new() { Name = "Xem hồ sơ với các kết quả vừa nhập" }).ClickAsync();
        await page.WaitForURLAsync($"**/tu-danh-gia/{period}");
        await page.GetByTestId("worksheet").Locator("summary").ClickAsync();
        var again = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("worksheet-download").ClickAsync());
        var reread = XlsxReader.Read(await File.ReadAllBytesAsync(await again.PathAsync()), "again.xlsx").Single(s => s.Name == ScoresSheet);
        Assert.Equal((input, "Đã bổ sung văn bản khi làm ngoại tuyến"), (reread.Cell(row, 5), reread.Cell(row, 7)));
        Directory.Delete(folder, recursive: true);
    });

    private static async Task UploadAsync(IPage page, string file)
    {
        await page.Locator("#worksheet-file").SetInputFilesAsync(file);
        await page.GetByTestId("worksheet-upload").ClickAsync();
        await page.WaitForURLAsync("**/bieu-mau");
    }

    /// <summary>The workbook again with one cell of the scores sheet changed (0-based row and column).</summary>
    private static byte[] Edit(IReadOnlyList<SheetData> sheets, int row, int column, string value) =>
        XlsxWriter.Write([.. sheets.Select(sheet => new Sheet(sheet.Name, [.. sheet.Rows.Select((cells, r) =>
        {
            var copy = cells.Cast<object?>().ToList();
            if (sheet.Name == ScoresSheet && r == row)
            {
                while (copy.Count <= column) copy.Add(null);
                copy[column] = value;
            }
            return (IReadOnlyList<object?>)copy;
        })]))]);
}
