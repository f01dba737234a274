using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>
/// The engine against COINr 1.1.14 itself on its example index (ASEM: 51 units, 49 indicators, 65 missing cells),
/// every table made by Coinr/make-expected.R: 1e-9 relative on every value, missing exactly where COINr's is.
/// </summary>
public sealed class CoinrReferenceTests
{
    private const int Indicators = 51 * 49;
    private const int AllColumns = 51 * 60;

    [Theory]
    [InlineData("minmax")]
    [InlineData("minmax:1:10")]
    [InlineData("zscore")]
    [InlineData("zscore:10:2")]
    [InlineData("scaled")]
    [InlineData("scaled:0:50")]
    [InlineData("scaled:0:50:10")]
    [InlineData("rank")]
    [InlineData("prank")]
    [InlineData("borda")]
    [InlineData("fracmax")]
    [InlineData("dist2max")]
    [InlineData("dist2ref:5")]
    [InlineData("dist2ref:5:cap")]
    [InlineData("dist2targ")]
    [InlineData("dist2targ:cap")]
    [InlineData("goalposts")]
    public void Every_normalisation_matches_COINr_on_treated_data_and_on_data_with_gaps(string method)
    {
        var file = "norm-" + method.Replace(':', '_') + ".csv";
        CoinrReference.AssertMatches(CoinrReference.Inputs("treated.csv").Build(CompositeOptions.Parse(method)), file, Indicators);
        if (method == "dist2targ:cap") return;
        CoinrReference.AssertMatches(CoinrReference.Inputs("data.csv").Build(CompositeOptions.Parse(method)), file.Replace(".csv", "-na.csv"), Indicators);
    }

    [Fact]
    public void The_structure_s_Normalisation_column_overrides_the_global_method_per_indicator()
    {
        var inputs = CoinrReference.Inputs("treated.csv", "imeta-per-indicator.csv");
        Assert.Equal("prank", inputs.Structure.Find("LPI")!.Settings.Normalisation!.Text);
        CoinrReference.AssertMatches(inputs.Build(CompositeOptions.Parse("minmax")), "norm-per-indicator.csv", Indicators);
    }

    [Theory]
    [InlineData("amean", "agg-amean.csv")]
    [InlineData("gmean", "agg-gmean.csv")]
    [InlineData("hmean", "agg-hmean.csv")]
    [InlineData("genmean:2", "agg-genmean_2.csv")]
    [InlineData("genmean:-0.5", "agg-genmean_-0.5.csv")]
    [InlineData("copeland", "agg-copeland.csv")]
    [InlineData("2:amean,3:gmean,4:hmean", "agg-2_amean_3_gmean_4_hmean.csv")]
    [InlineData("2:genmean:3,3:amean,4:gmean", "agg-2_genmean_3_3_amean_4_gmean.csv")]
    public void Every_aggregation_and_per_level_combination_matches_COINr(string method, string file) =>
        CoinrReference.AssertMatches(CoinrReference.Inputs("treated.csv").Build(CompositeOptions.Parse("minmax:1:100", method)), file, AllColumns);

    [Theory]
    [InlineData("amean", "0", "agg-amean-na.csv")]
    [InlineData("gmean", "0", "agg-gmean-na.csv")]
    [InlineData("hmean", "0", "agg-hmean-na.csv")]
    [InlineData("genmean:2", "0", "agg-genmean_2-na.csv")]
    [InlineData("copeland", "0", "agg-copeland-na.csv")]
    [InlineData("amean", "2:0.75,3:0.9,4:0.5", "agg-amean-na-thresh.csv")]
    [InlineData("gmean", "2:0.75,3:0.9,4:0.5", "agg-gmean-na-thresh.csv")]
    [InlineData("hmean", "2:0.75,3:0.9,4:0.5", "agg-hmean-na-thresh.csv")]
    public void With_missing_data_and_a_threshold_per_level_aggregates_are_missing_where_COINr_s_are(string method, string threshold, string file)
    {
        var result = CoinrReference.Inputs("data.csv").Build(CompositeOptions.Parse("minmax:1:100", method, threshold));
        CoinrReference.AssertMatches(result, file, AllColumns);
        var missingAggregates = result.Values.Skip(result.Layout.IndicatorCount).Sum(c => c.Count(double.IsNaN));
        // COINr's genmean is missing wherever a child is.
        Assert.True(threshold == "0" && !method.StartsWith("genmean", StringComparison.Ordinal) ? missingAggregates == 0 : missingAggregates > 0, $"{missingAggregates} missing aggregates");
    }

    [Theory]
    [InlineData("mean", "imputed-mean.csv")]
    [InlineData("median", "imputed-median.csv")]
    [InlineData("groupmean:EurAsia_group", "imputed-groupmean.csv")]
    [InlineData("groupmedian:GDP_group", "imputed-groupmedian.csv")]
    public void Imputation_fills_exactly_COINr_s_values_and_reports_every_filled_cell(string method, string file)
    {
        var data = CoinrReference.Inputs("data.csv").Data;
        var changes = new List<CellChange>();
        var expected = CoinrReference.Rows(file);
        var worst = 0.0;
        foreach (var code in data.IndicatorOrder)
        {
            var imputed = Imputer.Apply(code, data.Values[code], Imputation.Parse(method), data.Units, data.Groups, changes);
            for (var u = 0; u < data.Units.Count; u++)
                worst = Math.Max(worst, CoinrReference.RelativeError(imputed[u], CoinrReference.Number(expected[u][code])));
        }
        Assert.True(worst <= 1e-9, $"max relative error {worst:G3}");
        Assert.Equal(65, changes.Count);
        Assert.All(changes, c => Assert.True(double.IsNaN(c.Before) && c.Step == "impute"));
    }

    [Fact]
    public void COINr_s_whole_example_build_impute_treat_normalise_aggregate_is_reproduced_from_the_raw_data()
    {
        var result = CoinrReference.Inputs("data.csv").Build(CompositeOptions.Parse(impute: "groupmean:EurAsia_group", treat: "default"));
        CoinrReference.AssertMatches(result, "aggregated-example.csv", AllColumns);
        Assert.Equal(["CHE", "NLD", "DNK", "NOR", "BEL"], result.Units.Select((u, i) => (u, r: result.Ranks[i])).OrderBy(x => x.r).Take(5).Select(x => x.u));
    }

    [Fact]
    public void Treatment_winsorises_the_same_points_as_COINr_and_gives_its_values()
    {
        var data = CoinrReference.Inputs("imputed-groupmean.csv").Data;
        var expected = CoinrReference.Rows("treated.csv");
        var points = CoinrReference.Rows("treated-points.csv");
        var changes = new List<CellChange>();
        var worst = 0.0;
        foreach (var code in data.IndicatorOrder)
        {
            var treated = Treater.Apply(code, data.Values[code], Treatment.Default, data.Units, changes, []);
            for (var u = 0; u < data.Units.Count; u++)
                worst = Math.Max(worst, CoinrReference.RelativeError(treated[u], CoinrReference.Number(expected[u][code])));
        }
        Assert.True(worst <= 1e-9, $"max relative error {worst:G3}");
        var marked = points.SelectMany(row => row.Where(kv => kv.Key != "uCode" && kv.Value.Length > 0)
            .Select(kv => (row["uCode"], kv.Key, kv.Value))).OrderBy(x => x).ToList();
        Assert.Equal(35, marked.Count);
        Assert.Equal(marked, changes.Select(c => (c.Unit, c.Code, c.Reason.StartsWith("winsorised high", StringComparison.Ordinal) ? "winhi" : "winlo")).OrderBy(x => x).ToList());
    }

    [Theory]
    [InlineData(1, "weights-pca.csv")]
    [InlineData(2, "weights-pca-level2.csv")]
    public void PCA_weights_are_COINr_s_loadings_up_to_LAPACK_s_sign_per_parent(int level, string file)
    {
        var inputs = CoinrReference.Inputs("data.csv");
        var result = inputs.Build(CompositeOptions.Parse(impute: "groupmean:EurAsia_group", treat: "default", weights: $"pca:{level}"));
        var expected = CoinrReference.Rows(file).Where(r => r["Level"] == level.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(expected);
        foreach (var parent in expected.GroupBy(r => inputs.Structure.Find(r["iCode"])!.Parent))
        {
            var coinr = parent.Select(r => CoinrReference.Number(r["Weight"])).ToArray();
            var sign = Math.Sign(coinr.Sum());
            var ours = parent.Select(r => result.Weights[result.Column(r["iCode"])]).ToArray();
            for (var i = 0; i < ours.Length; i++)
                Assert.True(CoinrReference.RelativeError(ours[i], sign * coinr[i]) <= 1e-9, $"{parent.Key}: {ours[i]:R} vs {sign * coinr[i]:R}");
        }
    }

    [Fact]
    public void Correlations_within_and_between_levels_and_Cronbach_s_alpha_match_COINr()
    {
        var result = CoinrReference.Inputs("data.csv").Build(CompositeOptions.Parse(impute: "groupmean:EurAsia_group", treat: "default"));
        var analysis = CompositeAnalysis.Of(result);
        var ours = analysis.Correlations.ToDictionary(c => (c.CodeA, c.CodeB), c => c.R);
        var rows = CoinrReference.Rows("correlations.csv");
        Assert.Equal(rows.Count, ours.Count);
        foreach (var r in rows)
        {
            var key = ours.ContainsKey((r["Var2"], r["Var1"])) ? (r["Var2"], r["Var1"]) : (r["Var1"], r["Var2"]);
            Assert.True(CoinrReference.RelativeError(ours[key], CoinrReference.Number(r["Correlation"])) <= 1e-9, $"{key}");
        }
        var alphas = CoinrReference.Rows("cronbach.csv");
        Assert.Equal(alphas.Count, analysis.Alphas.Count);
        foreach (var a in alphas)
            Assert.True(CoinrReference.RelativeError(analysis.Alphas.Single(x => x.Code == a["iCode"]).Value, CoinrReference.Number(a["Alpha"])) <= 1e-9, a["iCode"]);
    }

    [Fact]
    public void Ranks_of_every_aggregate_are_COINr_s_results_table_ranks()
    {
        var result = CoinrReference.Inputs("data.csv").Build(CompositeOptions.Parse(impute: "groupmean:EurAsia_group", treat: "default"));
        var top = result.Values[result.Layout.TopColumn];
        foreach (var row in CoinrReference.Rows("results-ranks.csv"))
        {
            var u = Array.FindIndex(top, v => CoinrReference.RelativeError(v, CoinrReference.Number(row["Index"])) <= 1e-9);
            Assert.Equal(int.Parse(row["Rank"], System.Globalization.CultureInfo.InvariantCulture), result.Ranks[u]);
        }
        var conn = result.RankOf(result.Column("Conn"));
        Assert.Equal(Enumerable.Range(1, 51), conn.Order());
    }
}
