using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.Domain.Comparison;

/// <summary>
/// Compares a group's results with the previous period's published results, following unit lineage.
/// A renamed unit compares with its former self, a unit split off another with that unit, a merged unit with the
/// combination (mean or weighted mean) of its predecessors' published indices; its previous rank is the place that
/// combined index would have taken among the other units of the previous ranking. A unit with no predecessor is new.
/// Δ points is taken between published (two-decimal) indices, so it always matches the difference a reader
/// computes from the two published tables.
/// </summary>
public static class YearOverYear
{
    public static GroupResult Compare(GroupResult current, IReadOnlyList<PreviousResult> previous, IReadOnlyList<LineageEvent> lineage, CombineMode mode)
    {
        var byCode = new Dictionary<string, PreviousResult>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in previous) byCode[p.Unit] = p;
        var into = lineage.ToLookup(e => e.To, StringComparer.OrdinalIgnoreCase);
        var units = current.Units.Select(u => u with { Change = ChangeFor(u, byCode, into, previous, mode) }).ToList();
        return current with { Units = units };
    }

    /// <summary>The units of the previous results a unit is compared with, through lineage, with their weights (empty: new).</summary>
    public static IReadOnlyList<(string Unit, decimal Weight)> PredecessorsOf(string unit, IReadOnlyList<PreviousResult> previous, IReadOnlyList<LineageEvent> lineage)
    {
        var byCode = new Dictionary<string, PreviousResult>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in previous) byCode[p.Unit] = p;
        return [.. Predecessors(unit, byCode, lineage.ToLookup(e => e.To, StringComparer.OrdinalIgnoreCase)).Found.Select(f => (f.Result.Unit, f.Weight))];
    }

    private static Change ChangeFor(UnitResult unit, Dictionary<string, PreviousResult> byCode, ILookup<string, LineageEvent> into,
        IReadOnlyList<PreviousResult> previous, CombineMode mode)
    {
        var (found, kinds) = Predecessors(unit.Unit.Code, byCode, into);
        if (found.Count == 0) return new Change(ChangeBasis.New, [], null, null, null, null);

        var basis = found.Count == 1 && string.Equals(found[0].Result.Unit, unit.Unit.Code, StringComparison.OrdinalIgnoreCase) ? ChangeBasis.Same
            : found.Count > 1 || kinds.Contains(LineageKind.Merge) ? ChangeBasis.Merged
            : kinds.Contains(LineageKind.Split) ? ChangeBasis.Split
            : ChangeBasis.Renamed;

        decimal previousIndex;
        int previousRank;
        if (found.Count == 1)
        {
            previousIndex = found[0].Result.Index;
            previousRank = found[0].Result.Rank;
        }
        else
        {
            previousIndex = mode == CombineMode.Weighted
                ? found.Sum(f => f.Weight * f.Result.Index) / found.Sum(f => f.Weight)
                : found.Sum(f => f.Result.Index) / found.Count;
            var predecessors = found.Select(f => f.Result.Unit).ToHashSet(StringComparer.OrdinalIgnoreCase);
            previousRank = 1 + previous.Count(p => !predecessors.Contains(p.Unit) && p.Index > previousIndex);
        }
        var deltaPoints = Publish.Round(unit.Index) - Publish.Round(previousIndex);
        return new Change(basis, [.. found.Select(f => f.Result.Unit)], previousIndex, previousRank, deltaPoints, previousRank - unit.Rank);
    }

    /// <summary>
    /// Walks lineage backwards from a unit to the units of the previous period. A unit found there stops the walk
    /// except for units merged into it; older history beyond it is not the previous period's.
    /// </summary>
    private static (List<(PreviousResult Result, decimal Weight)> Found, HashSet<LineageKind> Kinds) Predecessors(
        string code, Dictionary<string, PreviousResult> byCode, ILookup<string, LineageEvent> into)
    {
        var found = new List<(PreviousResult, decimal)>();
        var kinds = new HashSet<LineageKind>();
        var visited = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var pending = new Stack<(string Code, decimal Weight)>();
        pending.Push((code, 1m));
        while (pending.Count > 0)
        {
            var (x, weight) = pending.Pop();
            if (!visited.Add(x)) continue;
            var present = byCode.TryGetValue(x, out var result);
            if (present) found.Add((result!, weight));
            foreach (var e in into[x].Where(e => !present || e.Kind == LineageKind.Merge))
            {
                if (!visited.Contains(e.From)) kinds.Add(e.Kind);
                pending.Push((e.From, e.Kind == LineageKind.Merge ? e.Weight : weight));
            }
        }
        found.Sort((a, b) => string.CompareOrdinal(a.Item1.Unit, b.Item1.Unit));
        return (found, kinds);
    }
}
