using DocumentFormat.OpenXml.Packaging;
using ParIndex.App.Tests.Cli;
using ParIndex.App.Tests.Demo;

namespace ParIndex.App.Tests.Analysis;

/// <summary><c>parindex report …</c> in-process on the demo database.</summary>
public sealed class ReportCommandTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", demo.Database.ConnectionString]);

    [Fact]
    public void The_workbook_is_written_for_the_group_asked()
    {
        var path = Path.Combine(Repo.TempDir(), "xa-2025.xlsx");
        var run = Run("report", "workbook", "--period", demo.Loaded.PeriodIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture), "--group", "Xã, phường", "--out", path);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Xã, phường, Kỳ đánh giá 2025", run.Out);
        using var document = SpreadsheetDocument.Open(path, false);
        var workbook = document.WorkbookPart!;
        var first = workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First();
        Assert.Equal("Xếp hạng", first.Name!.Value);
        var rows = ((WorksheetPart)workbook.GetPartById(first.Id!)).Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().Count();
        Assert.Equal(1 + 39, rows); // the header and the 39 communes of 2025
    }

    [Fact]
    public void A_scorecard_of_a_unit_not_in_the_results_is_refused()
    {
        var run = Run("report", "scorecard", "--period", demo.Loaded.PeriodIds[1].ToString(System.Globalization.CultureInfo.InvariantCulture), "--unit", "SNNPTNT", "--out", Path.Combine(Repo.TempDir(), "x.pdf"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("SNNPTNT", run.Error);
    }

    [Fact]
    public void Before_publication_a_unit_user_may_not_print_the_analysis()
    {
        var run = Run("report", "workbook", "--period", demo.Loaded.PeriodIds[2].ToString(System.Globalization.CultureInfo.InvariantCulture), "--as", "snv.editor", "--out", Path.Combine(Repo.TempDir(), "x.xlsx"));
        Assert.Equal(2, run.ExitCode);
    }
}
