using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

public sealed class UncertaintyTests
{
    private static readonly IReadOnlyList<WeightNoise> Pillars25 = WeightNoise.ParseList("2:0.25");

    [Fact]
    public void Without_noise_every_interval_collapses_to_the_nominal_rank()
    {
        var nominal = CoinrAsem.Build();
        var rows = RankUncertainty.Run(nominal, WeightNoise.ParseList("2:0,3:0"), 50, 7);
        Assert.Equal(51, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Equal(r.Nominal, r.Median);
            Assert.Equal(r.Nominal, r.Q5);
            Assert.Equal(r.Nominal, r.Q95);
            Assert.Equal(r.Nominal, r.Mean);
        });
        Assert.Equal(1, rows.Single(r => r.Unit == "CHE").Nominal);
    }

    [Fact]
    public void A_seed_reproduces_the_file_byte_for_byte_and_another_seed_differs()
    {
        var nominal = CoinrAsem.Build();
        var first = CompositeCsv.Uncertainty(RankUncertainty.Run(nominal, Pillars25, 200, 42));
        var again = CompositeCsv.Uncertainty(RankUncertainty.Run(CoinrAsem.Build(), Pillars25, 200, 42));
        var other = CompositeCsv.Uncertainty(RankUncertainty.Run(nominal, Pillars25, 200, 43));
        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
        Assert.StartsWith("uCode,Nominal,Mean,Median,Q5,Q95\n", first, StringComparison.Ordinal);
        Assert.Equal(52, first.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Noise_moves_ranks_of_close_units_but_intervals_hold_the_nominal_rank_for_most()
    {
        var rows = RankUncertainty.Run(CoinrAsem.Build(), Pillars25, 500, 1);
        Assert.Contains(rows, r => r.Q95 > r.Q5);
        Assert.All(rows, r => Assert.True(r.Q5 <= r.Median && r.Median <= r.Q95));
        Assert.True(rows.Count(r => r.Q5 <= r.Nominal && r.Nominal <= r.Q95) >= 45);
    }

    [Fact]
    public void A_unit_far_ahead_keeps_a_narrow_interval()
    {
        // LEAD is best on every indicator: whatever the weights, it is first. B and C swap with the weights.
        const string data = """
            uCode,a,b,c
            LEAD,100,100,0
            B,60,10,50
            C,10,60,50
            LAST,0,0,100
            """;
        var nominal = Small.Build(data);
        var rows = RankUncertainty.Run(nominal, WeightNoise.ParseList("1:0.9,2:0.5"), 400, 3);
        var lead = rows.Single(r => r.Unit == "LEAD");
        Assert.Equal((1, 1.0, 1.0, 1.0, 1.0), (lead.Nominal, lead.Mean, lead.Median, lead.Q5, lead.Q95));
        var b = rows.Single(r => r.Unit == "B");
        Assert.Equal((2.0, 3.0), (b.Q5, b.Q95));
        Assert.Equal(4.0, rows.Single(r => r.Unit == "LAST").Q95);
    }

    [Fact]
    public void Quantiles_are_R_type_7()
    {
        // R: quantile(c(1, 2, 3, 4, 10), c(0.05, 0.5, 0.95)) → 1.2, 3, 8.8; index = 1 + (n − 1)·p.
        double[] x = [1, 2, 3, 4, 10];
        Assert.Equal(1.2, Quantile.Type7(x, 0.05), 12);
        Assert.Equal(3, Quantile.Type7(x, 0.5));
        Assert.Equal(8.8, Quantile.Type7(x, 0.95), 12);
        Assert.Equal(2.5, Quantile.Type7([1, 2, 3, 4], 0.5));
        Assert.Equal(1, Quantile.Type7([1, 2, 3, 4], 0));
        Assert.Equal(4, Quantile.Type7([1, 2, 3, 4], 1));
        Assert.Equal(7, Quantile.Type7([7], 0.95));
        Assert.Equal(3, Quantile.Type7([3, 3, 3, 9], 0.5));
        Assert.True(double.IsNaN(Quantile.Type7([], 0.5)));
    }

    [Fact]
    public void SplitMix64_gives_the_reference_sequence()
    {
        // Reference values of SplitMix64 seeded with 0 (Vigna's splitmix64.c).
        var g = new SplitMix64(0);
        Assert.Equal(0xE220A8397B1DCDAFUL, g.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, g.Next());
        Assert.Equal(0x06C45D188009454FUL, g.Next());
        var d = new SplitMix64(5).NextDouble();
        Assert.InRange(d, 0, 1);
    }

    [Theory]
    [InlineData("2")]
    [InlineData("x:0.1")]
    [InlineData("2:1.5")]
    [InlineData("2:-0.1")]
    [InlineData("2:0.1,2:0.2")]
    [InlineData(",")]
    public void Bad_noise_texts_are_refused(string text) =>
        Assert.StartsWith("--noise", Small.Problem(() => WeightNoise.ParseList(text)).Message, StringComparison.Ordinal);

    [Fact]
    public void Noise_on_the_top_level_or_an_absent_level_is_refused()
    {
        var nominal = CoinrAsem.Build();
        Assert.Contains("levels 1 to 3", Small.Problem(() => RankUncertainty.Run(nominal, WeightNoise.ParseList("4:0.1"), 10, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("levels 1 to 3", Small.Problem(() => RankUncertainty.Run(nominal, WeightNoise.ParseList("7:0.1"), 10, 1)).Message, StringComparison.Ordinal);
        Assert.Contains("≥ 1", Small.Problem(() => RankUncertainty.Run(nominal, Pillars25, 0, 1)).Message, StringComparison.Ordinal);
    }
}

public sealed class UncertaintyThreadTests
{
    [Fact]
    public void One_thread_and_every_core_give_the_same_summaries_for_a_seed_and_another_seed_differs()
    {
        var nominal = CoinrAsem.Build();
        var noise = WeightNoise.ParseList("2:0.25,3:0.25");
        var one = RankUncertainty.Run(nominal, noise, 400, 7, threads: 1);
        var four = RankUncertainty.Run(nominal, noise, 400, 7, threads: 4);
        Assert.Equal(one, four);
        Assert.NotEqual(one, RankUncertainty.Run(nominal, noise, 400, 8, threads: 4));
    }
}
