using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Comparison;

/// <summary>
/// Year-over-year change node by node across framework editions. A node of this year's edition is compared with
/// what its crosswalk links bring from last year's: the component index Σ share × points ÷ Σ share × applicable max
/// × 100 of its predecessors (a renamed or moved node: its one predecessor; a split node: its share of the old one,
/// which keeps the old node's rate; a merged node: the pooled rate of its predecessors). Nodes of the bonus/penalty
/// content have no maximum and are compared in points. A unit that succeeded several units (lineage) compares with
/// their values combined as its total is (mean or weighted mean). Two periods on the same edition compare every node
/// with itself; on different editions without a crosswalk only the totals are compared.
/// </summary>
public static class EditionComparison
{
    public static ComparisonScope ScopeOf(CompiledFramework previous, CompiledFramework current, Crosswalk? crosswalk) =>
        string.Equals(previous.Framework.Code, current.Framework.Code, StringComparison.OrdinalIgnoreCase) ? ComparisonScope.SameEdition
        : crosswalk is not null ? ComparisonScope.Crosswalk
        : ComparisonScope.TotalsOnly;

    /// <summary>
    /// The unit's change on every node of this year's edition from its predecessors' scores last year (with their
    /// lineage weights); a crosswalk is needed only when the editions differ.
    /// </summary>
    public static EditionChange ForUnit(UnitScore current, IReadOnlyList<(UnitScore Score, decimal Weight)> predecessors, Crosswalk? crosswalk, CombineMode mode)
    {
        if (predecessors.Count == 0) throw new ArgumentException("a unit with no predecessor is new: it has no node changes", nameof(predecessors));
        var was = predecessors[0].Score.Framework;
        var now = current.Framework;
        var scope = ScopeOf(was, now, crosswalk);
        if (scope == ComparisonScope.TotalsOnly) return new EditionChange(was.Framework.Code, now.Framework.Code, scope, [], []);
        var map = Map.Of(scope == ComparisonScope.SameEdition ? Crosswalk.Identity(now) : crosswalk!);

        decimal? Previous(IReadOnlyList<CrosswalkLink> links, bool inPoints) =>
            Combine(predecessors.Select(p => (Value(p.Score, links, inPoints), p.Weight)), mode);

        var nodes = new List<NodeChange>(now.Nodes.Length);
        for (var i = 0; i < now.Nodes.Length; i++)
        {
            var code = now.Nodes[i].Code;
            var inPoints = InPoints(now, i);
            var value = inPoints ? current.Points[i] : current.ApplicableMax[i] > 0 ? current.Points[i] * 100m / current.ApplicableMax[i] : (decimal?)null;
            var links = map.Into(code);
            if (links.Count == 0)
            {
                nodes.Add(new NodeChange(code, map.IsNew(code) ? NodeChangeBasis.New : NodeChangeBasis.NotComparable, [], null, value, null, inPoints));
                continue;
            }
            var previous = Previous(links, inPoints);
            var basis = previous is null ? NodeChangeBasis.NotComparable : BasisOf(links);
            nodes.Add(new NodeChange(code, basis, [.. links.Select(l => l.From!)], previous, value,
                previous is { } p && value is { } v ? Publish.Round(v) - Publish.Round(p) : null, inPoints));
        }
        var dropped = map.Dropped.Select(code => was.NodeIndex(code) is { } n
            ? new DroppedNode(was.Nodes[n].Code, was.Nodes[n].Name, Previous([new CrosswalkLink(code, null, NodeMapping.Dropped)], InPoints(was, n)))
            : null).OfType<DroppedNode>().ToList();
        return new EditionChange(was.Framework.Code, now.Framework.Code, scope, nodes, dropped);
    }

    /// <summary>
    /// Last year's group mean of each top-level node of this year's edition, taken through the crosswalk over the
    /// units of last year's results; null when only the totals compare.
    /// </summary>
    public static IReadOnlyDictionary<string, decimal?>? PreviousMeans(GroupResult previous, CompiledFramework current, Crosswalk? crosswalk)
    {
        var scope = ScopeOf(previous.Framework, current, crosswalk);
        if (scope == ComparisonScope.TotalsOnly) return null;
        var map = Map.Of(scope == ComparisonScope.SameEdition ? Crosswalk.Identity(current) : crosswalk!);
        var means = new Dictionary<string, decimal?>(StringComparer.OrdinalIgnoreCase);
        foreach (var area in current.AreaNodes)
        {
            var code = current.Nodes[area].Code;
            var links = map.Into(code);
            means[code] = links.Count == 0 ? null : Combine(previous.Units.Select(u => (Value(u.Score, links, InPoints(current, area)), 1m)), CombineMode.Mean);
        }
        return means;
    }

    /// <summary>Σ share × points ÷ Σ share × applicable max × 100 of the linked nodes (or Σ share × points in points); null when nothing applied.</summary>
    private static decimal? Value(UnitScore score, IReadOnlyList<CrosswalkLink> links, bool inPoints)
    {
        decimal points = 0, max = 0;
        foreach (var link in links)
        {
            if (score.Framework.NodeIndex(link.From!) is not { } node) continue;
            points += link.Share * score.Points[node];
            max += link.Share * score.ApplicableMax[node];
        }
        return inPoints ? points : max > 0 ? points * 100m / max : null;
    }

    private static decimal? Combine(IEnumerable<(decimal? Value, decimal Weight)> values, CombineMode mode)
    {
        var defined = values.Where(v => v.Value is not null).ToList();
        if (defined.Count == 0) return null;
        return mode == CombineMode.Weighted
            ? defined.Sum(v => v.Weight * v.Value!.Value) / defined.Sum(v => v.Weight)
            : defined.Sum(v => v.Value!.Value) / defined.Count;
    }

    private static NodeChangeBasis BasisOf(IReadOnlyList<CrosswalkLink> links) =>
        links.Count > 1 || links[0].Kind == NodeMapping.Merged ? NodeChangeBasis.Merged
        : links[0].Kind switch
        {
            NodeMapping.Renamed => NodeChangeBasis.Renamed,
            NodeMapping.Moved => NodeChangeBasis.Moved,
            NodeMapping.Split => NodeChangeBasis.Split,
            _ => NodeChangeBasis.Same,
        };

    /// <summary>Bonus leaves and everything in a bonus/penalty content have no maximum: they compare in points.</summary>
    private static bool InPoints(CompiledFramework f, int node)
    {
        if (f.Nodes[node].Rule is BonusRule) return true;
        while (f.Parent[node] >= 0) node = f.Parent[node];
        return f.Nodes[node].Content == ContentKind.Bonus;
    }

    /// <summary>A crosswalk's links by the node they reach, the new nodes and the dropped ones.</summary>
    private sealed class Map
    {
        private readonly ILookup<string, CrosswalkLink> _into;
        private readonly HashSet<string> _new;

        private Map(Crosswalk crosswalk)
        {
            _into = crosswalk.Links.Where(l => l.From is not null && l.To is not null && l.Kind is not (NodeMapping.New or NodeMapping.Dropped))
                .ToLookup(l => l.To!.Trim(), StringComparer.OrdinalIgnoreCase);
            _new = new HashSet<string>(crosswalk.Links.Where(l => l.Kind == NodeMapping.New && l.To is not null).Select(l => l.To!.Trim()), StringComparer.OrdinalIgnoreCase);
            Dropped = [.. crosswalk.Links.Where(l => l.Kind == NodeMapping.Dropped && l.From is not null).Select(l => l.From!.Trim())];
        }

        public IReadOnlyList<string> Dropped { get; }

        public static Map Of(Crosswalk crosswalk) => new(crosswalk);

        public IReadOnlyList<CrosswalkLink> Into(string code) => [.. _into[code.Trim()]];

        public bool IsNew(string code) => _new.Contains(code.Trim());
    }
}
