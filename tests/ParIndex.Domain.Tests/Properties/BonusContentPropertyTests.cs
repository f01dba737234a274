using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Tests.Properties;

/// <summary>Laws of the bonus/penalty content (decision 013), checked on 200 random frameworks and units each.</summary>
public sealed class BonusContentPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    /// <summary>A random framework without bonus leaves, the same with a bonus content, and inputs for the latter.</summary>
    private static (CompiledFramework Plain, CompiledFramework WithBonus, LeafInput[] Inputs) Case(int seed, bool capTotal = false)
    {
        var random = new RandomFrameworks(seed);
        var plain = random.Framework(withBonus: false);
        var withBonus = CompiledFramework.Compile(plain with { Nodes = [.. plain.Nodes, random.BonusContent(capTotal)] });
        return (CompiledFramework.Compile(plain), withBonus, random.Inputs(withBonus));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_index_never_divides_by_bonus_points(int seed)
    {
        var (plain, withBonus, inputs) = Case(seed);
        var score = UnitScorer.Score(withBonus, inputs);
        // The leaves of the areas come first, in the same order, so the plain framework scores the same inputs without the content.
        var without = UnitScorer.Score(plain, inputs[..plain.LeafNodes.Length]);
        var bonus = score.PartPoints(ContentKind.Bonus);

        Assert.Equal(without.TotalMax, score.TotalMax);
        Assert.Equal(plain.Max, withBonus.Max);
        Assert.Equal(Math.Max(without.TotalPoints + bonus, 0m), score.TotalPoints);
        Assert.Equal(score.TotalPoints * 100m / without.TotalMax, score.Index);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Every_cap_and_floor_holds(int seed)
    {
        var (_, f, inputs) = Case(seed);
        var score = UnitScorer.Score(f, inputs);
        var content = f.AreaNodes[^1];

        Assert.InRange(score.Points[content], f.Nodes[content].Floor, f.Nodes[content].Max);
        foreach (var leaf in f.LeavesUnder(content))
        {
            var rule = (BonusRule)f.Rules[leaf];
            Assert.InRange(score.Points[f.LeafNodes[leaf]], rule.Floor, rule.Cap);
        }
        Assert.True(score.Index >= 0);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Area_components_stay_within_0_and_100_and_the_content_has_none(int seed)
    {
        var (_, f, inputs) = Case(seed);
        var score = UnitScorer.Score(f, inputs);
        for (var a = 0; a < f.AreaNodes.Length - 1; a++)
            if (score.ComponentIndex(a) is { } c) Assert.InRange(c, 0m, 100m);
        Assert.Null(score.ComponentIndex(f.AreaNodes.Length - 1));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_content_that_caps_the_total_keeps_the_index_within_0_and_100(int seed)
    {
        var (_, f, inputs) = Case(seed, capTotal: true);
        Assert.InRange(UnitScorer.Score(f, inputs).Index!.Value, 0m, 100m);
    }
}
