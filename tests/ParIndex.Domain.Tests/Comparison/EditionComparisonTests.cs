using ParIndex.Domain.Comparison;
using ParIndex.Domain.Scoring;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Comparison;

public sealed class EditionComparisonTests
{
    private static readonly UnitScore X2024 = Score(TwoEditions.A, Points("1.1", 2), Points("1.2", 1), Points("2.1", 1.5m), Points("2.2", 1), Points("3.1", 1), Points("3.2", 2));

    private static readonly UnitScore X2025 = Score(TwoEditions.B, Points("1.1", 2), Points("1.2", 2), Points("2.1", 1.5m), Points("2.2", 1), Points("3.1", 3.5m), Points("3.2", 1));

    [Fact]
    public void Every_kind_of_change_compares_as_worked_by_hand()
    {
        var change = EditionComparison.ForUnit(X2025, [(X2024, 1m)], TwoEditions.AtoB, CombineMode.Mean);

        Assert.Equal(ComparisonScope.Crosswalk, change.Scope);
        // Renamed area 1: 3 / 4 = 75 % last year, 4 / 4 = 100 % now.
        Assert.Equal(("1", NodeChangeBasis.Renamed, "1", 75m, 100m, 25m), All(change.Node("1")!));
        Assert.Equal((NodeChangeBasis.Same, 50m, 100m, 50m), Facts(change.Node("1.2")!));
        // Area 2 keeps its code: 2.5 / 4 = 62.5 % both years, though its items changed.
        Assert.Equal((NodeChangeBasis.Same, 62.5m, 62.5m, 0m), Facts(change.Node("2")!));
        // Split 2.1: each successor carries its share of the old item, 0.6 × 1.5 of 0.6 × 3 = 50 %; now 1.5 / 2 = 75 % and 1 / 2 = 50 %.
        Assert.Equal((NodeChangeBasis.Split, 50m, 75m, 25m), Facts(change.Node("2.1")!));
        Assert.Equal((NodeChangeBasis.Split, 50m, 50m, 0m), Facts(change.Node("2.2")!));
        // Merged 3.1 and 3.2: (1 + 2) of (2 + 2) = 75 % last year, 3.5 / 4 = 87.5 % now.
        Assert.Equal(("3.1", NodeChangeBasis.Merged, "3.1 3.2", 75m, 87.5m, 12.5m), All(change.Node("3.1")!));
        // Area 3: 3 / 4 = 75 % → 4.5 / 5 = 90 %.
        Assert.Equal((NodeChangeBasis.Same, 75m, 90m, 15m), Facts(change.Node("3")!));
        Assert.Equal(("3.2", NodeChangeBasis.New, "", (decimal?)null, 100m, (decimal?)null), All(change.Node("3.2")!));
        // Dropped 2.2, where the unit had 1 of 1 last year.
        Assert.Equal([new DroppedNode("2.2", "Theo dõi thi hành pháp luật", 100m)], change.Dropped);
    }

    [Fact]
    public void Shares_weigh_a_split_part_that_is_merged_with_another_item()
    {
        // 2.1 of A goes 0.6 into B's 2.1 and 0.4 into B's 3.1, which also takes A's 3.1 and 3.2:
        // (1 + 2 + 0.4 × 1.5) ÷ (2 + 2 + 0.4 × 3) = 3.6 / 5.2 = 69.230769… %; now 87.5 % → 87.50 − 69.23 = 18.27.
        var crosswalk = TwoEditions.AtoB with
        {
            Links = [.. TwoEditions.AtoB.Links.Where(l => l.To != "2.2"), new("2.1", "3.1", NodeMapping.Split, 0.4m)],
        };
        var change = EditionComparison.ForUnit(X2025, [(X2024, 1m)], crosswalk, CombineMode.Mean);

        var merged = change.Node("3.1")!;
        Assert.Equal(NodeChangeBasis.Merged, merged.Basis);
        Assert.Equal(["3.1", "3.2", "2.1"], merged.From);
        Assert.Equal(69.23m, Numbers.Publish.Round(merged.Previous!.Value));
        Assert.Equal(18.27m, merged.Delta);
        Assert.Equal(NodeChangeBasis.NotComparable, change.Node("2.2")!.Basis);
    }

    [Fact]
    public void Where_nothing_of_the_predecessors_applied_the_node_is_not_comparable()
    {
        var y2024 = Score(TwoEditions.A, Points("1.1", 2), Points("1.2", 2), Points("2.1", 3), Points("2.2", 1), NA("3.1"), NA("3.2"));
        var change = EditionComparison.ForUnit(X2025, [(y2024, 1m)], TwoEditions.AtoB, CombineMode.Mean);

        Assert.Equal(("3.1", NodeChangeBasis.NotComparable, "3.1 3.2", (decimal?)null, 87.5m, (decimal?)null), All(change.Node("3.1")!));
        Assert.Equal(NodeChangeBasis.NotComparable, change.Node("3")!.Basis);
    }

    [Fact]
    public void A_unit_that_succeeded_two_units_compares_with_their_values_combined_like_its_total()
    {
        // Predecessor X: area 1 at 75 %; predecessor Y: 2 + 2 of 4 = 100 %. Mean 87.5 %; weighted 3 : 1 → 81.25 %.
        var y2024 = Score(TwoEditions.A, Points("1.1", 2), Points("1.2", 2), Points("2.1", 3), Points("2.2", 1), Points("3.1", 2), Points("3.2", 2));

        Assert.Equal(87.5m, EditionComparison.ForUnit(X2025, [(X2024, 1m), (y2024, 1m)], TwoEditions.AtoB, CombineMode.Mean).Node("1")!.Previous);
        Assert.Equal(81.25m, EditionComparison.ForUnit(X2025, [(X2024, 3m), (y2024, 1m)], TwoEditions.AtoB, CombineMode.Weighted).Node("1")!.Previous);
    }

    [Fact]
    public void Without_a_crosswalk_a_new_edition_compares_totals_only_and_the_same_edition_compares_every_node()
    {
        var totals = EditionComparison.ForUnit(X2025, [(X2024, 1m)], null, CombineMode.Mean);
        Assert.Equal((ComparisonScope.TotalsOnly, 0), (totals.Scope, totals.Nodes.Count));

        var again = Score(TwoEditions.A, Points("1.1", 1), Points("1.2", 1), Points("2.1", 3), Points("2.2", 0), Points("3.1", 2), Points("3.2", 2));
        var same = EditionComparison.ForUnit(again, [(X2024, 1m)], null, CombineMode.Mean);
        Assert.Equal(ComparisonScope.SameEdition, same.Scope);
        Assert.Equal((NodeChangeBasis.Same, 50m, 100m, 50m), Facts(same.Node("2.1")!));
        Assert.Equal((NodeChangeBasis.Same, 100m, 0m, -100m), Facts(same.Node("2.2")!));
        Assert.Empty(same.Dropped);
    }

    [Fact]
    public void The_group_means_of_last_year_are_taken_through_the_crosswalk()
    {
        var y2024 = Score(TwoEditions.A, Points("1.1", 2), Points("1.2", 2), Points("2.1", 3), Points("2.2", 1), NA("3.1"), NA("3.2"));
        var previous = Domain.Results.GroupScoring.Rank("Sở", TwoEditions.A, [(new("X", "X", "Sở"), X2024), (new("Y", "Y", "Sở"), y2024)], Domain.Ranking.RankingPolicy.Exact);

        var means = EditionComparison.PreviousMeans(previous, TwoEditions.B, TwoEditions.AtoB)!;

        Assert.Equal(87.5m, means["1"]);   // (75 + 100) / 2
        Assert.Equal(81.25m, means["2"]);  // (62.5 + 100) / 2
        Assert.Equal(75m, means["3"]);     // X only: Y had nothing applicable in area 3
        Assert.Null(EditionComparison.PreviousMeans(previous, TwoEditions.B, null));
    }

    [Fact]
    public void The_bonus_content_has_no_maximum_and_compares_in_points()
    {
        // Area 1 (1.1 of 2) and a bonus content T within [−1, 2] whose one leaf takes 0–2 points, in two editions.
        static Domain.Frameworks.CompiledFramework Edition(string code) => Domain.Frameworks.CompiledFramework.Compile(new(code, "Bộ", "Sở", ProvincialBands,
        [
            Node("1", Manual("1.1", 2)),
            new("T", "Điểm thưởng, điểm trừ", 2, [Leaf("T.1", 2, new Domain.Scoring.Rules.BonusRule(Cap: 2, Floor: -1))],
                Content: Domain.Frameworks.ContentKind.Bonus, Floor: -1),
        ]));
        var (a, b) = (Edition("E-A"), Edition("E-B"));
        var crosswalk = new Crosswalk("E-A", "E-B", [new("1", "1", NodeMapping.Same), new("1.1", "1.1", NodeMapping.Same), new("T", "T", NodeMapping.Same), new("T.1", "T.1", NodeMapping.Same)]);
        Assert.Empty(crosswalk.Validate(a, b));

        var change = EditionComparison.ForUnit(Score(b, Points("1.1", 2), Points("T.1", -0.5m)), [(Score(a, Points("1.1", 1), Points("T.1", 1.5m)), 1m)], crosswalk, CombineMode.Mean);

        // Area 1: 1 / 2 = 50 % → 2 / 2 = 100 %. Bonus: 1.5 points → −0.5 points, a change of −2 points (not a percentage of 2).
        Assert.Equal((NodeChangeBasis.Same, 50m, 100m, 50m), Facts(change.Node("1")!));
        Assert.Equal((NodeChangeBasis.Same, 1.5m, -0.5m, -2m), Facts(change.Node("T")!));
        Assert.True(change.Node("T")!.InPoints);
        Assert.Equal((NodeChangeBasis.Same, 1.5m, -0.5m, -2m), Facts(change.Node("T.1")!));
        Assert.False(change.Node("1.1")!.InPoints);
    }

    private static (NodeChangeBasis, decimal?, decimal?, decimal?) Facts(NodeChange n) => (n.Basis, n.Previous, n.Current, n.Delta);

    private static (string, NodeChangeBasis, string, decimal?, decimal?, decimal?) All(NodeChange n) =>
        (n.Code, n.Basis, string.Join(' ', n.From), n.Previous, n.Current, n.Delta);
}
