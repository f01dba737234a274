using ParIndex.Domain.Surveys;

namespace ParIndex.Domain.Tests.Surveys;

/// <summary>Sample sizes, allocation, weights and intervals worked by hand.</summary>
public sealed class SurveyMathTests
{
    [Theory]
    [InlineData(1000, "0.05", 286)]    // 1000 / (1 + 1000 × 0.0025) = 1000 / 3.5 = 285.71 → 286
    [InlineData(10000, "0.05", 385)]   // 10000 / 26 = 384.6 → 385
    [InlineData(400, "0.05", 200)]     // 400 / 2 = 200 exactly: no rounding up
    [InlineData(0, "0.05", 0)]
    [InlineData(50, "0.1", 34)]        // 50 / 1.5 = 33.3 → 34
    public void Sample_size_is_Yamane_rounded_up(long population, string margin, long expected) =>
        Assert.Equal(expected, SampleSize.For(population, decimal.Parse(margin, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_margin_outside_zero_to_one_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SampleSize.For(100, 0m));

    [Fact]
    public void Allocation_is_proportional_by_largest_remainder_and_sums_exactly()
    {
        // Quotas 3.15, 2.45, 1.40: floors 3 + 2 + 1 = 6, the one left goes to the largest remainder (B, 0.45).
        Assert.Equal([("A", 3L), ("B", 3L), ("C", 1L)], SampleSize.Allocate(7, [("A", 45), ("B", 35), ("C", 20)]));
        Assert.Equal([("A", 5L), ("B", 3L), ("C", 2L)], SampleSize.Allocate(10, [("A", 50), ("B", 30), ("C", 20)]));
        // Equal remainders (1/3 each) and equal populations: the earlier stratum gets the unit left.
        Assert.Equal([("A", 4L), ("B", 3L), ("C", 3L)], SampleSize.Allocate(10, [("A", 1), ("B", 1), ("C", 1)]));
        // Quotas 0.5 and 1.5: floors 0 + 1, remainders both 0.5, so the larger population (L) gets the unit left.
        Assert.Equal([("S", 0L), ("L", 2L)], SampleSize.Allocate(2, [("S", 1), ("L", 3)]));
    }

    [Fact]
    public void Allocation_sums_to_the_total_for_many_random_cases()
    {
        var random = new Random(5);
        for (var i = 0; i < 300; i++)
        {
            var strata = Enumerable.Range(0, random.Next(1, 12)).Select(j => ($"U{j}", (long)random.Next(0, 5000))).ToList();
            var total = random.Next(0, 3000);
            var allocation = SampleSize.Allocate(total, strata);
            Assert.Equal(strata.Sum(s => s.Item2) == 0 ? 0 : total, allocation.Sum(a => a.Sample));
            var sum = (double)strata.Sum(s => s.Item2);
            foreach (var ((_, population), (_, sample)) in strata.Zip(allocation))
                Assert.True(sum == 0 || Math.Abs(sample - total * population / sum) < 1, "each stratum within one of its quota");
        }
    }

    [Fact]
    public void Design_weights_are_population_over_responses_per_stratum()
    {
        var a = new Stratum("A", RespondentType.Citizen);
        var b = new Stratum("B", RespondentType.Citizen);
        var c = new Stratum("B", RespondentType.Business);
        var (weights, problems) = Weights.Design(
            new Dictionary<Stratum, long> { [a] = 4, [b] = 3, [c] = 2 },
            new Dictionary<Stratum, long> { [a] = 100, [b] = 30 });
        Assert.Equal(25, weights[a]);   // 100 / 4
        Assert.Equal(10, weights[b]);   // 30 / 3
        Assert.Equal("stratum B/Business has 2 responses but no population", Assert.Single(problems));

        var (unweighted, none) = Weights.Design(new Dictionary<Stratum, long> { [a] = 4 }, null);
        Assert.Equal(1, unweighted[a]);
        Assert.Empty(none);
    }

    [Fact]
    public void Raking_matches_the_known_shares_within_each_unit_and_keeps_its_total()
    {
        // Unit A: 3 women, 1 man (weights 1) but the population is half and half: women 2/3 each, the man 2.
        Respondent R(string id, string unit, string sex) => new(id, unit, RespondentType.Citizen, new Dictionary<string, string[]> { ["sex"] = [sex] });
        var respondents = new[] { R("1", "A", "f"), R("2", "A", "f"), R("3", "A", "f"), R("4", "A", "m"), R("5", "B", "f"), R("6", "B", "m") };
        var raked = Weights.Rake(respondents, [1, 1, 1, 1, 5, 5], [new Margin("sex", new Dictionary<string, double> { ["f"] = 0.5, ["m"] = 0.5 })]);
        Assert.Equal(2.0 / 3, raked[0], 12);
        Assert.Equal(2.0, raked[3], 12);
        Assert.Equal(5.0, raked[4], 12);   // B already matches
        Assert.Equal(4.0, raked[..4].Sum(), 12);
    }

    [Fact]
    public void Raking_refuses_a_category_with_a_share_but_no_respondent()
    {
        var respondents = new[] { new Respondent("1", "A", RespondentType.Citizen, new Dictionary<string, string[]> { ["sex"] = ["f"] }) };
        var e = Assert.Throws<ArgumentException>(() => Weights.Rake(respondents, [1], [new Margin("sex", new Dictionary<string, double> { ["f"] = 0.5, ["m"] = 0.5 })]));
        Assert.Contains("no respondent answered 'm'", e.Message);
    }

    [Fact]
    public void Unweighted_share_mean_and_intervals_by_hand()
    {
        // Scores 5, 4, 3, 2 (weight 1): satisfied (≥ 4) 2 of 4 → 0.5; mean 3.5; n_eff = 16 / 4 = 4.
        var a = new Accumulator();
        foreach (var s in new[] { 5.0, 4, 3, 2 }) a.Add(s, 1, 4);
        var e = a.Result()!;
        Assert.Equal(4, e.Count);
        Assert.Equal(4, e.EffectiveN, 12);
        Assert.Equal(0.5, e.Share, 12);
        Assert.Equal(3.5, e.Mean, 12);
        // Wilson, p = 0.5, n = 4, z = 1.96: centre (0.5 + z²/8) / (1 + z²/4) = 0.5; half-width
        // z / (1 + z²/4) · √(0.25/4 + z²/64) = 0.34996 → [0.15004, 0.84996].
        Assert.Equal(0.150039, e.ShareCi!.Value.Low, 6);
        Assert.Equal(0.849961, e.ShareCi!.Value.High, 6);
        // Variance (25 + 16 + 9 + 4)/4 − 3.5² = 1.25, × 4/3 = 1.6667; half-width 1.96 · √(1.6667 / 4) = 1.26515.
        Assert.Equal(3.5 - 1.265151, e.MeanCi!.Value.Low, 6);
        Assert.Equal(3.5 + 1.265151, e.MeanCi!.Value.High, 6);
    }

    [Fact]
    public void Weighted_share_uses_Kish_effective_sample_size()
    {
        // Scores 5, 3, 4 with weights 2, 1, 1: Σw = 4, Σw² = 6, n_eff = 16/6 = 2.667; satisfied weight 2 + 1 = 3 → 0.75;
        // mean (10 + 3 + 4) / 4 = 4.25; weighted variance 18.75 − 4.25² = 0.6875.
        var a = new Accumulator();
        a.Add(5, 2, 4);
        a.Add(3, 1, 4);
        a.Add(4, 1, 4);
        var e = a.Result()!;
        Assert.Equal(16.0 / 6, e.EffectiveN, 12);
        Assert.Equal(0.75, e.Share, 12);
        Assert.Equal(4.25, e.Mean, 12);
        Assert.Equal(0.238502, e.ShareCi!.Value.Low, 6);
        Assert.Equal(0.966370, e.ShareCi!.Value.High, 6);
        Assert.Equal(4.25 - 1.258810, e.MeanCi!.Value.Low, 6);
    }

    [Fact]
    public void One_respondent_has_no_interval_and_the_threshold_is_inclusive()
    {
        var a = new Accumulator();
        a.Add(3.5, 7, 3.5);
        var e = a.Result()!;
        Assert.Equal(1, e.Share);
        Assert.Null(e.ShareCi);
        Assert.Null(e.MeanCi);
        Assert.Null(new Accumulator().Result());
    }
}
