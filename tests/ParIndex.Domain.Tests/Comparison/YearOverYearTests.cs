using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Comparison;

public sealed class YearOverYearTests
{
    private static readonly CompiledFramework F = Compile(Node("1", Manual("1.1", 100)));

    /// <summary>A group whose units score the given points of 100 (so index = points).</summary>
    internal static GroupResult Current(params (string Code, decimal Index)[] units) =>
        GroupScoring.Rank("Khối", F, [.. units.Select(u => (new Unit(u.Code, u.Code, "Khối"), Score(F, Points("1.1", u.Index))))], RankingPolicy.Exact);

    private static UnitResult Unit(GroupResult g, string code) => g.Units.Single(u => u.Unit.Code == code);

    // Previous year: A 95 (1st), P1 90 (2nd), B 88 (3rd), P2 80 (4th), X 70 (5th).
    private static readonly PreviousResult[] Previous =
        [new("A", "A", 95, 1), new("P1", "P1", 90, 2), new("B", "B", 88, 3), new("P2", "P2", 80, 4), new("X", "X", 70, 5)];

    [Fact]
    public void A_unit_compares_with_itself()
    {
        var g = YearOverYear.Compare(Current(("A", 93.5m), ("B", 96)), Previous, [], CombineMode.Mean);
        var b = Unit(g, "B").Change!;
        Assert.Equal(ChangeBasis.Same, b.Basis);
        Assert.Equal(8m, b.DeltaPoints);          // 96 − 88
        Assert.Equal(2, b.DeltaRank);             // 3rd → 1st: up 2
        Assert.Equal(-1, Unit(g, "A").Change!.DeltaRank);   // 1st → 2nd: down 1
        Assert.Equal(-1.5m, Unit(g, "A").Change!.DeltaPoints);
    }

    [Fact]
    public void A_merged_unit_compares_with_the_mean_of_its_predecessors()
    {
        LineageEvent[] lineage = [new("P1", "M", LineageKind.Merge, 2025), new("P2", "M", LineageKind.Merge, 2025)];
        var g = YearOverYear.Compare(Current(("A", 95), ("M", 86.5m), ("B", 88)), Previous, lineage, CombineMode.Mean);
        var m = Unit(g, "M").Change!;
        Assert.Equal(ChangeBasis.Merged, m.Basis);
        Assert.Equal(["P1", "P2"], m.ComparedWith);
        Assert.Equal(85m, m.PreviousIndex);       // (90 + 80) / 2
        Assert.Equal(1.5m, m.DeltaPoints);
        // 85 would have come after A (95) and B (88): 3rd; M is 3rd now.
        Assert.Equal(3, m.PreviousRank);
        Assert.Equal(0, m.DeltaRank);
    }

    [Fact]
    public void A_merged_unit_may_compare_with_the_weighted_mean_of_its_predecessors()
    {
        LineageEvent[] lineage = [new("P1", "M", LineageKind.Merge, 2025, Weight: 1), new("P2", "M", LineageKind.Merge, 2025, Weight: 3)];
        var g = YearOverYear.Compare(Current(("M", 86.5m)), Previous, lineage, CombineMode.Weighted);
        var m = Unit(g, "M").Change!;
        Assert.Equal(82.5m, m.PreviousIndex);     // (1 × 90 + 3 × 80) / 4
        Assert.Equal(4m, m.DeltaPoints);
        Assert.Equal(3, m.PreviousRank);          // of the other units only A (95) and B (88) were above 82.5
    }

    [Fact]
    public void A_unit_that_absorbed_another_compares_with_both()
    {
        LineageEvent[] lineage = [new("X", "B", LineageKind.Merge, 2025)];
        var g = YearOverYear.Compare(Current(("B", 80)), Previous, lineage, CombineMode.Mean);
        var b = Unit(g, "B").Change!;
        Assert.Equal(ChangeBasis.Merged, b.Basis);
        Assert.Equal(["B", "X"], b.ComparedWith);
        Assert.Equal(79m, b.PreviousIndex);       // (88 + 70) / 2
    }

    [Fact]
    public void A_renamed_unit_compares_with_its_former_self()
    {
        var g = YearOverYear.Compare(Current(("A2", 96)), Previous, [new("A", "A2", LineageKind.Rename, 2025)], CombineMode.Mean);
        var c = Unit(g, "A2").Change!;
        Assert.Equal(ChangeBasis.Renamed, c.Basis);
        Assert.Equal(1m, c.DeltaPoints);
        Assert.Equal(0, c.DeltaRank);
    }

    [Fact]
    public void Units_split_off_another_each_compare_with_it()
    {
        LineageEvent[] lineage = [new("P2", "S1", LineageKind.Split, 2025), new("P2", "S2", LineageKind.Split, 2025)];
        var g = YearOverYear.Compare(Current(("S1", 82), ("S2", 78)), Previous, lineage, CombineMode.Mean);
        Assert.Equal(2m, Unit(g, "S1").Change!.DeltaPoints);
        Assert.Equal(-2m, Unit(g, "S2").Change!.DeltaPoints);
        Assert.Equal(ChangeBasis.Split, Unit(g, "S2").Change!.Basis);
        Assert.Equal(3, Unit(g, "S1").Change!.DeltaRank);   // 4th → 1st
    }

    [Fact]
    public void Lineage_is_followed_through_several_steps()
    {
        LineageEvent[] lineage = [new("P1", "Q", LineageKind.Rename, 2024), new("Q", "M", LineageKind.Merge, 2025), new("P2", "M", LineageKind.Merge, 2025)];
        var g = YearOverYear.Compare(Current(("M", 85)), Previous, lineage, CombineMode.Mean);
        Assert.Equal(["P1", "P2"], Unit(g, "M").Change!.ComparedWith);
    }

    [Fact]
    public void A_unit_with_no_predecessor_is_new()
    {
        var g = YearOverYear.Compare(Current(("N", 85)), Previous, [], CombineMode.Mean);
        var n = Unit(g, "N").Change!;
        Assert.Equal(ChangeBasis.New, n.Basis);
        Assert.Null(n.DeltaPoints);
        Assert.Null(n.DeltaRank);
    }

    [Fact]
    public void Delta_points_is_taken_between_published_indices()
    {
        // 88.4751 is published as 88.48; 89.3249 as 89.32; a reader sees 89.32 − 88.48 = 0.84.
        var g = YearOverYear.Compare(Current(("A", 89.3249m)), [new PreviousResult("A", "A", 88.48m, 1)], [], CombineMode.Mean);
        Assert.Equal(0.84m, Unit(g, "A").Change!.DeltaPoints);
    }
}
