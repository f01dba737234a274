using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Demo;

namespace ParIndex.App.Tests.Analysis;

/// <summary>The analysis workbook of the demo's published 2025 departments: schema-valid, and read back by LibreOffice.</summary>
public sealed class AnalysisWorkbookTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    private async Task<AnalysisView> View()
    {
        await using var db = demo.Open();
        return await new GetAnalysisHandler(db).HandleAsync(Actor.Operator("test"), new GetAnalysis(demo.Loaded.PeriodIds[1], "Sở, ban, ngành"));
    }

    [Fact]
    public async Task The_workbook_is_valid_with_five_styled_sheets_and_a_native_chart()
    {
        var bytes = AnalysisWorkbook.Write(await View());
        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}"));
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Equal(["Xếp hạng", "Thành phần", "Ma trận thành phần", "Chi tiết", "Điểm bị mất"], sheets);
        var charts = document.WorkbookPart.WorksheetParts.Where(p => p.DrawingsPart is not null).SelectMany(p => p.DrawingsPart!.ChartParts).ToList();
        var chart = Assert.Single(charts);
        Assert.Contains("Chỉ số thành phần trung bình theo lĩnh vực", chart.ChartSpace.InnerText);
        Assert.Contains("'Thành phần'!$D$2:$D$9", chart.ChartSpace.OuterXml); // eight department areas, this year
        Assert.Contains("'Thành phần'!$E$2:$E$9", chart.ChartSpace.OuterXml); // and 2024
    }

    [Fact]
    public async Task LibreOffice_reads_the_ranking_sheet_as_the_results()
    {
        var view = await View();
        var dir = Repo.TempDir();
        var path = Path.Combine(dir, "phan-tich-2025.xlsx");
        await File.WriteAllBytesAsync(path, AnalysisWorkbook.Write(view));
        var rows = Csv.Parse(Tools.SheetAsCsv(path), "phan-tich-2025.csv").Select(r => r.Fields).ToList();

        Assert.Equal(["Xếp hạng", "Mã đơn vị", "Đơn vị", "Lĩnh vực 1 (10 điểm)"], rows[0].Take(4));
        Assert.Equal("Xếp loại", rows[0][^3]);
        var units = view.Ranking.Results.Units;
        Assert.Equal(units.Count + 1, rows.Count);
        for (var i = 0; i < units.Count; i++)
        {
            var u = units[i];
            var r = rows[i + 1];
            Assert.Equal(u.Rank.ToString(CultureInfo.InvariantCulture), r[0]);
            Assert.Equal((u.Unit.Code, u.Unit.Name), (r[1], r[2]));
            Assert.Equal(u.PublishedIndex.ToString("0.00", CultureInfo.InvariantCulture), r[^4]);
            Assert.Equal(u.Band.Label, r[^3]);
        }
        // Spot checks against samples/README.md: STC first with 92.73; SGDDT last with 78.805 − 1 (3.2.2 failed at appraisal).
        Assert.Equal(["1", "STC", "Sở Tài chính"], rows[1].Take(3));
        Assert.Equal(("92.73", "92.73", "Xuất sắc"), (rows[1][^6], rows[1][^4], rows[1][^3]));
        Assert.Equal(("SGDDT", "77.81", "Khá", "-5.60"), (rows[^1][1], rows[^1][^4], rows[^1][^3], rows[^1][^2]));
    }
}
