using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Dashboard;

/// <summary>One framework edition as a tree to read: areas, criteria and sub-criteria with maxima, rules and guidance.</summary>
public sealed record GetFramework(int Id);

/// <summary>
/// A node in reading order. <see cref="Depth"/> 0 is an area, 1 a criterion, 2 and below a sub-criterion; leaves carry
/// their rule's kind and explanation.
/// </summary>
public sealed record FrameworkRow(string Code, string Name, string? NameEn, int Depth, decimal Max, bool IsLeaf, Explanation? RuleKind,
    Explanation? Rule, string? Guidance, EvidenceRequirement? Evidence, bool CountsTowardMax, bool CapAtMax);

public sealed record FrameworkView(int Id, string Code, string Name, string? NameEn, string Group, string? LegalBasis, IReadOnlyList<int>? Years,
    decimal Max, int Areas, int Criteria, int Leaves, IReadOnlyList<Band> Bands, string Sha256, DateTimeOffset ImportedAt, IReadOnlyList<FrameworkRow> Rows);

public sealed class GetFrameworkHandler(AppDbContext db)
{
    public async Task<FrameworkView> HandleAsync(Actor actor, GetFramework request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewFramework, Role.Admin, Role.Secretariat, Role.Council);
        var edition = await db.Frameworks.AsNoTracking().SingleOrDefaultAsync(f => f.Id == request.Id, ct)
            ?? throw new NotFoundException(NotFoundMessages.Framework(request.Id));
        var compiled = CompiledFrameworks.Of(edition);
        var f = compiled.Framework;
        var rows = new List<FrameworkRow>();
        void Walk(FrameworkNode node, int depth)
        {
            rows.Add(new FrameworkRow(node.Code, node.Name, node.NameEn, depth, node.Max, node.IsLeaf,
                node.Rule is { } r ? RuleText.Kind(r) : null, node.Rule is { } rule ? RuleText.Describe(rule, node.Max) : null,
                node.Guidance, node.Evidence, node.CountsTowardMax, node.CapAtMax));
            foreach (var child in node.Children) Walk(child, depth + 1);
        }
        foreach (var area in f.Nodes) Walk(area, 0);
        return new FrameworkView(edition.Id, f.Code, f.Name, f.NameEn, f.Group, f.LegalBasis, f.Years, compiled.Max,
            compiled.AreaNodes.Length, rows.Count(r => r.Depth == 1 && !r.IsLeaf), compiled.LeafNodes.Length, f.Bands, edition.Sha256, edition.ImportedAt, rows);
    }
}
