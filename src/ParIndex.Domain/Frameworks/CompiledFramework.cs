using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Frameworks;

/// <summary>
/// A validated framework laid out in flat arrays (nodes in pre-order, each with its parent and area), so that
/// scoring thousands of units is a tight loop. Only a valid framework can be compiled.
/// </summary>
public sealed class CompiledFramework
{
    private readonly Dictionary<string, int> _nodeByCode;

    private CompiledFramework(Framework framework)
    {
        Framework = framework;
        var nodes = new List<FrameworkNode>();
        var parents = new List<int>();
        foreach (var area in framework.Nodes)
            Flatten(area, -1, nodes, parents);
        Nodes = [.. nodes];
        Parent = [.. parents];
        AreaNodes = [.. Enumerable.Range(0, Nodes.Length).Where(i => Parent[i] < 0)];
        LeafNodes = [.. Enumerable.Range(0, Nodes.Length).Where(i => Nodes[i].IsLeaf)];
        Rules = [.. LeafNodes.Select(i => Nodes[i].Rule!)];
        LeafOrdinals = Enumerable.Repeat(-1, Nodes.Length).ToArray();
        for (var l = 0; l < LeafNodes.Length; l++) LeafOrdinals[LeafNodes[l]] = l;
        NodeMax = [.. Nodes.Select(n => n.Max)];
        CountsTowardMax = [.. Nodes.Select(n => n.CountsTowardMax)];
        Capped = [.. Nodes.Select(n => n.CapAtMax)];
        _nodeByCode = Enumerable.Range(0, Nodes.Length).ToDictionary(i => Nodes[i].Code.Trim(), StringComparer.OrdinalIgnoreCase);
        BandsDescending = [.. framework.Bands.OrderByDescending(b => b.Min)];
        Contents = [.. AreaNodes.Select(a => Nodes[a].Content)];
        BonusContent = [.. Enumerable.Range(0, Nodes.Length).Select(i => Parent[i] < 0 && Nodes[i].Content == ContentKind.Bonus)];
        CapsTotal = AreaNodes.Any(a => Nodes[a].CapTotal);
        Max = AreaNodes.Where(a => Nodes[a].CountsTowardMax).Sum(a => Nodes[a].Max);
    }

    public Framework Framework { get; }

    /// <summary>All nodes in pre-order: every node comes before its descendants.</summary>
    public FrameworkNode[] Nodes { get; }

    /// <summary>Index of each node's parent, or −1 for an area.</summary>
    public int[] Parent { get; }

    /// <summary>
    /// The top-level nodes in order: the areas and any contents beside them (the survey part, the bonus/penalty
    /// content). Every leaf lies below exactly one; "area ordinal" counts in this array.
    /// </summary>
    public int[] AreaNodes { get; }

    /// <summary>What each top-level node is, by area ordinal.</summary>
    public ContentKind[] Contents { get; }

    /// <summary>Whether the framework has a bonus/penalty content beside its areas.</summary>
    public bool HasBonusContent => Contents.Contains(ContentKind.Bonus);

    public int[] LeafNodes { get; }

    /// <summary>The scoring rule of each leaf, by leaf ordinal.</summary>
    public ScoringRule[] Rules { get; }

    public Band[] BandsDescending { get; }

    // Per-node facts in flat arrays, read in the scoring loop.
    internal int[] LeafOrdinals { get; }

    internal decimal[] NodeMax { get; }

    internal bool[] CountsTowardMax { get; }

    internal bool[] Capped { get; }

    /// <summary>By node index: the node is a bonus/penalty content, its points held within [floor, max].</summary>
    internal bool[] BonusContent { get; }

    /// <summary>A bonus content says the total with its points never exceeds the applicable maximum.</summary>
    internal bool CapsTotal { get; }

    /// <summary>The framework's full maximum (usually 100): areas and the survey content, bonus excluded.</summary>
    public decimal Max { get; }

    public static CompiledFramework Compile(Framework framework)
    {
        var problems = FrameworkValidator.Validate(framework);
        if (problems.Count > 0) throw new InvalidFrameworkException(problems);
        return new CompiledFramework(framework);
    }

    public int? NodeIndex(string code) => NodeIndex(code.AsSpan());

    /// <summary>The node with that code (case and surrounding spaces ignored), without making a string of it.</summary>
    public int? NodeIndex(ReadOnlySpan<char> code) =>
        _nodeByCode.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(code.Trim(), out var i) ? i : null;

    /// <summary>The leaf ordinal of a node, or −1 for an inner node.</summary>
    public int LeafOrdinal(int nodeIndex) => LeafOrdinals[nodeIndex];

    /// <summary>Leaf ordinals of every leaf at or below the node.</summary>
    public IEnumerable<int> LeavesUnder(int nodeIndex)
    {
        for (var i = nodeIndex; i < Nodes.Length && (i == nodeIndex || IsDescendant(i, nodeIndex)); i++)
            if (LeafOrdinals[i] >= 0) yield return LeafOrdinals[i];
    }

    public IEnumerable<int> ChildrenOf(int nodeIndex)
    {
        for (var i = nodeIndex + 1; i < Nodes.Length && IsDescendant(i, nodeIndex); i++)
            if (Parent[i] == nodeIndex) yield return i;
    }

    /// <summary>The band for a published (two-decimal) index.</summary>
    public Band BandFor(decimal publishedIndex) =>
        BandsDescending.FirstOrDefault(b => publishedIndex >= b.Min) ?? BandsDescending[^1];

    private bool IsDescendant(int node, int ancestor)
    {
        for (var p = Parent[node]; p >= 0; p = Parent[p])
            if (p == ancestor) return true;
        return false;
    }

    private static void Flatten(FrameworkNode node, int parent, List<FrameworkNode> nodes, List<int> parents)
    {
        var index = nodes.Count;
        nodes.Add(node);
        parents.Add(parent);
        foreach (var child in node.Children)
            Flatten(child, index, nodes, parents);
    }
}
