using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>
/// Small.Meta on three units. Min–max 0–100: a → (0, 50, 100), b → (100, 0, 50), c (direction −1) → (100, 0, 60).
/// P = (1·a + 3·b) / 4, Q = c, Top = (2·P + 1·Q) / 3.
/// </summary>
public sealed class AggregationTests
{
    private const string Data = """
        uCode,uName,a,b,c,GroupX
        U1,One,0,100,0,x
        U2,"Two, the second",50,0,100,y
        U3,Three,100,50,40,x
        """;

    private const string DataWithGap = """
        uCode,uName,a,b,c
        U1,One,0,100,0
        U2,Two,50,NA,100
        U3,Three,100,50,40
        """;

    private static void Near(double expected, double actual) => Assert.True(Math.Abs(expected - actual) <= 1e-12 * Math.Max(1, Math.Abs(expected)), $"expected {expected}, got {actual}");

    [Fact]
    public void Weighted_arithmetic_means_bottom_up()
    {
        var r = Small.Build(Data);
        Assert.Equal(["a", "b", "c", "P", "Q", "Top"], r.Layout.Columns.Select(c => c.Code));
        Assert.Equal([100, 0, 60], r.Values[2]);
        Near(75, r.Value("U1", "P"));
        Near(12.5, r.Value("U2", "P"));
        Near(62.5, r.Value("U3", "P"));
        Near(250.0 / 3, r.Value("U1", "Top"));
        Near(25.0 / 3, r.Value("U2", "Top"));
        Near(2.0 / 3 * 62.5 + 20, r.Value("U3", "Top"));
        Assert.Equal([1, 3, 2], r.Ranks);
    }

    [Fact]
    public void A_missing_value_is_skipped_and_the_other_weights_renormalised()
    {
        var r = Small.Build(DataWithGap);
        // b over U1, U3 only: (100, NA, 0).
        Assert.Equal([100, double.NaN, 0], r.Values[1]);
        Near(50, r.Value("U2", "P"));
        Near(25, r.Value("U3", "P"));
        Near(100.0 / 3, r.Value("U2", "Top"));
        Near(2.0 / 3 * 25 + 20, r.Value("U3", "Top"));
        Assert.Equal([1, 3, 2], r.Ranks);
    }

    [Fact]
    public void Below_the_data_availability_threshold_an_aggregate_is_missing_and_unranked()
    {
        var r = Small.Build(DataWithGap, CompositeOptions.Parse(datThresh: "0.6"));
        Assert.True(double.IsNaN(r.Value("U2", "P")));
        // Top for U2: P missing, Q present — 1/2 < 0.6, so missing too.
        Assert.True(double.IsNaN(r.Value("U2", "Top")));
        Assert.Equal([1, 0, 2], r.Ranks);
        Assert.Equal("U2,50,NA,0,NA,0,NA,NA", CompositeCsv.Aggregated(r).Split('\n')[2]);

        var atHalf = Small.Build(DataWithGap, CompositeOptions.Parse(datThresh: "0.5"));
        Near(50, atHalf.Value("U2", "P"));
    }

    [Fact]
    public void Weighted_geometric_means_on_a_positive_scale()
    {
        var r = Small.Build(Data, CompositeOptions.Parse("minmax:1:100", "gmean"));
        // U1: a = 1, b = 100, c = 100 → P = 100^(3/4), Q = 100, Top = 100^((2·3/4 + 1)/3).
        Near(Math.Pow(100, 0.75), r.Value("U1", "P"));
        Near(100, r.Value("U1", "Q"));
        Near(Math.Pow(100, 2.5 / 3), r.Value("U1", "Top"));
    }

    [Fact]
    public void The_geometric_mean_refuses_zero_naming_unit_and_indicator()
    {
        var p = Small.Problem(() => Small.Build(Data, CompositeOptions.Parse(aggregate: "gmean")));
        Assert.Equal("a", p.Code);
        Assert.StartsWith("unit U1: a is 0; the geometric mean needs values > 0", p.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_weights_file_overrides_the_structure()
    {
        var structure = WeightsReader.Apply("w.csv", "iCode,Weight\nb,1\n", Small.Structure());
        var r = CompositeIndex.Build(structure, UnitDataReader.Read("data.csv", Data, structure), CompositeOptions.Default);
        Near(50, r.Value("U1", "P"));
        Assert.Equal(1, structure.Find("a")!.Weight);
    }

    [Fact]
    public void Rank_ties_share_the_lowest_rank_and_missing_has_none() =>
        Assert.Equal([3, 1, 1, 4, 0, 5], MinRank.Descending([5, 7, 7, 1, double.NaN, 0.5]));

    [Fact]
    public void Rank_into_buffers_counts_small_sets_and_sorts_large_ones()
    {
        double[] small = [5, 7, 7, 1, double.NaN, 0.5];
        var ranks = new int[6];
        Array.Fill(ranks, -1);
        MinRank.Descending(small, ranks, new int[6], new double[6]);
        Assert.Equal([3, 1, 1, 4, 0, 5], ranks);

        // 300 values (above the counting limit): 100 at 2, 100 NaN, 100 at 1 → ranks 1, none, 101.
        var large = Enumerable.Range(0, 300).Select(i => (i % 3) switch { 0 => 2.0, 1 => double.NaN, _ => 1.0 }).ToArray();
        Assert.True(large.Length > MinRank.CountingLimit);
        var into = new int[300];
        MinRank.Descending(large, into, new int[300], new double[300]);
        Assert.Equal(Enumerable.Range(0, 300).Select(i => (i % 3) switch { 0 => 1, 1 => 0, _ => 101 }), into);
    }

    [Fact]
    public void Only_the_aggregates_above_reweighted_columns_are_reaggregated()
    {
        // Columns a, b, c, P, Q, Top; aggregates k: P = 0, Q = 1, Top = 2.
        var layout = Small.Build(Data).Layout;
        Assert.Equal([2], layout.AggregatesAbove([3, 4]));
        Assert.Equal([0, 2], layout.AggregatesAbove([0]));
        Assert.Equal([1, 2], layout.AggregatesAbove([2]));
        Assert.Empty(layout.AggregatesAbove([]));
    }

    [Theory]
    [InlineData("amean", AggregationMethod.ArithmeticMean)]
    [InlineData("GMEAN", AggregationMethod.GeometricMean)]
    public void Aggregation_names(string text, AggregationMethod method) => Assert.Equal(method, CompositeOptions.ParseAggregation(text).Default.Method);

    [Fact]
    public void Distance_to_target_reads_targets_from_the_structure()
    {
        var meta = Small.Meta.Replace("b,1,P,3,1,Indicator,NA", "b,1,P,3,1,Indicator,100", StringComparison.Ordinal);
        var r = Small.Build(Data, CompositeOptions.Parse("dist2targ"), meta);
        // a: target 80, min 0 → x / 80; c: direction −1, target 10, max 100 → (100 − x) / 90.
        Assert.Equal([0, 50.0 / 80, 100.0 / 80], r.Values[0]);
        Assert.Equal([100.0 / 90, 0, 60.0 / 90], r.Values[2]);
    }
}
