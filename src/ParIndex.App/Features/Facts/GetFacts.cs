using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Facts;

/// <summary>The secretariat's view of a period's figures from official sources: what is mapped, and what may be.</summary>
public sealed record GetFacts(int PeriodId);

/// <summary>A sub-criterion of the period's frameworks, in words, with the kind of input its rule takes.</summary>
public sealed record FactLeaf(string Code, string Name, InputKind Accepts, Explanation RuleKind, Explanation Rule);

/// <summary>An indicator filling a sub-criterion; <see cref="Figures"/> how many units have a figure for it.</summary>
public sealed record MappedFact(string Indicator, FactLeaf Leaf, FactScale Scale, int Figures);

public sealed record FactsOverview(int PeriodId, string PeriodName, IReadOnlyList<MappedFact> Mappings, IReadOnlyList<FactLeaf> Leaves, int Figures);

public sealed class GetFactsHandler(AppDbContext db)
{
    public async Task<FactsOverview> HandleAsync(Actor actor, GetFacts request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewFacts, Role.Admin, Role.Secretariat);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var editions = await db.Set<PeriodFramework>().AsNoTracking().Where(f => f.PeriodId == period.Id).OrderBy(f => f.Group)
            .Select(f => new EditionRef(f.FrameworkEditionId, f.FrameworkEdition.Code, f.FrameworkEdition.Sha256)).ToListAsync(ct);
        var leaves = new List<FactLeaf>();
        foreach (var edition in editions)
        {
            var framework = await CompiledFrameworks.OfAsync(db, edition, ct);
            for (var l = 0; l < framework.LeafNodes.Length; l++)
            {
                var node = framework.Nodes[framework.LeafNodes[l]];
                var rule = framework.Rules[l];
                if (leaves.All(x => x.Code != node.Code)) leaves.Add(new FactLeaf(node.Code, node.Name, rule.Accepts, RuleText.Kind(rule), RuleText.Describe(rule, node.Max)));
            }
        }
        var figures = await db.FactFigures.AsNoTracking().Where(f => f.PeriodId == period.Id).Select(f => f.Indicator).ToListAsync(ct);
        var mappings = await db.FactMappings.AsNoTracking().Where(m => m.PeriodId == period.Id).ToListAsync(ct);
        // In the frameworks' reading order; a mapping always names a leaf of the period (MapFact checks it).
        var mapped = leaves.SelectMany(leaf => mappings.Where(m => m.LeafCode == leaf.Code)
            .Select(m => new MappedFact(m.Indicator, leaf, m.Scale, figures.Count(f => string.Equals(f, m.Indicator, StringComparison.OrdinalIgnoreCase)))))
            .ToList();
        return new FactsOverview(period.Id, period.Name, mapped, leaves, figures.Count);
    }
}
