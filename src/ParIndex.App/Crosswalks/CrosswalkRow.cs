using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Crosswalks;

/// <summary>
/// One link as written to a crosswalk file, with the two nodes' names and the proposal's name similarity for the
/// reader who confirms it; names and similarity are never read back.
/// </summary>
public sealed record CrosswalkRow(CrosswalkLink Link, string? FromName = null, string? ToName = null, decimal? Similarity = null)
{
    /// <summary>The links of a crosswalk with the names their codes have in the two editions.</summary>
    public static IReadOnlyList<CrosswalkRow> Of(IEnumerable<CrosswalkLink> links, CompiledFramework from, CompiledFramework to) =>
        [.. links.Select(l => new CrosswalkRow(l, NameIn(from, l.From), NameIn(to, l.To)))];

    /// <summary>A proposal's links with names and similarity.</summary>
    public static IReadOnlyList<CrosswalkRow> Of(IEnumerable<ProposedLink> proposal, CompiledFramework from, CompiledFramework to) =>
        [.. proposal.Select(p => new CrosswalkRow(p.Link, NameIn(from, p.Link.From), NameIn(to, p.Link.To), p.Similarity))];

    private static string? NameIn(CompiledFramework framework, string? code) =>
        code is not null && framework.NodeIndex(code) is { } n ? framework.Nodes[n].Name : null;
}
