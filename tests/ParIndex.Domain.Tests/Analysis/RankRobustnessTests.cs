using ParIndex.Domain.Analysis;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Analysis;

public sealed class RankRobustnessTests
{
    [Fact]
    public void Zero_perturbation_collapses_every_interval_to_the_official_rank()
    {
        var r = RankRobustness.Run(SmallGroup.Current(), new RobustnessOptions(Draws: 200, WeightNoise: 0m, Seed: 7));
        Assert.All(r.Units, u => Assert.Equal((u.OfficialRank, u.OfficialRank, u.OfficialRank), (u.Low, u.Median, u.High)));
        Assert.Empty(r.Groups);
        Assert.Equal([1, 2, 3, 4], r.Units.Select(u => u.Group));
    }

    [Fact]
    public void A_unit_ahead_in_every_area_keeps_rank_one_whatever_the_weights()
    {
        // A leads every area (100 and 80 against at most 80 and 60), and an index is a weighted mean of components.
        var r = RankRobustness.Run(SmallGroup.Current(), new RobustnessOptions(Draws: 2000, WeightNoise: 0.5m, Seed: 3));
        var a = r.Units.Single(u => u.Code == "A");
        Assert.Equal((1, 1, 1), (a.Low, a.Median, a.High));
    }

    // E: area 1 full (10), area 2 nothing → 50; F: area 1 nothing, area 2 9 → 45; G nothing → 0.
    // F passes E when 9·w₂ > 10·w₁, which weights within ±50 % often allow; G stays last.
    private static readonly Domain.Results.GroupResult Close = SmallGroup.Rank(
        ("E", SmallGroup.Of(6, 4, 0, 0)), ("F", SmallGroup.Of(0, 0, 5, 4)), ("G", SmallGroup.Of(0, 0, 0, 0)));

    [Fact]
    public void Units_whose_intervals_overlap_are_grouped_as_indistinguishable()
    {
        var r = RankRobustness.Run(Close, new RobustnessOptions(Draws: 1000, WeightNoise: 0.5m, Seed: 11));
        var e = r.Units.Single(u => u.Code == "E");
        var f = r.Units.Single(u => u.Code == "F");
        Assert.Equal((1, 2), (e.Low, e.High));
        Assert.Equal((1, 2), (f.Low, f.High));
        Assert.Equal([["E", "F"]], r.Groups);
        Assert.Equal((1, 1, 2), (e.Group, f.Group, r.Units.Single(u => u.Code == "G").Group));
        Assert.Equal((3, 3), (r.Units.Single(u => u.Code == "G").Low, r.Units.Single(u => u.Code == "G").High));
    }

    [Fact]
    public void The_same_seed_gives_the_same_result_and_another_seed_other_draws()
    {
        var options = new RobustnessOptions(Draws: 301, WeightNoise: 0.3m, Seed: 42);
        var first = RankRobustness.Run(Close, options);
        var again = RankRobustness.Run(Close, options);
        Assert.Equal(first.Units, again.Units);
        Assert.Equal(first.Groups, again.Groups);
    }

    [Fact]
    public void Inputs_drawn_within_their_intervals_are_re_scored_by_their_rule()
    {
        // 1.1 is proportional (max 10). E: ratio 0.5 and 5 points on 2.1 → 10 / 20 = 50; F: 0.6 and 4.5 → 52.5.
        // E's ratio drawn in [0.5, 0.9] passes F when 10·r + 5 > 10.5, i.e. r > 0.55: 87.5 % of draws.
        var framework = Compile(Node("1", Leaf("1.1", 10, new ProportionalRule())), Node("2", Manual("2.1", 10)));
        var g = Domain.Results.GroupScoring.Rank("Sở, ban, ngành", framework,
        [
            (new Domain.Results.Unit("E", "Đơn vị E", "Sở, ban, ngành"), Score(framework, ("1.1", LeafInput.Ratio(0.5m)), Points("2.1", 5))),
            (new Domain.Results.Unit("F", "Đơn vị F", "Sở, ban, ngành"), Score(framework, ("1.1", LeafInput.Ratio(0.6m)), Points("2.1", 4.5m))),
        ], Domain.Ranking.RankingPolicy.Exact);
        var r = RankRobustness.Run(g, new RobustnessOptions(Draws: 4000, WeightNoise: 0m, Seed: 5, Intervals: [new LeafInterval("E", "1.1", 0.5m, 0.9m)]));
        var e = r.Units.Single(u => u.Code == "E");
        var f = r.Units.Single(u => u.Code == "F");
        Assert.Equal((2, 1, 1, 2), (e.OfficialRank, e.Low, e.Median, e.High));
        Assert.Equal((1, 1, 2, 2), (f.OfficialRank, f.Low, f.Median, f.High));
    }

    [Fact]
    public void An_interval_outside_what_the_rule_accepts_is_refused()
    {
        var framework = Compile(Node("1", Leaf("1.1", 10, new ProportionalRule())));
        var g = Domain.Results.GroupScoring.Rank("Sở, ban, ngành", framework,
            [(new Domain.Results.Unit("E", "Đơn vị E", "Sở, ban, ngành"), Score(framework, ("1.1", LeafInput.Ratio(0.5m))))], Domain.Ranking.RankingPolicy.Exact);
        Assert.Throws<ArgumentException>(() => RankRobustness.Run(g, new RobustnessOptions(Intervals: [new LeafInterval("E", "1.1", 0.5m, 1.5m)])));
    }
}
