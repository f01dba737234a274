using ParIndex.Domain.Analysis;

namespace ParIndex.Domain.Tests.Analysis;

public sealed class WhatIfTests
{
    [Fact]
    public void Options_are_ordered_by_index_gain_times_the_share_of_peers_achieving_them()
    {
        // C (index 50 of 20 points) lost 3 on 1.1 (gain 15, A B D all full: 3/3 → 15), 3 on 2.1 (gain 15, A and B
        // full, D not: 2/3 → 10) and 4 on 2.2 (gain 20, no peer full: 0).
        var plan = WhatIf.For(SmallGroup.Current(), "C");
        Assert.Equal([("1.1", 15m, 3, 15m), ("2.1", 15m, 2, 10m), ("2.2", 20m, 0, 0m)],
            plan.Options.Select(o => (o.Code, o.IndexGain, o.PeersAchieving, o.Priority)));
        Assert.All(plan.Options, o => Assert.Equal(3, o.Peers));
    }

    [Fact]
    public void Next_band_and_next_rank_say_how_many_points_and_which_sub_criteria()
    {
        // Khá starts at 70: 20 index points = 4 of C's 20 points; 1.1 gives 3, then 2.1 covers the rest.
        var plan = WhatIf.For(SmallGroup.Current(), "C");
        Assert.Equal("Khá", plan.NextBand!.Label);
        Assert.Equal((20m, 4m), (plan.NextBand.IndexNeeded, plan.NextBand.PointsNeeded));
        Assert.Equal(["1.1", "2.1"], plan.NextBand.Path!.Select(o => o.Code));
        // The next rank up is B's at 70: the same 4 points.
        Assert.Equal("B (2)", plan.NextRank!.Label);
        Assert.Equal(4m, plan.NextRank.PointsNeeded);
    }

    [Fact]
    public void The_unit_at_the_top_has_no_next_band_or_rank()
    {
        var plan = WhatIf.For(SmallGroup.Current(), "A");
        Assert.Null(plan.NextBand);
        Assert.Null(plan.NextRank);
        Assert.Equal([("2.2", 10m)], plan.Options.Select(o => (o.Code, o.IndexGain)));
    }

    [Fact]
    public void The_path_takes_options_in_priority_order_until_their_points_cover_the_need()
    {
        // B (70) lost 2 on 1.2 (gain 10; A and C full, D not: 2/3) and 4 on 2.2 (gain 20; no peer full: 0).
        // Tốt (80) needs 10 index points = 2 points: 1.2 alone. A's rank (90) needs 4 points: 1.2, then 2.2.
        var b = WhatIf.For(SmallGroup.Current(), "B");
        Assert.Equal(["1.2", "2.2"], b.Options.Select(o => o.Code));
        Assert.Equal(6.6666666667m, Math.Round(b.Options[0].Priority, 10));
        Assert.Equal(("Tốt", 2m), (b.NextBand!.Label, b.NextBand.PointsNeeded));
        Assert.Equal(["1.2"], b.NextBand.Path!.Select(o => o.Code));
        Assert.Equal(["1.2", "2.2"], b.NextRank!.Path!.Select(o => o.Code));
    }

    [Fact]
    public void A_target_beyond_every_point_left_has_no_path()
    {
        // With a bonus leaf (outside the maximum) A reaches 110; Z, missing 1 of 10, can reach 100 at most.
        var f = Build.Compile(Build.Node("1", Build.Manual("1.1", 10), Build.Leaf("1.2", 1, new Domain.Scoring.Rules.BonusRule(1, 1))));
        var g = Domain.Results.GroupScoring.Rank("Sở, ban, ngành", f,
        [
            (new Domain.Results.Unit("A", "Đơn vị A", "Sở, ban, ngành"), Build.Score(f, Build.Points("1.1", 10), ("1.2", Domain.Scoring.LeafInput.Count(1)))),
            (new Domain.Results.Unit("Z", "Đơn vị Z", "Sở, ban, ngành"), Build.Score(f, Build.Points("1.1", 9), ("1.2", Domain.Scoring.LeafInput.Count(0)))),
        ], Domain.Ranking.RankingPolicy.Exact);
        var z = WhatIf.For(g, "Z");
        Assert.Equal(2m, z.NextRank!.PointsNeeded);
        Assert.Null(z.NextRank.Path);
    }
}
