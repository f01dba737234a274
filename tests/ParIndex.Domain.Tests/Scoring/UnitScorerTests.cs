using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Scoring;

public sealed class UnitScorerTests
{
    [Fact]
    public void Points_add_up_from_leaves_to_criteria_to_areas_to_the_total()
    {
        var f = Compile(Node("1", Node("1.1", Manual("1.1.1", 1), Manual("1.1.2", 2)), Manual("1.2", 3)), Node("2", Manual("2.1", 4)));
        var s = Score(f, Points("1.1.1", 0.5m), Points("1.1.2", 1), Points("1.2", 3), Points("2.1", 2));

        Assert.Equal(1.5m, s.Points[f.NodeIndex("1.1")!.Value]);
        Assert.Equal(4.5m, s.Points[f.NodeIndex("1")!.Value]);
        Assert.Equal(6.5m, s.TotalPoints);
        Assert.Equal(10m, s.TotalMax);
        Assert.Equal(65m, s.Index);
        Assert.Equal(75m, s.ComponentIndex(0));   // 4.5 / 6
        Assert.Equal(50m, s.ComponentIndex(1));   // 2 / 4
    }

    [Fact]
    public void Not_applicable_items_leave_the_denominator_Thanh_Hoa_2023_ethnic_affairs()
    {
        // Published: the provincial Ethnic Affairs Committee scored 68.32 of the 84 points that applied to it:
        // index 68.32 / 84 = 81.33 %, and it was ranked by that %.
        var f = Compile(Node("1", Manual("1.1", 84)), Node("2", Manual("2.1", 10), Manual("2.2", 6)));
        var s = Score(f, Points("1.1", 68.32m), NA("2.1"), NA("2.2"));

        Assert.Equal(84m, s.TotalMax);
        Assert.Equal(81.33m, Publish.Round(s.Index!.Value));
        Assert.Null(s.ComponentIndex(1));
    }

    [Fact]
    public void A_not_applicable_leaf_inside_an_area_rescales_that_areas_component_index()
    {
        var f = Compile(Node("1", Manual("1.1", 2), Manual("1.2", 2)));
        var s = Score(f, Points("1.1", 1.5m), NA("1.2"));
        Assert.Equal(75m, s.ComponentIndex(0));
        Assert.Equal(75m, s.Index);
    }

    [Fact]
    public void Totals_are_summed_unrounded_so_the_rounded_parts_may_differ_from_the_rounded_total()
    {
        // Areas of 33.335, 33.335 and 33.33 points: shown as 33.34 + 33.34 + 33.33 = 100.01, yet the total is 100.00.
        var f = Compile(Node("1", Manual("1.1", 40)), Node("2", Manual("2.1", 40)), Node("3", Manual("3.1", 40)));
        var s = Score(f, Points("1.1", 33.335m), Points("2.1", 33.335m), Points("3.1", 33.33m));

        var roundedParts = f.AreaNodes.Sum(a => Publish.Round(s.Points[a]));
        Assert.Equal(100.01m, roundedParts);
        Assert.Equal(100.00m, Publish.Round(s.TotalPoints));
    }

    [Theory]
    [InlineData(92.725, 92.73)]
    [InlineData(79.125, 79.13)]
    [InlineData(86.415, 86.42)]
    [InlineData(86.4149, 86.41)]
    [InlineData(-0.005, -0.01)]
    public void Publication_rounds_midpoints_away_from_zero(decimal value, decimal published) =>
        Assert.Equal(published, Publish.Round(value));

    [Fact]
    public void A_capped_criterion_never_exceeds_its_maximum()
    {
        var capped = FrameworkNode.Inner("1", "Tối đa 2", 2, Manual("1.1", 1.5m), Manual("1.2", 1.5m)) with { CapAtMax = true };
        var f = Compile(capped, Node("2", Manual("2.1", 8)));
        var s = Score(f, Points("1.1", 1.5m), Points("1.2", 1), Points("2.1", 8));
        Assert.Equal(2m, s.Points[f.NodeIndex("1")!.Value]);
        Assert.Equal(10m, s.TotalPoints);
        Assert.Equal(100m, s.Index);
    }

    [Fact]
    public void Bonus_points_add_to_the_total_but_not_to_the_maximum()
    {
        var area = FrameworkNode.Inner("1", "Chỉ đạo", 10, Manual("1.1", 10), Leaf("1.2", 1, new BonusRule(Cap: 1, PerItem: 0.5m)));
        var f = Compile(area, Node("2", Manual("2.1", 90)));
        var s = Score(f, Points("1.1", 10), ("1.2", LeafInput.Count(3)), Points("2.1", 89.5m));
        Assert.Equal(100.5m, s.TotalPoints);
        Assert.Equal(100m, s.TotalMax);
        Assert.Equal(100.5m, s.Index);
        Assert.Equal(0m, s.PointsLost(f.LeafOrdinal(f.NodeIndex("1.2")!.Value)));
    }

    [Fact]
    public void A_penalty_takes_the_total_below_the_plain_sum()
    {
        var area = FrameworkNode.Inner("1", "Công vụ", 10, Manual("1.1", 10), Leaf("1.2", 0, new BonusRule(Cap: 0, PerItem: -1, Floor: -2)));
        var f = Compile(area);
        var s = Score(f, Points("1.1", 9), ("1.2", LeafInput.Count(1)));
        Assert.Equal(8m, s.TotalPoints);
        Assert.Equal(80m, s.Index);
    }

    [Fact]
    public void A_unit_with_nothing_applicable_has_no_index()
    {
        var f = Compile(Node("1", Manual("1.1", 1)));
        Assert.Null(Score(f, NA("1.1")).Index);
    }

    [Fact]
    public void An_input_the_rule_rejects_is_never_scored()
    {
        var f = Compile(Node("1", Manual("1.1", 1)));
        Assert.Throws<ArgumentException>(() => Score(f, Points("1.1", 1.5m)));
    }
}
