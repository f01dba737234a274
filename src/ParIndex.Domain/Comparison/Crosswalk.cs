using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Comparison;

/// <summary>
/// How the nodes of framework edition <see cref="From"/> map to the nodes of edition <see cref="To"/>: the same,
/// renamed, moved, split with shares, merged, new or dropped. Year-over-year changes per area and sub-criterion go
/// through it (<see cref="EditionComparison"/>); a node of the later edition that no link reaches is not comparable.
/// </summary>
public sealed record Crosswalk(string From, string To, IReadOnlyList<CrosswalkLink> Links)
{
    /// <summary>Every node maps to itself: two periods on the same edition.</summary>
    public static Crosswalk Identity(CompiledFramework framework) =>
        new(framework.Framework.Code, framework.Framework.Code, [.. framework.Nodes.Select(n => new CrosswalkLink(n.Code, n.Code, NodeMapping.Same))]);

    /// <summary>Every problem at once, each with its link and node: codes that are not in their edition, shares that do not add up, contradictions.</summary>
    public IReadOnlyList<CrosswalkProblem> Validate(CompiledFramework from, CompiledFramework to)
    {
        var problems = new List<CrosswalkProblem>();
        if (!string.Equals(From, from.Framework.Code, StringComparison.OrdinalIgnoreCase))
            problems.Add(new(null, null, $"the crosswalk is from edition {From}, not {from.Framework.Code}"));
        if (!string.Equals(To, to.Framework.Code, StringComparison.OrdinalIgnoreCase))
            problems.Add(new(null, null, $"the crosswalk is to edition {To}, not {to.Framework.Code}"));

        for (var i = 0; i < Links.Count; i++)
        {
            var link = Links[i];
            void Add(string? node, string message, CrosswalkField field) => problems.Add(new(i, node, message, field));
            var needsFrom = link.Kind != NodeMapping.New;
            var needsTo = link.Kind != NodeMapping.Dropped;
            if (needsFrom != !string.IsNullOrWhiteSpace(link.From))
                Add(link.To, needsFrom ? $"a {Name(link.Kind)} link needs the earlier node's code" : "a new node has no earlier node", CrosswalkField.From);
            if (needsTo != !string.IsNullOrWhiteSpace(link.To))
                Add(link.From, needsTo ? $"a {Name(link.Kind)} link needs the later node's code" : "a dropped node has no later node", CrosswalkField.To);
            if (!string.IsNullOrWhiteSpace(link.From) && from.NodeIndex(link.From) is null)
                Add(link.From, $"there is no node '{Excerpt.Of(link.From)}' in {from.Framework.Code}", CrosswalkField.From);
            if (!string.IsNullOrWhiteSpace(link.To) && to.NodeIndex(link.To) is null)
                Add(link.To, $"there is no node '{Excerpt.Of(link.To)}' in {to.Framework.Code}", CrosswalkField.To);
            if (link.Share is <= 0 or > 1)
                Add(link.From ?? link.To, $"the share {NumberText.Invariant(link.Share)} is outside (0, 1]", CrosswalkField.Share);
            else if (link.Share != 1 && link.Kind is not (NodeMapping.Split or NodeMapping.Merged))
                Add(link.From ?? link.To, $"only a split or merged link has a share below 1, not a {Name(link.Kind)} one", CrosswalkField.Share);
        }

        foreach (var g in Links.Select((l, i) => (Link: l, Index: i)).Where(x => !string.IsNullOrWhiteSpace(x.Link.From))
                     .GroupBy(x => x.Link.From!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var links = g.ToList();
            var repeated = links.GroupBy(x => x.Link.To?.Trim(), StringComparer.OrdinalIgnoreCase).Where(t => t.Key is not null && t.Count() > 1).ToList();
            foreach (var twice in repeated)
                problems.Add(new(twice.Skip(1).First().Index, g.Key, $"{g.Key} → {twice.Key} is given {twice.Count()} times", CrosswalkField.To));
            if (links.Any(x => x.Link.Kind == NodeMapping.Dropped) && links.Count > 1)
                problems.Add(new(links[0].Index, g.Key, $"{g.Key} is dropped and also mapped", CrosswalkField.Kind));
            // A pair given twice already explains why the shares do not add up.
            else if (repeated.Count == 0 && links.Sum(x => x.Link.Share) is var sum && sum != 1m)
                problems.Add(new(links[0].Index, g.Key, $"the shares of {g.Key} add up to {NumberText.Invariant(sum)}, not 1", CrosswalkField.Share));
        }
        foreach (var g in Links.Select((l, i) => (Link: l, Index: i)).Where(x => !string.IsNullOrWhiteSpace(x.Link.To))
                     .GroupBy(x => x.Link.To!.Trim(), StringComparer.OrdinalIgnoreCase))
        {
            var links = g.ToList();
            if (links.Any(x => x.Link.Kind == NodeMapping.New) && links.Count > 1)
                problems.Add(new(links[0].Index, g.Key, $"{g.Key} is new and also mapped from an earlier node", CrosswalkField.Kind));
            else if (links.Count > 1 && links.Any(x => x.Link.Kind is not (NodeMapping.Merged or NodeMapping.Split)))
                problems.Add(new(links[0].Index, g.Key, $"{g.Key} has {links.Count} earlier nodes: each of their links is merged (or split)", CrosswalkField.Kind));
        }
        return problems;
    }

    /// <summary>The links' names in the file formats.</summary>
    public static string Name(NodeMapping kind) => kind switch
    {
        NodeMapping.Same => "same",
        NodeMapping.Renamed => "renamed",
        NodeMapping.Moved => "moved",
        NodeMapping.Split => "split",
        NodeMapping.Merged => "merged",
        NodeMapping.New => "new",
        _ => "dropped",
    };
}
