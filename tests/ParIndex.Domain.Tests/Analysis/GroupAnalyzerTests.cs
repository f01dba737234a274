using ParIndex.Domain.Analysis;

namespace ParIndex.Domain.Tests.Analysis;

public sealed class GroupAnalyzerTests
{
    private static readonly GroupAnalysis Analysis = GroupAnalyzer.Analyse(SmallGroup.Compared(), SmallGroup.LastYear(),
    [
        // A scored 2.2 at 5 itself; the appraisal gave 3. B's 2.2 came from elsewhere (not self-assessed).
        new SelfAppraisal("A", "Đơn vị A", SmallGroup.Of(6, 4, 5, 5), SmallGroup.Of(6, 4, 5, 3), [true, true, true, true]),
        new SelfAppraisal("B", "Đơn vị B", SmallGroup.Of(6, 2, 5, 0), SmallGroup.Of(6, 2, 5, 1), [true, true, true, false]),
    ], unit: "C");

    [Fact]
    public void Overview_gives_this_and_last_years_figures_and_the_bands_with_shares()
    {
        var o = Analysis.Overview;
        Assert.Equal(4, o.Count);
        Assert.Equal((60m, 60m, 30m, 90m), (o.Mean, o.Median, o.Min, o.Max)); // (90 + 70 + 50 + 30) / 4; (70 + 50) / 2
        Assert.Equal((60m, 60m, 20m, 100m), (o.PreviousMean!.Value, o.PreviousMedian!.Value, o.PreviousMin!.Value, o.PreviousMax!.Value));
        Assert.Equal(
            [new BandShare("Xuất sắc", 1, 0.25m), new BandShare("Tốt", 0, 0m), new BandShare("Khá", 1, 0.25m), new BandShare("Trung bình", 1, 0.25m), new BandShare("Yếu", 1, 0.25m)],
            o.Bands);
        Assert.Equal(["A", "B"], o.UnitsAboveMean);
    }

    [Fact]
    public void Risers_and_fallers_follow_lineage()
    {
        var o = Analysis.Overview;
        // A 80 → 90 (+10, 2nd → 1st); D was X: 25 → 30 (+5, 4th → 4th); B 88 → 70 (−18, 1st → 2nd); C 55 → 50 (−5).
        Assert.Equal([("A", 10m), ("D", 5m)], o.RisersByPoints.Select(m => (m.Code, m.DeltaPoints)));
        Assert.Equal([("B", -18m), ("C", -5m)], o.FallersByPoints.Select(m => (m.Code, m.DeltaPoints)));
        Assert.Equal([("A", 1)], o.RisersByRank.Select(m => (m.Code, m.DeltaRank)));
        Assert.Equal([("B", -1)], o.FallersByRank.Select(m => (m.Code, m.DeltaRank)));
    }

    [Fact]
    public void Components_give_area_means_against_last_year_the_weakest_first_and_the_matrix()
    {
        var c = Analysis.Components;
        // Area 1: (100 + 80 + 70 + 60) / 4 = 77.5, last year (100 + 40) / 2 = 70; area 2: (80 + 60 + 30 + 0) / 4 = 42.5, last year 50.
        Assert.Equal([("1", 77.5m, 70m), ("2", 42.5m, 50m)], c.Areas.Select(a => (a.Code, a.Mean!.Value, a.PreviousMean!.Value)));
        Assert.Equal(["2", "1"], c.Weakest.Select(a => a.Code));
        Assert.Equal(["A", "B", "C", "D"], c.Matrix.Select(r => r.Code));
        Assert.Equal([70m, 30m], c.Matrix[2].Areas.Select(a => a!.Value));
    }

    [Fact]
    public void Lost_points_are_summed_per_sub_criterion_with_the_share_of_units_losing_any()
    {
        var l = Analysis.LostPoints;
        // 1.1: C lost 3; 1.2: B 2 + D 4; 2.1: C 3 + D 5; 2.2: A 2 + B 4 + C 4 + D 5.
        Assert.Equal([("1.1", 3m, 1), ("1.2", 6m, 2), ("2.1", 8m, 2), ("2.2", 15m, 4)], l.Leaves.Select(x => (x.Code, x.PointsLost, x.UnitsLosing)));
        Assert.Equal(1m, l.Leaves[3].ShareLosing);
        Assert.Equal(0.25m, l.Leaves[0].ShareLosing);
        Assert.Equal(["2.2", "2.1", "1.2", "1.1"], l.Top.Select(x => x.Code));
        // C's own list, most lost first; the tie 1.1 / 2.1 (3 each) keeps framework order.
        Assert.Equal([("2.2", 4m), ("1.1", 3m), ("2.1", 3m)], l.Unit!.Leaves.Select(x => (x.Code, x.Lost)));
    }

    [Fact]
    public void Self_assessment_quality_compares_only_what_units_scored_themselves()
    {
        var q = Analysis.SelfAssessment!;
        var a = q.Units.Single(u => u.Code == "A");
        Assert.Equal((20m, 18m, 2m), (a.SelfPoints, a.AppraisedPoints, a.Gap));
        Assert.Equal([0m, 2m], a.AreaGaps);
        Assert.Equal((4, 1), (a.ItemsAssessed, a.ItemsChanged));
        var b = q.Units.Single(u => u.Code == "B");
        Assert.Equal((13m, 13m, 3, 0), (b.SelfPoints, b.AppraisedPoints, b.ItemsAssessed, b.ItemsChanged));
        Assert.Equal(["A"], q.TopOverScorers.Select(u => u.Code));
        Assert.Equal((7, 1), (q.ItemsAssessed, q.ItemsChanged));
        Assert.Equal(1m / 7m, q.ShareChanged);
    }

    [Fact]
    public void Without_last_year_or_self_assessments_those_parts_are_empty()
    {
        var g = GroupAnalyzer.Analyse(SmallGroup.Current());
        Assert.Null(g.Overview.PreviousMean);
        Assert.Empty(g.Overview.RisersByPoints);
        Assert.Null(g.Components.Areas[0].PreviousMean);
        Assert.Null(g.SelfAssessment);
        Assert.Null(g.LostPoints.Unit);
    }
}
