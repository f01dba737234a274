using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Analysis;

/// <summary>One unit's ranks over the draws: the official rank, and the median and 5–95 % interval of the simulated ranks.</summary>
public sealed record UnitRankInterval(string Code, string Name, int OfficialRank, int Median, int Low, int High, int Group);

/// <summary>
/// The robustness of a group's ranking. Units whose intervals chain together by overlapping form one
/// <see cref="Groups"/> entry (only groups of two or more units are listed); <see cref="UnitRankInterval.Group"/>
/// numbers every unit's group from 1, in order of official rank.
/// </summary>
public sealed record RobustnessResult(RobustnessOptions Options, IReadOnlyList<UnitRankInterval> Units, IReadOnlyList<IReadOnlyList<string>> Groups);

/// <summary>
/// Monte Carlo over area weights and uncertain inputs. Every draw recomputes each unit's index with the framework's
/// own scores (re-scored by <see cref="UnitScorer"/> where an input is drawn) as Σ wₐ·pointsₐ / Σ wₐ·maxₐ × 100 —
/// the official index when every weight is 1 — and ranks them with <see cref="Ranker"/> under the period's policy.
/// <para>Quantiles use the nearest-rank definition: Q(p) is the smallest rank r such that at least ⌈p·N⌉ of the N
/// draws gave a rank ≤ r; the median is Q(0.5) (the lower median when N is even).</para>
/// <para>Indistinguishable units: sort units by (low, high, official rank); a unit joins the current group when its
/// low end is at most the largest high end of the group so far (closed intervals overlap or touch at a shared rank),
/// else it starts a new group. So two units are in one group exactly when a chain of overlapping 5–95 % intervals
/// links them.</para>
/// </summary>
public static class RankRobustness
{
    public static RobustnessResult Run(GroupResult result, RobustnessOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Draws, 1, nameof(options));
        if (options.WeightNoise is < 0 or >= 1) throw new ArgumentOutOfRangeException(nameof(options), "the weight noise is a fraction in [0, 1)");
        var framework = result.Framework;
        var units = result.Units;
        var n = units.Count;
        var areas = framework.AreaNodes;
        var points = new decimal[n, areas.Length];
        var max = new decimal[n, areas.Length];
        for (var u = 0; u < n; u++) Fill(points, max, u, units[u].Score, areas);

        var intervals = Intervals(result, options.Intervals ?? []);
        var policy = options.Policy ?? RankingPolicy.Exact;
        var random = new Random(options.Seed);
        var counts = new int[n, n + 1];
        var weights = new decimal[areas.Length];
        var indices = new decimal[n];
        for (var d = 0; d < options.Draws; d++)
        {
            for (var a = 0; a < areas.Length; a++) weights[a] = 1m + (decimal)(random.NextDouble() * 2 - 1) * options.WeightNoise;
            foreach (var (u, leaves) in intervals)
            {
                var inputs = units[u].Score.Inputs.ToArray();
                foreach (var (leaf, low, high) in leaves)
                    inputs[leaf] = inputs[leaf] with { Value = low + (decimal)random.NextDouble() * (high - low), Numerator = null, Denominator = null };
                Fill(points, max, u, UnitScorer.Score(framework, inputs), areas);
            }
            for (var u = 0; u < n; u++)
            {
                decimal p = 0, m = 0;
                for (var a = 0; a < areas.Length; a++)
                {
                    p += weights[a] * points[u, a];
                    m += weights[a] * max[u, a];
                }
                indices[u] = m > 0 ? p * 100m / m : 0m;
            }
            var ranks = Ranker.Rank(indices, policy);
            for (var u = 0; u < n; u++) counts[u, ranks[u]]++;
        }

        var quantileCounts = RobustnessOptions.Quantiles.Select(q => (int)Math.Ceiling(q * options.Draws)).ToArray();
        var bounds = new (int Low, int Median, int High)[n];
        for (var u = 0; u < n; u++)
        {
            var q = new int[3];
            int cumulative = 0, next = 0;
            for (var r = 1; r <= n && next < 3; r++)
            {
                cumulative += counts[u, r];
                while (next < 3 && cumulative >= quantileCounts[next]) q[next++] = r;
            }
            bounds[u] = (q[0], q[1], q[2]);
        }
        var (groupOf, groups) = Chain(units, bounds);
        var list = units.Select((x, u) => new UnitRankInterval(x.Unit.Code, x.Unit.Name, x.Rank, bounds[u].Median, bounds[u].Low, bounds[u].High, groupOf[u])).ToList();
        return new RobustnessResult(options, list, groups);
    }

    private static void Fill(decimal[,] points, decimal[,] max, int u, UnitScore score, int[] areas)
    {
        for (var a = 0; a < areas.Length; a++)
        {
            points[u, a] = score.Points[areas[a]];
            max[u, a] = score.ApplicableMax[areas[a]];
        }
    }

    private static List<(int Unit, List<(int Leaf, decimal Low, decimal High)> Leaves)> Intervals(GroupResult result, IReadOnlyList<LeafInterval> intervals)
    {
        var framework = result.Framework;
        var list = new List<(int, List<(int, decimal, decimal)>)>();
        foreach (var byUnit in intervals.GroupBy(i => i.Unit, StringComparer.OrdinalIgnoreCase))
        {
            var u = result.Units.ToList().FindIndex(x => string.Equals(x.Unit.Code, byUnit.Key, StringComparison.OrdinalIgnoreCase));
            if (u < 0) throw new ArgumentException($"{byUnit.Key}: no such unit in group {result.Group}");
            var leaves = new List<(int, decimal, decimal)>();
            foreach (var i in byUnit)
            {
                var node = framework.NodeIndex(i.Leaf) ?? throw new ArgumentException($"{i.Leaf}: no such sub-criterion in {framework.Framework.Code}");
                var leaf = framework.LeafOrdinal(node);
                if (leaf < 0) throw new ArgumentException($"{i.Leaf} is not a sub-criterion");
                if (i.Low > i.High) throw new ArgumentException($"{i.Unit} {i.Leaf}: the interval's low end {i.Low} is above its high end {i.High}");
                var input = result.Units[u].Score.Inputs[leaf];
                if (input.Kind is InputKind.Missing or InputKind.NotApplicable) continue;
                foreach (var bound in new[] { i.Low, i.High })
                    if (framework.Rules[leaf].Reject(input with { Value = bound, Numerator = null, Denominator = null }, framework.Nodes[node].Max) is { } why)
                        throw new ArgumentException($"{i.Unit} {i.Leaf}: {why}");
                leaves.Add((leaf, i.Low, i.High));
            }
            if (leaves.Count > 0) list.Add((u, leaves));
        }
        return list;
    }

    private static (int[] GroupOf, List<IReadOnlyList<string>> Groups) Chain(IReadOnlyList<UnitResult> units, (int Low, int Median, int High)[] bounds)
    {
        var order = Enumerable.Range(0, units.Count).OrderBy(u => bounds[u].Low).ThenBy(u => bounds[u].High).ThenBy(u => units[u].Rank).ToList();
        var chains = new List<List<int>>();
        var end = int.MinValue;
        foreach (var u in order)
        {
            if (chains.Count == 0 || bounds[u].Low > end) chains.Add([]);
            chains[^1].Add(u);
            end = Math.Max(chains[^1].Count == 1 ? bounds[u].High : end, bounds[u].High);
        }
        var ordered = chains.Select(c => c.OrderBy(u => units[u].Rank).ThenBy(u => units[u].Unit.Code, StringComparer.Ordinal).ToList())
            .OrderBy(c => units[c[0]].Rank).ToList();
        var groupOf = new int[units.Count];
        for (var g = 0; g < ordered.Count; g++)
            foreach (var u in ordered[g]) groupOf[u] = g + 1;
        return (groupOf, [.. ordered.Where(c => c.Count > 1).Select(c => (IReadOnlyList<string>)[.. c.Select(u => units[u].Unit.Code)])]);
    }
}
