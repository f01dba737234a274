using System.Text.RegularExpressions;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Security;
using ParIndex.App.Tests.Demo;
using ParIndex.Domain.Analysis;

namespace ParIndex.App.Tests.Analysis;

/// <summary>
/// The printed reports of the demo's published 2025 departments, printed by headless Chromium and read back with
/// pdftotext; every page is rendered to PNG under the test's artifacts/reports folder for a person to look at.
/// Expected figures come from samples/README.md (SGDDT: 78.805 − 1 for 3.2.2 failed at appraisal = 77.805).
/// </summary>
public sealed class ReportPdfTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "reports");

    private async Task<AnalysisView> View(string? unit = null, RobustnessOptions? robustness = null)
    {
        await using var db = demo.Open();
        return await new GetAnalysisHandler(db).HandleAsync(Actor.Operator("test"), new GetAnalysis(demo.Loaded.PeriodIds[1], "Sở, ban, ngành", unit, robustness));
    }

    /// <summary>Prints, keeps PNGs of the pages, and returns the text with whitespace collapsed and the page count.</summary>
    private static async Task<(string Text, int Pages)> Print(string html, string name)
    {
        var pdf = await PdfPrinter.PrintAsync(html);
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        foreach (var old in Directory.GetFiles(Artifacts, name + "-*.png")) File.Delete(old);
        Tools.Run("pdftoppm", "-png", "-r", "70", path, Path.Combine(Artifacts, name));
        var pages = Directory.GetFiles(Artifacts, name + "-*.png").Length;
        return (Regex.Replace(Tools.Run("pdftotext", "-enc", "UTF-8", path, "-"), @"\s+", " "), pages);
    }

    [Fact]
    public async Task The_analysis_report_prints_with_the_units_figures_and_Vietnamese_text()
    {
        var (text, pages) = await Print(AnalysisReport.Html(await View(robustness: new RobustnessOptions(Draws: 200, WeightNoise: 0.1m, Seed: 1))), "phan-tich-2025-so");
        Assert.True(pages >= 5, $"{pages} pages");
        Assert.Contains("Báo cáo phân tích, đánh giá Chỉ số CCHC năm 2025", text);
        Assert.Contains("Khối: Sở, ban, ngành", text);
        Assert.Contains("Sở Tài chính (STC) 92,73/100 92,73 Xuất sắc", text);
        Assert.Contains("Sở Văn hóa, Thể thao và Du lịch", text);
        Assert.Contains("Sở Giáo dục và Đào tạo (SGDDT) 77,81/100 77,81 Khá -5,60 -7", text);
        Assert.Contains("Nhận định theo lĩnh vực", text);
        Assert.Contains("Tăng điểm nhiều nhất", text);
        Assert.Contains("Sở Kế hoạch và Đầu tư +5,43 +8", text); // 87.48 − 82.05; 16th → 8th
        Assert.Contains("Phân tích, không thay thế xếp hạng chính thức.", text);
        Assert.Contains("Thẩm định thay đổi điểm của 2/", text);
    }

    [Fact]
    public async Task The_scorecard_is_one_page_with_the_units_figures_and_what_it_needs()
    {
        var (text, pages) = await Print(ScorecardReport.Html(await View("SGDDT")), "phieu-2025-SGDDT");
        Assert.Equal(1, pages);
        Assert.Contains("Sở Giáo dục và Đào tạo", text);
        Assert.Contains("77,81%", text);
        Assert.Contains("19/19", text);
        Assert.Contains("-5,60", text);
        Assert.Contains("3.2.2", text);
        // Tốt starts at 80: 80 − 77.805 = 2.195 index points, on 100 applicable points the same in points.
        Assert.Contains("Để đạt xếp loại Tốt: cần thêm 2,20 điểm chỉ số (2,20 điểm)", text);
    }
}
