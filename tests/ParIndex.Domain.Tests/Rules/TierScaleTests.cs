using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Rules;

public sealed class TierScaleTests
{
    [Fact]
    public void Well_formed_tiers_have_no_problems() =>
        Assert.Empty(Build.RatioTiers((0.9m, 2), (0.7m, 1), (0, 0)).Problems(2));

    [Fact]
    public void A_gap_at_the_bottom_is_reported() =>
        Assert.Contains(Build.RatioTiers((0.9m, 2), (0.5m, 1)).Problems(2), p => p.Contains("from 0 up to 50%") && p.Contains("gap"));

    [Fact]
    public void A_gap_between_explicit_bounds_is_reported()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(0.9m, 2), new Tier(0, 1, Max: 0.8m)]);
        Assert.Contains(scale.Problems(2), p => p.Contains("between 80% and 90%"));
    }

    [Fact]
    public void Overlapping_tiers_are_reported()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(0.7m, 2), new Tier(0, 1, Max: 0.8m)]);
        Assert.Contains(scale.Problems(2), p => p.Contains("overlap"));
    }

    [Fact]
    public void Two_tiers_meeting_at_an_inclusive_bound_overlap()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(0, 0, Max: 0.5m, MaxInclusive: true), new Tier(0.5m, 1)]);
        Assert.Contains(scale.Problems(1), p => p.Contains("overlap"));
    }

    [Fact]
    public void Two_tiers_meeting_at_an_exclusive_bound_leave_the_point_uncovered()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(0, 0, Max: 0.5m), new Tier(0.5m, 1, MinExclusive: true)]);
        Assert.Contains(scale.Problems(1), p => p.Contains("gap"));
    }

    [Fact]
    public void Ratio_tiers_must_reach_one_hundred_percent()
    {
        var scale = new TierScale(TierBasis.Ratio, [new Tier(0.5m, 1, Max: 0.9m), new Tier(0, 0)]);
        Assert.Contains(scale.Problems(1), p => p.Contains("above 90%"));
    }

    [Fact]
    public void Points_above_the_maximum_and_an_unreachable_maximum_are_reported()
    {
        Assert.Contains(Build.RatioTiers((0.9m, 3), (0, 0)).Problems(2), p => p.Contains("outside 0–2"));
        Assert.Contains(Build.RatioTiers((0.9m, 1), (0, 0)).Problems(2), p => p.Contains("no tier gives the full 2"));
    }
}
