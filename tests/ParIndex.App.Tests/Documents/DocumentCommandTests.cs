using System.Globalization;
using System.Text.RegularExpressions;
using ParIndex.App.Tests.Analysis;
using ParIndex.App.Tests.Cli;
using ParIndex.App.Tests.Demo;

namespace ParIndex.App.Tests.Documents;

/// <summary><c>parindex report dossier|appraisal|appeals|annex …</c> in-process on the demo database.</summary>
public sealed class DocumentCommandTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    private string Year2025 => demo.Loaded.PeriodIds[1].ToString(CultureInfo.InvariantCulture);

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", demo.Database.ConnectionString]);

    private static string Text(string pdf) => Regex.Replace(Tools.Run("pdftotext", "-enc", "UTF-8", pdf, "-"), @"\s+", " ");

    [Fact]
    public void The_annex_and_a_units_appeal_decisions_are_written_with_the_configured_place()
    {
        var annex = Path.Combine(Repo.TempDir(), "phu-luc.pdf");
        var run = Run("report", "annex", "--period", Year2025, "--group", "Xã, phường", "--out", annex, "--Documents:Place=Tỉnh Mẫu");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Phụ lục kết quả Chỉ số CCHC năm 2025", run.Out);
        var text = Text(annex);
        Assert.Contains("Tỉnh Mẫu, ngày", text);
        Assert.Contains("I. KHỐI XÃ, PHƯỜNG", text);
        Assert.DoesNotContain("KHỐI SỞ, BAN, NGÀNH", text);

        var appeals = Path.Combine(Repo.TempDir(), "giai-trinh.pdf");
        run = Run("report", "appeals", "--period", Year2025, "--as", "sgddt.lead", "--out", appeals);
        Assert.True(run.ExitCode == 0, run.Error);
        text = Text(appeals);
        Assert.Contains("Kết quả giải quyết giải trình của Sở Giáo dục và Đào tạo", text);
        Assert.DoesNotContain("Sở Tài chính", text);
    }

    [Fact]
    public void Another_units_dossier_is_refused_and_nothing_is_written()
    {
        var path = Path.Combine(Repo.TempDir(), "x.pdf");
        var run = Run("report", "dossier", "--period", Year2025, "--unit", "STC", "--as", "snv.lead", "--out", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Chỉ đơn vị, người thẩm định được phân công", run.Error);
        Assert.False(File.Exists(path));
        var minutes = Run("report", "appraisal", "--period", demo.Loaded.PeriodIds[2].ToString(CultureInfo.InvariantCulture), "--unit", "STC", "--out", path);
        Assert.Equal(2, minutes.ExitCode);
        Assert.Contains("chưa kết thúc", minutes.Error);
    }
}
