using Microsoft.Playwright;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Units;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.Web.Tests;

/// <summary>
/// The secretariat's facts page in a real browser, on the sample departments and PAR-SO-MAU: from the period page it maps
/// the portal's on-time share to 3.2.1 (tiers ≥ 100 % → 2, ≥ 95 % → 1), uploads a file with a wrong unit and a bad number
/// (refused, located, nothing stored), the good file (three new rows to confirm), confirms it, then a second file where
/// one figure changed (98,7 → 94: one row, old → new) and confirms that, and reads the figure on the appraisal sheet.
/// Screenshots at each step.
/// </summary>
public sealed class FactsPageTests(EmptyProvinceSite site, ITestOutputHelper output) : BrowserTest<EmptyProvinceSite>(site, output)
{
    private const string Password = "SoLieu-Thu-2025";
    private const string Header = "nguon,ngay_so_lieu,chi_so,don_vi,gia_tri\n";
    private static readonly Actor Operator = Actor.Operator("web-tests");
    private static string Sample(string path) => Path.Combine(Repo.Root, "samples", path);

    private static string Figures(string snv) => Header
        + $"Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,SNV,\"{snv}\"\n"
        + "Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,STC,100\n"
        + "Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,SCT,\"86,1\"\n";

    private async Task<int> StageAsync()
    {
        await Site.RunAsync(db => new ImportUnitsHandler(db, Site.Clock).HandleAsync(Operator, new ImportUnits(Sample("tinh-mau/units-so-2025.csv"))));
        await Site.RunAsync(db => new ImportFrameworkHandler(db, Site.Clock).HandleAsync(Operator, new ImportFramework(Sample("frameworks/so-nganh.json"))));
        await Site.AddUserAsync("solieu.thuongtruc", Password, Role.Secretariat, null, "Phòng CCHC, Sở Nội vụ");
        var at = (int month, int day) => new DateTimeOffset(2025, month, day, 17, 0, 0, TimeSpan.FromHours(7));
        return (await Site.RunAsync(db => new CreatePeriodHandler(db, Site.Clock).HandleAsync(Operator,
            new CreatePeriod(2025, "CCHC 2025 (số liệu nguồn)", new(at(1, 6), at(3, 31), at(4, 30), at(5, 15), at(5, 31)), ["PAR-SO-MAU"])))).Id;
    }

    private static async Task<string> FileAsync(string name, string content)
    {
        var path = Path.Combine(Repo.TempDir(), name);
        await File.WriteAllTextAsync(path, content);
        return path;
    }

    [Fact]
    public async Task The_secretariat_maps_an_indicator_previews_the_figures_and_confirms_them() => await InBrowser(async b =>
    {
        var period = await StageAsync();
        var page = b.Page;
        await b.SignInAsync("solieu.thuongtruc", Password);
        await b.OpenAsync($"/quan-tri/ky/{period}", "period");
        await page.GetByTestId("facts-link").GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Số liệu từ nguồn chính thức");
        await Assertions.Expect(page.GetByTestId("no-mappings")).ToBeVisibleAsync();

        await page.GetByTestId("indicator").FillAsync("DVC_DUNG_HAN");
        await page.GetByTestId("leaf").SelectOptionAsync("3.2.1");
        await page.GetByTestId("scale").SelectOptionAsync("Percent");
        await page.GetByTestId("map").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToHaveTextAsync("Chỉ số DVC_DUNG_HAN điền tiêu chí 3.2.1");
        var mapping = page.GetByTestId("mapping");
        await Assertions.Expect(mapping).ToContainTextAsync("3.2.1 — Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn");
        await Assertions.Expect(mapping).ToContainTextAsync("DVC_DUNG_HAN, đọc là tỷ lệ phần trăm (0–100)");
        await Assertions.Expect(mapping).ToContainTextAsync("Theo mức");
        await b.ScreenshotAsync("facts-mapped");

        var bad = await FileAsync("so-lieu-sai.csv", Header
            + "Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,SNV,95\n"
            + "Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,ZZZ,80\n"
            + "Cổng Dịch vụ công quốc gia,15/12/2024,DVC_DUNG_HAN,STC,nhiều\n");
        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(bad);
        await page.GetByTestId("check").ClickAsync();
        var errors = page.GetByTestId("errors-figures").Locator("li");
        await Assertions.Expect(errors).ToHaveTextAsync([
            "so-lieu-sai.csv, dòng 4, cột 5 (gia_tri): STC, chỉ số DVC_DUNG_HAN: “nhiều” không phải là số",
            "so-lieu-sai.csv, dòng 3, cột 4 (don_vi): ZZZ, chỉ số DVC_DUNG_HAN: Không có đơn vị “ZZZ”",
        ]);
        await Assertions.Expect(page.GetByTestId("preview")).ToHaveCountAsync(0);
        await Assertions.Expect(mapping).ToContainTextAsync("0 đơn vị");
        await b.ScreenshotAsync("facts-refused");

        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(await FileAsync("dvcqg-thang-12.csv", Figures("98,7")));
        await page.GetByTestId("check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-summary")).ToContainTextAsync("3 số liệu mới, 0 thay đổi, 0 không đổi");
        await Assertions.Expect(page.GetByTestId("change")).ToHaveCountAsync(3);
        await Assertions.Expect(page.Locator("[data-testid=change][data-unit=SNV] td")).ToHaveTextAsync(
            ["Sở Nội vụ (SNV)", "DVC_DUNG_HAN", "mới", "98,7", "Nguồn: Cổng Dịch vụ công quốc gia, ngày 15/12/2024"]);
        await b.ScreenshotAsync("facts-preview-new");
        await page.GetByTestId("confirm").ClickAsync();
        // SNV 98,7 % → 1 point, STC 100 % → 2, SCT 86,1 % → 0: three items filled.
        await Assertions.Expect(page.GetByTestId("done")).ToHaveTextAsync("Đã nhập 3 số liệu: 3 mới, 0 thay đổi, 0 không đổi; 3 mục được điền lại");
        await Assertions.Expect(mapping).ToContainTextAsync("3 đơn vị");

        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(await FileAsync("dvcqg-thang-12-sua.csv", Figures("94")));
        await page.GetByTestId("check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("preview-summary")).ToContainTextAsync("1 số liệu khác lần nhập trước");
        await Assertions.Expect(page.Locator("[data-testid=change] td")).ToHaveTextAsync(
            ["Sở Nội vụ (SNV)", "DVC_DUNG_HAN", "98,7", "94", "Nguồn: Cổng Dịch vụ công quốc gia, ngày 15/12/2024"]);
        await b.ScreenshotAsync("facts-preview-change");
        await page.GetByTestId("confirm").ClickAsync();
        await Assertions.Expect(page.GetByTestId("done")).ToHaveTextAsync("Đã nhập 3 số liệu: 0 mới, 1 thay đổi, 2 không đổi; 1 mục được điền lại");
        await b.ScreenshotAsync("facts-confirmed");

        await page.GetByLabel("Tệp số liệu").SetInputFilesAsync(await FileAsync("dvcqg-lan-nua.csv", Figures("94")));
        await page.GetByTestId("check").ClickAsync();
        await Assertions.Expect(page.GetByTestId("unchanged")).ToContainTextAsync("Không thay đổi: 3 số liệu giống lần nhập trước");
        await Assertions.Expect(page.GetByTestId("confirm")).ToHaveCountAsync(0);

        // The appraisal sheet shows the item's figure and its source in place of a typed input (94 % < 95 % → 0 points).
        await b.OpenAsync($"/tham-dinh/{period}/SNV/3.2.1", "facts-on-sheet");
        await Assertions.Expect(page.Locator("[data-testid^=fact-]")).ToContainTextAsync("94,00 — Nguồn: Cổng Dịch vụ công quốc gia, ngày 15/12/2024.");
        await Assertions.Expect(page.GetByTestId("self")).ToContainTextAsync("0,00 điểm");
    });
}
