using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Contents;

public sealed class BonusContentTests
{
    [Fact]
    public void Bonus_points_add_to_the_total_and_the_index_divides_by_the_areas_and_survey_only()
    {
        var f = SeventyThirtyBonus.Compile();
        // Areas: 36 of 40, 18 of 20 (2.2 not applicable) = 54 of 60. Survey: 85 % × 20 = 17, 90 % × 10 = 9 → 26 of 30.
        // Bonus: 3 innovations → 3 × 1 capped at 2; 1 violation → −0.5; 2 points entered → 2 + (−0.5) + 2 = 3.5,
        // held at the content's cap of 3. Total 54 + 26 + 3 = 83 of 90 → 92.22 %; never 83 / 93 (= 89.25 %).
        var s = Score(f, Points("1.1", 36), Points("2.1", 18), NA("2.2"), ("KS.1", LeafInput.Ratio(0.85m)), ("KS.2", LeafInput.Ratio(0.9m)),
            ("T.1", LeafInput.Count(3)), ("T.2", LeafInput.Count(1)), Points("T.3", 2));

        Assert.Equal(3m, s.Points[f.NodeIndex("T")!.Value]);
        Assert.Equal(0m, s.ApplicableMax[f.NodeIndex("T")!.Value]);
        Assert.Equal(83m, s.TotalPoints);
        Assert.Equal(90m, s.TotalMax);
        Assert.Equal(92.22m, Publish.Round(s.Index!.Value));
        Assert.Equal(54m, s.PartPoints(ContentKind.Area));
        Assert.Equal(26m, s.PartPoints(ContentKind.Survey));
        Assert.Equal(3m, s.PartPoints(ContentKind.Bonus));
        Assert.Equal(100m, f.Max);
    }

    [Fact]
    public void Components_stay_within_each_part_and_the_bonus_content_has_none()
    {
        var f = SeventyThirtyBonus.Compile();
        var s = Score(f, Points("1.1", 36), Points("2.1", 18), NA("2.2"), ("KS.1", LeafInput.Ratio(0.85m)), ("KS.2", LeafInput.Ratio(0.9m)),
            ("T.1", LeafInput.Count(2)), ("T.2", LeafInput.Count(0)), Points("T.3", 0));

        Assert.Equal([ContentKind.Area, ContentKind.Area, ContentKind.Survey, ContentKind.Bonus], f.Contents);
        Assert.Equal(90m, s.ComponentIndex(0));                        // 36 / 40
        Assert.Equal(90m, s.ComponentIndex(1));                        // 18 / 20
        Assert.Equal(86.67m, Publish.Round(s.ComponentIndex(2)!.Value)); // 26 / 30
        Assert.Null(s.ComponentIndex(3));
        Assert.Equal(82m, s.TotalPoints);                              // 54 + 26 + 2
    }

    [Fact]
    public void Penalties_are_held_by_their_own_floor_and_then_by_the_contents_floor()
    {
        var f = SeventyThirtyBonus.Compile();
        // 10 violations × −0.5 = −5, held at the item's floor of −4, then at the content's floor of −3.
        var s = Score(f, Points("1.1", 40), Points("2.1", 20), Points("2.2", 10), ("KS.1", LeafInput.Ratio(1)), ("KS.2", LeafInput.Ratio(1)),
            ("T.1", LeafInput.Count(0)), ("T.2", LeafInput.Count(10)), Points("T.3", 0));

        Assert.Equal(-4m, s.Points[f.NodeIndex("T.2")!.Value]);
        Assert.Equal(-3m, s.Points[f.NodeIndex("T")!.Value]);
        Assert.Equal(97m, s.TotalPoints);
        Assert.Equal(97m, s.Index);
    }

    [Fact]
    public void A_content_that_caps_the_total_keeps_the_index_at_or_below_100()
    {
        var full = new[] { Points("1.1", 40), Points("2.1", 20), Points("2.2", 10), ("KS.1", LeafInput.Ratio(1)), ("KS.2", LeafInput.Ratio(1)),
            ("T.1", LeafInput.Count(1)), ("T.2", LeafInput.Count(0)), Points("T.3", 0.5m) };

        Assert.Equal(101.5m, Score(SeventyThirtyBonus.Compile(), full).Index);          // 100 + 1 + 0.5
        Assert.Equal(100m, Score(SeventyThirtyBonus.Compile(capTotal: true), full).Index);
    }

    [Fact]
    public void Penalties_never_take_the_total_below_zero()
    {
        var bonus = new FrameworkNode("T", "Điểm trừ", 0, [Leaf("T.1", 0, new BonusRule(Cap: 0, Floor: -5))], Content: ContentKind.Bonus, Floor: -5);
        var f = Compile(Node("1", Manual("1.1", 10)), bonus);
        var s = Score(f, Points("1.1", 2), Points("T.1", -5));
        Assert.Equal(0m, s.TotalPoints);
        Assert.Equal(0m, s.Index);
    }

    [Fact]
    public void The_trace_says_where_the_total_comes_from_and_how_the_content_was_held()
    {
        var f = SeventyThirtyBonus.Compile();
        var s = Score(f, Points("1.1", 36), Points("2.1", 18), NA("2.2"), ("KS.1", LeafInput.Ratio(0.85m)), ("KS.2", LeafInput.Ratio(0.9m)),
            ("T.1", LeafInput.Count(3)), ("T.2", LeafInput.Count(1)), Points("T.3", 2));

        var trace = ScoreTrace.For(s);

        Assert.Equal("Tổng điểm 83 / 90 điểm áp dụng → Chỉ số 92,22% (lĩnh vực 54 + điều tra xã hội học 26 + điểm thưởng/trừ 3) (tổng tối đa 100, 10 điểm không áp dụng)",
            trace[0].Explanation.Vi);
        Assert.Equal("Cộng các mục con: 2 + -0,5 + 2 = 3,5 điểm, giới hạn trong [-3; 3] → 3 điểm (ngoài tổng điểm tối đa)",
            trace.Single(l => l.Code == "T").Explanation.Vi);
    }

    [Fact]
    public void Ranking_and_bands_use_the_index_with_the_bonus()
    {
        var f = SeventyThirtyBonus.Compile();
        LeafInput[] Inputs(decimal area1, int innovations) =>
        [
            LeafInput.Points(area1), LeafInput.Points(20), LeafInput.Points(10), LeafInput.Ratio(0.8m), LeafInput.Ratio(0.8m),
            LeafInput.Count(innovations), LeafInput.Count(0), LeafInput.Points(0),
        ];
        // A: 36 + 30 + 24 + 0 = 90 → 90 % (Xuất sắc). B: 34 + 30 + 24 + 2 = 90 → 90 %, tied with A. C: 35 + 30 + 24 + 1 = 90 too.
        // D: 33 + 30 + 24 + 2 = 89 → 89 % (Tốt).
        var units = new[] { ("A", 36m, 0), ("B", 34m, 2), ("C", 35m, 1), ("D", 33m, 2) }
            .Select(x => (new Unit(x.Item1, x.Item1, "G"), UnitScorer.Score(f, Inputs(x.Item2, x.Item3)))).ToList();

        var result = GroupScoring.Rank("G", f, units, Domain.Ranking.RankingPolicy.Exact);

        Assert.Equal([1, 1, 1, 4], result.Units.Select(u => u.Rank));
        Assert.Equal(["Xuất sắc", "Xuất sắc", "Xuất sắc", "Tốt"], result.Units.Select(u => u.Band.Label));
        Assert.Null(result.Statistics.AreaMeans[3].Mean);
    }
}
