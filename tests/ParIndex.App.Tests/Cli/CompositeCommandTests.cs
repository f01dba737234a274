using System.Globalization;

namespace ParIndex.App.Tests.Cli;

/// <summary><c>parindex composite</c> on COINr's example index (the fixture kept with the Domain tests).</summary>
public sealed class CompositeCommandTests
{
    private static string Fixture(string file) => Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Fixtures", file);

    private static CliRun Composite(params string[] more) =>
        CliRun.Of(["composite", "--meta", Fixture("imeta.csv"), "--data", Fixture("treated.csv"), .. more]);

    [Fact]
    public void Writes_the_aggregated_table_with_ranks_to_the_out_file()
    {
        var dir = Repo.TempDir();
        var path = Path.Combine(dir, "asem.csv");
        var run = Composite("--out", path);
        Assert.Equal((0, "", ""), (run.ExitCode, run.Out, run.Error));
        var lines = File.ReadAllLines(path);
        Assert.Equal(52, lines.Length);
        var expectedHeader = File.ReadAllLines(Fixture("aggregated.csv"))[0].Replace("\"", "", StringComparison.Ordinal);
        Assert.Equal(expectedHeader + ",Rank", lines[0]);
        var che = lines.Single(l => l.StartsWith("CHE,", StringComparison.Ordinal)).Split(',');
        Assert.Equal("1", che[^1]);
        Assert.Equal(68.3837, Math.Round(double.Parse(che[^2], CultureInfo.InvariantCulture), 4));
        Assert.Equal(["CHE", "NLD", "DNK", "NOR", "BEL"], lines.Skip(1).Select(l => l.Split(','))
            .OrderBy(c => int.Parse(c[^1], CultureInfo.InvariantCulture)).Take(5).Select(c => c[0]));
    }

    [Fact]
    public void Without_out_the_table_goes_to_standard_output()
    {
        var run = Composite("--normalise", "minmax:1:100", "--aggregate", "gmean");
        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("uCode,LPI,Flights,", run.Out, StringComparison.Ordinal);
        Assert.Equal(52, run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Uncertainty_with_a_seed_is_reproducible_file_for_file()
    {
        var dir = Repo.TempDir();
        string Run(string name, string seed)
        {
            var path = Path.Combine(dir, name);
            Assert.Equal(0, Composite("--uncertainty", "100", "--noise", "2:0.25", "--seed", seed, "--out", path).ExitCode);
            return File.ReadAllText(path);
        }
        var first = Run("a.csv", "11");
        Assert.Equal(first, Run("b.csv", "11"));
        Assert.NotEqual(first, Run("c.csv", "12"));
        var lines = first.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("uCode,Nominal,Mean,Median,Q5,Q95", lines[0]);
        Assert.Equal(52, lines.Length);
        Assert.StartsWith("CHE,1,", lines.Single(l => l.StartsWith("CHE,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_weights_file_and_a_threshold_change_the_build()
    {
        var dir = Repo.TempDir();
        var weights = Path.Combine(dir, "w.csv");
        File.WriteAllText(weights, "iCode,Weight\nConn,0\n");
        var run = Composite("--weights", weights, "--dat-thresh", "0.5");
        Assert.Equal(0, run.ExitCode);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',').ToList();
        var (sust, index) = (header.IndexOf("Sust"), header.IndexOf("Index"));
        // With Connectivity weighted 0 the index is the Sustainability sub-index.
        Assert.All(lines.Skip(1).Select(l => l.Split(',')), c => Assert.Equal(c[sust], c[index]));
    }

    [Fact]
    public void Bad_structure_is_reported_with_its_location_and_nothing_is_written()
    {
        var dir = Repo.TempDir();
        var meta = Path.Combine(dir, "imeta.csv");
        File.WriteAllText(meta, File.ReadAllText(Fixture("imeta.csv")).Replace("\"ConEcFin\",\"Indicator\"", "\"NoSuch\",\"Indicator\"", StringComparison.Ordinal));
        var output = Path.Combine(dir, "out.csv");
        var run = CliRun.Of("composite", "--meta", meta, "--data", Fixture("treated.csv"), "--out", output);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("lỗi; chưa ghi gì", run.Error, StringComparison.Ordinal);
        Assert.Contains($"{meta}, dòng 2, cột Parent, tiêu chí Goods: unknown parent 'NoSuch'", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }

    [Fact]
    public void Geometric_mean_on_zeros_is_refused_naming_unit_and_indicator()
    {
        var run = Composite("--aggregate", "gmean");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("the geometric mean needs values > 0", run.Error, StringComparison.Ordinal);
        Assert.Matches(@"unit [A-Z]{3}: \w+ is 0;", run.Error);
    }

    [Fact]
    public void Noise_without_uncertainty_and_unknown_methods_are_usage_errors()
    {
        var noise = Composite("--noise", "2:0.1");
        Assert.Equal(2, noise.ExitCode);
        Assert.Contains("--uncertainty N và --noise LEVEL:FACTOR phải dùng cùng nhau", noise.Error, StringComparison.Ordinal);
        var method = Composite("--normalise", "bordo");
        Assert.Equal(2, method.ExitCode);
        Assert.Contains("--normalise bordo: unknown method", method.Error, StringComparison.Ordinal);
        var missing = CliRun.Of("composite", "--meta", "/nonexistent/m.csv", "--data", Fixture("treated.csv"));
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("/nonexistent/m.csv: file not found", missing.Error, StringComparison.Ordinal);
    }
}

public sealed class CompositeSensitivityCommandTests
{
    private static string Coinr(string file) => Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Coinr", file);

    [Fact]
    public void Sensitivity_over_methods_writes_COINr_s_table_one_row_per_factor_the_same_for_one_thread_and_all()
    {
        string[] args = ["composite", "--meta", Coinr("imeta.csv"), "--data", Coinr("data.csv"), "--impute", "groupmean:EurAsia_group",
            "--sensitivity", "40", "--vary-normalise", "minmax:1:100", "zscore:10:2", "--vary-aggregate", "amean", "gmean",
            "--vary-weights", "2:0.25", "--vary-treat", "off", "default", "--bootstrap", "50"];
        var one = CliRun.Of([.. args, "--threads", "1"]);
        Assert.Equal((0, ""), (one.ExitCode, one.Error));
        var lines = one.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Variable,Si,STi,Si_q5,Si_q95,STi_q5,STi_q95", lines[0]);
        Assert.Equal(["Treatment", "Normalisation", "Weights", "Aggregation"], lines.Skip(1).Select(l => l.Split(',')[0]));
        Assert.Equal(one.Out, CliRun.Of([.. args, "--threads", "2"]).Out);
    }

    [Fact]
    public void Sensitivity_without_factors_is_a_usage_error()
    {
        var run = CliRun.Of("composite", "--meta", Coinr("imeta.csv"), "--data", Coinr("treated.csv"), "--sensitivity", "10");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--sensitivity N cần các tuỳ chọn --vary-", run.Error, StringComparison.Ordinal);
    }
}
