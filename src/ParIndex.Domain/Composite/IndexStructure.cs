using ParIndex.Domain.Text;
namespace ParIndex.Domain.Composite;

/// <summary>
/// The validated tree of a composite index: indicators at level 1, aggregates above, one top aggregate. Every parent
/// exists and is one level up, there is no cycle, and under every aggregate the weights are not all zero.
/// </summary>
public sealed class IndexStructure
{
    private readonly Dictionary<string, IndexNode> byCode;
    private readonly Dictionary<string, List<IndexNode>> children;

    public string File { get; }
    /// <summary>All nodes in the order of the structure file.</summary>
    public IReadOnlyList<IndexNode> Nodes { get; }
    public IReadOnlyList<IndexNode> Indicators { get; }
    /// <summary>Aggregates bottom-up: by level, and alphabetically within a level (the column order COINr writes).</summary>
    public IReadOnlyList<IndexNode> Aggregates { get; }
    public IndexNode Top { get; }

    private IndexStructure(string file, IReadOnlyList<IndexNode> nodes)
    {
        File = file;
        Nodes = nodes;
        byCode = nodes.ToDictionary(n => n.Code, StringComparer.Ordinal);
        children = nodes.Where(n => n.Parent is not null).GroupBy(n => n.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        Indicators = nodes.Where(n => n.IsIndicator).ToList();
        Aggregates = nodes.Where(n => !n.IsIndicator).OrderBy(n => n.Level)
            .ThenBy(n => n.Code, StringComparer.OrdinalIgnoreCase).ThenBy(n => n.Code, StringComparer.Ordinal).ToList();
        Top = nodes.Single(n => !n.IsIndicator && n.Parent is null);
    }

    public IndexNode? Find(string code) => byCode.GetValueOrDefault(code);

    public IReadOnlyList<IndexNode> ChildrenOf(string code) => children.TryGetValue(code, out var list) ? list : [];

    /// <summary>The structure, or every problem that prevents it.</summary>
    public static IndexStructure Create(string file, IReadOnlyList<IndexNode> nodes)
    {
        var problems = Check(file, nodes);
        if (problems.Count > 0) throw new CompositeException(problems);
        return new IndexStructure(file, nodes);
    }

    /// <summary>The same tree with some weights replaced (e.g. from a weights file); the zero-weight rule still holds.</summary>
    public IndexStructure WithWeights(IReadOnlyDictionary<string, double> weights, string weightsFile)
    {
        var nodes = Nodes.Select(n => weights.TryGetValue(n.Code, out var w) ? n with { Weight = w } : n).ToList();
        var problems = ZeroWeights(weightsFile, nodes, new HashSet<string>(weights.Keys, StringComparer.Ordinal));
        if (problems.Count > 0) throw new CompositeException(problems);
        return new IndexStructure(File, nodes);
    }

    private static List<CompositeProblem> Check(string file, IReadOnlyList<IndexNode> nodes)
    {
        var problems = new List<CompositeProblem>();
        var byCode = new Dictionary<string, IndexNode>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            if (byCode.TryGetValue(n.Code, out var first))
                problems.Add(new CompositeProblem(file, $"the code appears twice (first on line {first.Line})", n.Line, "iCode", n.Code));
            else byCode[n.Code] = n;
        }
        if (problems.Count > 0) return problems;

        foreach (var n in nodes)
        {
            if (n.Parent is null)
            {
                if (n.IsIndicator) problems.Add(new CompositeProblem(file, "an indicator needs a parent aggregate", n.Line, "Parent", n.Code));
                continue;
            }
            if (!byCode.TryGetValue(n.Parent, out var parent))
                problems.Add(new CompositeProblem(file, $"unknown parent '{Excerpt.Of(n.Parent)}'", n.Line, "Parent", n.Code));
            else if (parent.IsIndicator)
                problems.Add(new CompositeProblem(file, $"the parent '{Excerpt.Of(n.Parent)}' is an indicator, not an aggregate", n.Line, "Parent", n.Code));
        }
        if (problems.Count > 0) return problems;

        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in nodes)
        {
            var path = new List<string> { n.Code };
            for (var p = n.Parent; p is not null; p = byCode[p].Parent)
            {
                if (p == n.Code)
                {
                    if (path.All(reported.Add))
                        problems.Add(new CompositeProblem(file, $"the parents form a cycle: {string.Join(" → ", path)} → {n.Code}", n.Line, "Parent", n.Code));
                    break;
                }
                if (path.Contains(p)) break;
                path.Add(p);
            }
        }
        if (problems.Count > 0) return problems;

        var roots = nodes.Where(n => !n.IsIndicator && n.Parent is null).ToList();
        if (roots.Count != 1)
            problems.Add(new CompositeProblem(file, roots.Count == 0
                ? "there is no top aggregate (an Aggregate row with an empty Parent)"
                : $"there must be one top aggregate (empty Parent), found {roots.Count}: {string.Join(", ", roots.Select(r => r.Code))}"));
        foreach (var n in nodes)
        {
            if (n.IsIndicator && n.Level != 1)
                problems.Add(new CompositeProblem(file, $"an indicator is at level 1, not {n.Level}", n.Line, "Level", n.Code));
            if (!n.IsIndicator && n.Level < 2)
                problems.Add(new CompositeProblem(file, $"an aggregate is at level 2 or above, not {n.Level}", n.Line, "Level", n.Code));
            if (n.Parent is not null && byCode[n.Parent].Level != n.Level + 1)
                problems.Add(new CompositeProblem(file, $"the parent '{Excerpt.Of(n.Parent)}' is at level {byCode[n.Parent].Level}; it must be one level up ({n.Level + 1})", n.Line, "Level", n.Code));
            if (!n.IsIndicator && !nodes.Any(c => c.Parent == n.Code))
                problems.Add(new CompositeProblem(file, "this aggregate has no children", n.Line, "iCode", n.Code));
        }
        if (problems.Count > 0) return problems;
        return ZeroWeights(file, nodes, null);
    }

    private static List<CompositeProblem> ZeroWeights(string file, IReadOnlyList<IndexNode> nodes, HashSet<string>? changed)
    {
        var problems = new List<CompositeProblem>();
        foreach (var group in nodes.Where(n => n.Parent is not null).GroupBy(n => n.Parent!, StringComparer.Ordinal))
        {
            if (group.Any(c => c.Weight != 0)) continue;
            if (changed is not null && !group.Any(c => changed.Contains(c.Code))) continue;
            var parent = nodes.First(n => n.Code == group.Key);
            problems.Add(new CompositeProblem(file, $"every weight under '{Excerpt.Of(group.Key)}' is zero ({string.Join(", ", group.Select(c => c.Code))})",
                changed is null ? parent.Line : null, "Weight", group.Key));
        }
        return problems;
    }
}
