using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Domain.Frameworks;

/// <summary>
/// One node of a framework tree: an area (lĩnh vực), criterion (tiêu chí) or sub-criterion (tiêu chí thành phần).
/// Leaves carry a scoring rule; inner nodes carry children. <see cref="CapAtMax"/> declares that the children's
/// maxima may add up to more than this node's maximum, the node's points then being capped at its maximum.
/// A top-level node may be a content other than an area (<see cref="Content"/>): a bonus content's points lie within
/// [<see cref="Floor"/>, <see cref="Max"/>] and, with <see cref="CapTotal"/>, never take the total above the maximum.
/// </summary>
public sealed record FrameworkNode(
    string Code,
    string Name,
    decimal Max,
    IReadOnlyList<FrameworkNode> Children,
    ScoringRule? Rule = null,
    string? NameEn = null,
    string? Guidance = null,
    EvidenceRequirement? Evidence = null,
    bool CapAtMax = false,
    ContentKind Content = ContentKind.Area,
    decimal Floor = 0m,
    bool CapTotal = false)
{
    public bool IsLeaf => Children.Count == 0;

    /// <summary>Bonus leaves and the bonus content add points outside the framework's maximum; every other node counts towards its parent's.</summary>
    public bool CountsTowardMax => Rule is not BonusRule && Content != ContentKind.Bonus;

    public static FrameworkNode Leaf(string code, string name, decimal max, ScoringRule rule) =>
        new(code, name, max, [], rule);

    public static FrameworkNode Inner(string code, string name, decimal max, params FrameworkNode[] children) =>
        new(code, name, max, children);
}
