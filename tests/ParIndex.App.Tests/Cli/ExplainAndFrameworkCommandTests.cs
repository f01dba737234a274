namespace ParIndex.App.Tests.Cli;

public sealed class ExplainAndFrameworkCommandTests
{
    private static readonly string Framework = Repo.Sample("frameworks/so-nganh.json");
    private static readonly string Scores = Repo.Sample("tinh-mau/scores-so-2025.csv");

    [Fact]
    public void Explain_traces_a_unit_from_total_down_to_each_leaf()
    {
        var run = CliRun.Of("explain", "--framework", Framework, "--scores", Scores, "--unit", "BQLKKT");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("BQLKKT BQLKKT: xếp thứ 4/19, chỉ số 90,5%, xếp loại Xuất sắc", run.Out);
        Assert.Contains("TOTAL", run.Out);
        Assert.Contains("tổng tối đa 100, 8 điểm không áp dụng", run.Out);
        Assert.Contains("[NA] — Không áp dụng", run.Out);
    }

    [Fact]
    public void Explain_one_node_in_English()
    {
        var run = CliRun.Of("explain", "--framework", Framework, "--scores", Scores, "--unit", "SKHDT", "--node", "1.4.3", "--en");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("1.4.3", run.Out);
        Assert.Contains("3 × 0.5 points, limited to [0; 1] → 1 point (outside the maximum)", run.Out);
    }

    [Fact]
    public void Framework_check_counts_the_tree()
    {
        var run = CliRun.Of("framework", "check", Framework);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("8 lĩnh vực, 31 tiêu chí, 67 mục chấm điểm, tổng 100 điểm", run.Out);
    }

    [Fact]
    public void Framework_convert_writes_xlsx_that_reads_back_to_the_same_json()
    {
        var dir = Repo.TempDir();
        var xlsx = Path.Combine(dir, "so.xlsx");
        var json = Path.Combine(dir, "so.json");
        Assert.Equal(0, CliRun.Of("framework", "convert", Framework, xlsx).ExitCode);
        Assert.Equal(0, CliRun.Of("framework", "convert", xlsx, json).ExitCode);
        var direct = Path.Combine(dir, "direct.json");
        Assert.Equal(0, CliRun.Of("framework", "convert", Framework, direct).ExitCode);
        Assert.Equal(File.ReadAllText(direct), File.ReadAllText(json));
    }

    [Fact]
    public void Framework_check_reports_problems_with_exit_code_2()
    {
        var dir = Repo.TempDir();
        var bad = Path.Combine(dir, "bad.json");
        File.WriteAllText(bad, File.ReadAllText(Framework).Replace("\"max\": 10,", "\"max\": 11,"));
        var run = CliRun.Of("framework", "check", bad);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("không phải 11", run.Error);
    }
}
