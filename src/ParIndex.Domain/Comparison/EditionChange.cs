namespace ParIndex.Domain.Comparison;

/// <summary>
/// A unit's node-by-node change from last year: every node of this year's edition (empty when only the totals can be
/// compared), and the nodes of last year's edition that were dropped.
/// </summary>
public sealed record EditionChange(string FromEdition, string ToEdition, ComparisonScope Scope, IReadOnlyList<NodeChange> Nodes, IReadOnlyList<DroppedNode> Dropped)
{
    public NodeChange? Node(string code) => Nodes.FirstOrDefault(n => string.Equals(n.Code, code, StringComparison.OrdinalIgnoreCase));
}
