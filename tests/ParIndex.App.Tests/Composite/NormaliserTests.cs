using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

public sealed class NormaliserTests
{
    private static readonly IndexNode Up = new("x", 1, "P", 1, 1, true, new IndicatorParameters(Target: 5));
    private static readonly IndexNode Down = Up with { Direction = -1, Parameters = new IndicatorParameters(Target: 2) };

    private static double[] Run(IndexNode node, double[] x, string how, List<string>? warnings = null) =>
        Normaliser.Apply(node, x, Normalisation.Parse(how), [.. x.Select((_, i) => $"U{i + 1}")], warnings ?? []);

    [Fact]
    public void Minmax_maps_min_and_max_onto_the_bounds() =>
        Assert.Equal([0, 25, 50, 100], Run(Up, [1, 2, 3, 5], "minmax"));

    [Fact]
    public void Minmax_reverses_for_direction_minus_one() =>
        Assert.Equal([100, 75, 50, 0], Run(Down, [1, 2, 3, 5], "minmax:0:100"));

    [Fact]
    public void Minmax_onto_one_to_ten() =>
        Assert.Equal([1, 3.25, 5.5, 10], Run(Up, [1, 2, 3, 5], "minmax:1:10"));

    [Fact]
    public void Missing_values_stay_missing_and_do_not_count_for_min_or_max() =>
        Assert.Equal([0, double.NaN, 100, 50], Run(Up, [2, double.NaN, 4, 3], "minmax"));

    [Fact]
    public void A_constant_indicator_gives_NaN_and_a_warning_as_COINr()
    {
        var warnings = new List<string>();
        Assert.All(Run(Up, [3, 3, 3], "minmax", warnings), v => Assert.True(double.IsNaN(v)));
        Assert.Contains("same value", Assert.Single(warnings), StringComparison.Ordinal);
    }

    [Fact]
    public void Zscore_uses_the_sample_standard_deviation()
    {
        // mean 5, Σ(x − 5)² = 32, sample sd = √(32/7).
        var sd = Math.Sqrt(32.0 / 7);
        var z = Run(Up, [2, 4, 4, 4, 5, 5, 7, 9], "zscore");
        Assert.Equal(-3 / sd, z[0], 12);
        Assert.Equal(0, z[4], 12);
        Assert.Equal(4 / sd, z[7], 12);
        var scaled = Run(Up, [2, 4, 4, 4, 5, 5, 7, 9], "zscore:100:10");
        Assert.Equal(100 + 40 / sd, scaled[7], 12);
        Assert.Equal(100 + 30 / sd, Run(Down, [2, 4, 4, 4, 5, 5, 7, 9], "zscore:100:10")[0], 12);
    }

    [Fact]
    public void Rank_is_ascending_with_ties_at_the_lowest_rank_and_missing_kept()
    {
        Assert.Equal([2, 3, 3, 1, double.NaN], Run(Up, [10, 20, 20, 5, double.NaN], "rank"));
        Assert.Equal([3, 1, 1, 4, double.NaN], Run(Down, [10, 20, 20, 5, double.NaN], "rank"));
    }

    [Fact]
    public void Distance_to_target_from_the_worst_value()
    {
        // direction 1, target 5, min 2: (x − 2) / 3.
        var up = Run(Up, [2, 4, 8], "dist2targ");
        Assert.Equal([0, 2.0 / 3, 2], up);
        Assert.Equal([0, 2.0 / 3, 1], Run(Up, [2, 4, 8], "dist2targ:cap"));
        // direction −1, target 2, max 8: (8 − x) / 6.
        Assert.Equal([1, 4.0 / 6, 0], Run(Down, [2, 4, 8], "dist2targ"));
        Assert.Equal([1, 1, 0], Run(Down, [1, 2, 8], "dist2targ:cap"));
        Assert.Equal([1, 1, 0], Run(Down with { Parameters = new IndicatorParameters(Target: 2, CapAtTarget: true) }, [1, 2, 8], "dist2targ"));
    }

    [Theory]
    [InlineData("minmax:5")]
    [InlineData("minmax:10:0")]
    [InlineData("zscore:0:0")]
    [InlineData("rank:1")]
    [InlineData("dist2targ:x")]
    [InlineData("target")]
    [InlineData("dist2ref:0")]
    [InlineData("goalposts:1:1:10")]
    public void Bad_method_texts_are_refused(string text)
    {
        var p = Small.Problem(() => Normalisation.Parse(text));
        Assert.StartsWith($"--normalise {text}:", p.Message, StringComparison.Ordinal);
    }
}
