using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Tests.Properties;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Scoring;

public sealed class InputPaletteTests
{
    [Fact]
    public void A_palette_row_scores_like_the_same_inputs_given_one_by_one()
    {
        // Area 1: 1.1 (max 1) + 1.2 (max 2, NA) + 1.3 (max 3); area 2: 2.1 (max 4).
        // Unit A: 0.5 + NA + 3 = 3.5 of 4 (87.5 %), 2 of 4 (50 %): 5.5 of 8 → 68.75.
        // Unit B: shares 1.1's 0.5 and 2.1's 2 with A (the same palette entries): 0.5 + 1 + 1 = 2.5 of 6, 2 of 4 → 4.5 of 10 = 45.
        var f = Compile(Node("1", Manual("1.1", 1), Manual("1.2", 2), Manual("1.3", 3)), Node("2", Manual("2.1", 4)));
        var palette = new InputPalette(f);
        var half = palette.Add(0, LeafInput.Points(0.5m));
        var two = palette.Add(3, LeafInput.Points(2));
        int[] a = [half, InputPalette.NotApplicable, palette.Add(2, LeafInput.Points(3)), two];
        int[] b = [half, palette.Add(1, LeafInput.Points(1)), palette.Add(2, LeafInput.Points(1)), two];

        var sa = UnitScorer.Score(palette, a);
        var sb = UnitScorer.Score(palette, b);

        Assert.Equal((5.5m, 8m, 68.75m), (sa.TotalPoints, sa.TotalMax, sa.Index!.Value));
        Assert.Equal((87.5m, 50m), (sa.ComponentIndex(0)!.Value, sa.ComponentIndex(1)!.Value));
        Assert.Equal((4.5m, 10m, 45m), (sb.TotalPoints, sb.TotalMax, sb.Index!.Value));
        Assert.Equal(2.5m, sb.AreaPoints(0));
        Assert.Equal(0m, sa.PointsLost(1));   // not applicable: nothing lost
        Assert.Equal(2m, sb.PointsLost(2));   // 1 of 3
        Assert.Equal(InputKind.NotApplicable, sa.Inputs[1].Kind);
        Assert.Equal(3.5m, sa.Points[f.NodeIndex("1")!.Value]);
        Assert.Equal(4m, sa.ApplicableMax[f.NodeIndex("1")!.Value]);
        Assert.Equal(0m, sa.ApplicableMax[f.NodeIndex("1.2")!.Value]);
    }

    [Fact]
    public void A_new_row_is_all_missing_and_scores_zero()
    {
        var f = Compile(Node("1", Manual("1.1", 1)), Node("2", Manual("2.1", 4)));
        var s = UnitScorer.Score(new InputPalette(f), new int[2]);
        Assert.Equal(InputKind.Missing, s.Inputs[0].Kind);
        Assert.Equal((0m, 5m), (s.TotalPoints, s.TotalMax));
        Assert.Equal(4m, s.PointsLost(1));
    }

    [Fact]
    public void An_input_its_rule_cannot_score_throws_when_the_row_is_scored_not_when_it_is_added()
    {
        var f = Compile(Node("1", Manual("1.1", 1)));
        var palette = new InputPalette(f);
        var wrong = palette.Add(0, LeafInput.Pass(true));   // a manual leaf takes points, not pass/fail
        var e = Assert.Throws<ArgumentException>(() => UnitScorer.Score(palette, [wrong]));
        Assert.StartsWith("1.1: ", e.Message);
        Assert.Throws<ArgumentException>(() => UnitScorer.Score(palette, [0, 0]));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 100)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void On_random_frameworks_a_palette_row_gives_every_number_the_inputs_give(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = CompiledFramework.Compile(random.Framework(withBonus: seed % 2 == 0));
        var inputs = random.Inputs(framework);
        var palette = new InputPalette(framework);
        var row = inputs.Select((input, leaf) => palette.Add(leaf, input)).ToArray();

        var expected = UnitScorer.Score(framework, inputs);
        var actual = UnitScorer.Score(palette, row);

        Assert.Equal(expected.TotalPoints, actual.TotalPoints);
        Assert.Equal(expected.TotalMax, actual.TotalMax);
        Assert.Equal(expected.Index, actual.Index);
        Assert.Equal(expected.Inputs, actual.Inputs);
        for (var a = 0; a < framework.AreaNodes.Length; a++)
        {
            Assert.Equal(expected.ComponentIndex(a), actual.ComponentIndex(a));
            Assert.Equal(expected.AreaPoints(a), actual.AreaPoints(a));
        }
        for (var leaf = 0; leaf < inputs.Length; leaf++) Assert.Equal(expected.PointsLost(leaf), actual.PointsLost(leaf));
        Assert.Equal(expected.Points, actual.Points);
        Assert.Equal(expected.ApplicableMax, actual.ApplicableMax);
        foreach (var kind in Enum.GetValues<ContentKind>()) Assert.Equal(expected.PartPoints(kind), actual.PartPoints(kind));
    }
}
