using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Results;

/// <summary>Turns the scores of one unit group into ranked, banded results with the group's statistics.</summary>
public static class GroupScoring
{
    public const int LostPointsListed = 10;

    public static GroupResult Rank(string group, CompiledFramework framework, IReadOnlyList<(Unit Unit, UnitScore Score)> scored, RankingPolicy policy)
    {
        foreach (var (unit, score) in scored)
            if (score.Index is null) throw new ArgumentException($"{unit.Code}: no sub-criterion applies, so the unit has no index");

        var indices = scored.Select(s => s.Score.Index!.Value).ToArray();
        var ranks = Ranker.Rank(indices, policy);
        var units = scored
            .Select((s, i) => new UnitResult(s.Unit, s.Score, ranks[i], framework.BandFor(Numbers.Publish.Round(indices[i]))))
            .OrderBy(u => u.Rank).ThenBy(u => u.Unit.Code, StringComparer.Ordinal)
            .ToList();
        return new GroupResult(group, framework, units, Statistics(framework, units));
    }

    public static GroupStatistics Statistics(CompiledFramework framework, IReadOnlyList<UnitResult> units)
    {
        var indices = units.Select(u => u.Index).Order().ToArray();
        var count = indices.Length;
        if (count == 0) return new GroupStatistics(0, 0, 0, 0, 0, [], [], [], []);

        var mean = indices.Sum() / count;
        var median = count % 2 == 1 ? indices[count / 2] : (indices[count / 2 - 1] + indices[count / 2]) / 2m;
        var bands = framework.BandsDescending.Select(b => (b.Label, units.Count(u => u.Band == b))).ToList();
        var areaMeans = framework.AreaNodes.Select((node, ordinal) =>
        {
            decimal sum = 0;
            var n = 0;
            foreach (var u in units)
                if (u.Score.ComponentIndex(ordinal) is { } c) { sum += c; n++; }
            return (framework.Nodes[node].Code, n > 0 ? sum / n : (decimal?)null);
        }).ToList();
        var above = units.Where(u => u.Index > mean).Select(u => u.Unit.Code).ToList();
        return new GroupStatistics(count, mean, median, indices[0], indices[^1], bands, areaMeans, above, MostPointsLost(framework, units));
    }

    private static List<LeafLoss> MostPointsLost(CompiledFramework framework, IReadOnlyList<UnitResult> units) =>
        [.. LeafLosses(framework, units)
            .Where(l => l.PointsLost > 0)
            .OrderByDescending(l => l.PointsLost).ThenByDescending(l => l.UnitsLosing)
            .Take(LostPointsListed)];

    /// <summary>Points lost on every leaf across the units, in framework order (bonus leaves lose nothing).</summary>
    public static IReadOnlyList<LeafLoss> LeafLosses(CompiledFramework framework, IReadOnlyList<UnitResult> units)
    {
        var leaves = framework.LeafNodes;
        var lost = new decimal[leaves.Length];
        var losing = new int[leaves.Length];
        var applicable = new int[leaves.Length];
        foreach (var u in units)
            for (var leaf = 0; leaf < leaves.Length; leaf++)
            {
                if (!framework.CountsTowardMax[leaves[leaf]]) continue;
                var (l, notApplicable) = u.Score.Leaf(leaf);
                if (notApplicable) continue;
                applicable[leaf]++;
                lost[leaf] += l;
                if (l > 0) losing[leaf]++;
            }
        return [.. Enumerable.Range(0, leaves.Length)
            .Select(leaf => new LeafLoss(framework.Nodes[leaves[leaf]].Code, framework.Nodes[leaves[leaf]].Name, lost[leaf], losing[leaf], applicable[leaf]))];
    }
}
