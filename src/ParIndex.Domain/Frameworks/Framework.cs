namespace ParIndex.Domain.Frameworks;

/// <summary>
/// A framework edition (bộ chỉ số) for one unit group: the tree of areas, criteria and sub-criteria with their
/// maxima and scoring rules, and the bands used to classify units. An edition is never edited once a period uses
/// it; a change is a new edition with its own code.
/// </summary>
public sealed record Framework(
    string Code,
    string Name,
    string Group,
    IReadOnlyList<Band> Bands,
    IReadOnlyList<FrameworkNode> Nodes,
    IReadOnlyList<int>? Years = null,
    string? LegalBasis = null,
    string? NameEn = null)
{
    public IEnumerable<FrameworkNode> AllNodes() => Nodes.SelectMany(Walk);

    private static IEnumerable<FrameworkNode> Walk(FrameworkNode node) => node.Children.SelectMany(Walk).Prepend(node);
}
