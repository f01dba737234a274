using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Results;

public sealed class GroupScoringTests
{
    // Two areas: 1 (1.1 max 60, 1.2 max 10) and 2 (2.1 max 30): 100 points.
    private static readonly CompiledFramework F = Compile(Node("1", Manual("1.1", 60), Manual("1.2", 10)), Node("2", Manual("2.1", 30)));

    private static GroupResult Rank(params (string Code, decimal P11, decimal? P12, decimal P21)[] units) =>
        GroupScoring.Rank("Sở, ban, ngành", F, [.. units.Select(u => (new Unit(u.Code, "Đơn vị " + u.Code, "Sở, ban, ngành"),
            Score(F, Points("1.1", u.P11), u.P12 is { } p ? Points("1.2", p) : NA("1.2"), Points("2.1", u.P21))))], RankingPolicy.Exact);

    [Fact]
    public void Bands_take_the_published_index_at_their_inclusive_lower_bound()
    {
        var g = Rank(("A", 60, 10, 20), ("B", 50, 10, 20), ("C", 49.995m, 10, 20), ("D", 49.994m, 10, 20), ("E", 30, 0, 20), ("F", 10, 0, 20));
        string Band(string code) => g.Units.Single(u => u.Unit.Code == code).Band.Label;
        Assert.Equal("Xuất sắc", Band("A"));   // 90.00
        Assert.Equal("Tốt", Band("B"));        // 80.00
        Assert.Equal("Tốt", Band("C"));        // 79.995 is published as 80.00: the table a reader checks says 80.00
        Assert.Equal("Khá", Band("D"));        // 79.994 → 79.99
        Assert.Equal("Trung bình", Band("E")); // 50.00
        Assert.Equal("Yếu", Band("F"));        // 30.00
    }

    [Fact]
    public void Group_statistics_are_plain_means_of_exact_indices()
    {
        // Indices: A 90, B 80, C 70 (63 of the 90 points that apply to it), D 60.
        var g = Rank(("A", 60, 10, 20), ("B", 50, 10, 20), ("C", 42, null, 21), ("D", 30, 10, 20));
        var s = g.Statistics;
        Assert.Equal(4, s.Count);
        Assert.Equal(75m, s.Mean);
        Assert.Equal(75m, s.Median);
        Assert.Equal(60m, s.Min);
        Assert.Equal(90m, s.Max);
        Assert.Equal(["A", "B"], s.UnitsAboveMean);
        Assert.Equal([("Xuất sắc", 1), ("Tốt", 1), ("Khá", 1), ("Trung bình", 1), ("Yếu", 0)], s.Bands);
        // Area 1: A 70/70, B 60/70, C 42/60, D 40/70 → (100 + 85.714… + 70 + 57.142…) / 4 = 78.214…
        Assert.Equal(78.21m, Numbers.Publish.Round(s.AreaMeans[0].Mean!.Value));
        Assert.Equal("1", s.AreaMeans[0].Area);
    }

    [Fact]
    public void Median_of_an_odd_count_is_the_middle_index()
    {
        var g = Rank(("A", 60, 10, 20), ("B", 50, 10, 20), ("D", 30, 10, 20));
        Assert.Equal(80m, g.Statistics.Median);
    }

    [Fact]
    public void Most_points_lost_sums_each_sub_criterion_over_the_units_it_applies_to()
    {
        var g = Rank(("A", 60, 10, 20), ("B", 50, 10, 20), ("C", 42, null, 21), ("D", 30, 10, 20));
        var lost = g.Statistics.MostPointsLost;
        // 1.1: 0 + 10 + 18 + 30 = 58 by 3 of 4 units; 2.1: 10 + 10 + 9 + 10 = 39 by all 4; 1.2: nothing lost.
        Assert.Equal(["1.1", "2.1"], lost.Select(l => l.Code));
        Assert.Equal(58m, lost[0].PointsLost);
        Assert.Equal(3, lost[0].UnitsLosing);
        Assert.Equal(0.75m, lost[0].ShareLosing);
        Assert.Equal(39m, lost[1].PointsLost);
        Assert.Equal(4, lost[1].UnitsLosing);
    }

    [Fact]
    public void Units_are_listed_by_rank_then_code()
    {
        var g = Rank(("Z", 50, 10, 20), ("B", 60, 10, 20), ("A", 50, 10, 20));
        Assert.Equal(["B", "A", "Z"], g.Units.Select(u => u.Unit.Code));
        Assert.Equal([1, 2, 2], g.Units.Select(u => u.Rank));
    }
}
