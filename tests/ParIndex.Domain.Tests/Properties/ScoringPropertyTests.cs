using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Tests.Properties;

/// <summary>Laws that hold for any valid framework and inputs, checked on 200 random cases each.</summary>
public sealed class ScoringPropertyTests
{
    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 200)];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_total_is_the_sum_of_the_areas_and_each_area_the_sum_of_its_children(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = CompiledFramework.Compile(random.Framework(withBonus: true));
        var score = UnitScorer.Score(framework, random.Inputs(framework));

        Assert.Equal(framework.AreaNodes.Sum(a => score.Points[a]), score.TotalPoints);
        Assert.Equal(framework.AreaNodes.Sum(a => score.ApplicableMax[a]), score.TotalMax);
        for (var node = 0; node < framework.Nodes.Length; node++)
        {
            var children = framework.ChildrenOf(node).ToList();
            if (children.Count == 0) continue;
            Assert.Equal(children.Sum(c => score.Points[c]), score.Points[node]);
            Assert.Equal(children.Sum(c => score.ApplicableMax[c]), score.ApplicableMax[node]);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Without_bonus_the_index_lies_between_0_and_100(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = CompiledFramework.Compile(random.Framework(withBonus: false));
        var index = UnitScorer.Score(framework, random.Inputs(framework)).Index;
        Assert.NotNull(index);
        Assert.InRange(index!.Value, 0m, 100m);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Ranking_does_not_depend_on_the_order_units_are_given_in(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = CompiledFramework.Compile(random.Framework(withBonus: true));
        var scored = Enumerable.Range(0, 25).Select(i => (new Unit($"U{i}", $"Đơn vị {i}", "G"), UnitScorer.Score(framework, random.Inputs(framework)))).ToList();
        // A couple of exact copies, so ties are exercised too.
        scored.Add((new Unit("COPY1", "Bản sao", "G"), scored[3].Item2));
        scored.Add((new Unit("COPY2", "Bản sao", "G"), scored[7].Item2));

        var ranks = GroupScoring.Rank("G", framework, scored, RankingPolicy.Exact).Units.ToDictionary(u => u.Unit.Code, u => u.Rank);
        var shuffled = GroupScoring.Rank("G", framework, [.. random.Shuffle(scored)], RankingPolicy.Exact).Units.ToDictionary(u => u.Unit.Code, u => u.Rank);

        Assert.Equal(ranks.OrderBy(r => r.Key), shuffled.OrderBy(r => r.Key));
        Assert.Equal(ranks["U3"], ranks["COPY1"]);
        var higher = ranks.Count(r => r.Value < ranks["U7"]);
        Assert.Equal(higher + 1, ranks["U7"]);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Adding_a_not_applicable_leaf_never_changes_the_index(int seed)
    {
        var random = new RandomFrameworks(seed);
        var framework = random.Framework(withBonus: true);
        var compiled = CompiledFramework.Compile(framework);
        var inputs = random.Inputs(compiled);
        var before = UnitScorer.Score(compiled, inputs);

        // Add a 2-point leaf to a random criterion of a random area, raising both maxima to keep the sums right.
        var areaIndex = random.Pick(Enumerable.Range(0, framework.Nodes.Count).ToList());
        var area = framework.Nodes[areaIndex];
        var criterion = random.Pick(area.Children);
        var extra = Build.Manual(criterion.Code + ".8", 2);
        var grown = criterion with { Max = criterion.Max + 2, Children = [.. criterion.Children, extra] };
        var newArea = area with { Max = area.Max + 2, Children = [.. area.Children.Select(c => c == criterion ? grown : c)] };
        var bigger = CompiledFramework.Compile(framework with { Nodes = [.. framework.Nodes.Select((a, i) => i == areaIndex ? newArea : a)] });

        var newInputs = new LeafInput[bigger.LeafNodes.Length];
        for (var l = 0; l < newInputs.Length; l++)
        {
            var code = bigger.Nodes[bigger.LeafNodes[l]].Code;
            newInputs[l] = code == extra.Code ? LeafInput.NotApplicable : inputs[compiled.LeafOrdinal(compiled.NodeIndex(code)!.Value)];
        }
        var after = UnitScorer.Score(bigger, newInputs);

        Assert.Equal(before.Index, after.Index);
        Assert.Equal(before.ComponentIndex(areaIndex), after.ComponentIndex(areaIndex));
    }
}
