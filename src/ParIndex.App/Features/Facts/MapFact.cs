using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Facts;

/// <summary>
/// The secretariat says that, in a period, an indicator of the authoritative source fills a sub-criterion's input
/// (<see cref="Scale"/>: a percentage, a ratio, a count, points). The sub-criterion must exist in a framework of the
/// period and take that kind of input there. Mapping again replaces the leaf's mapping. Figures already imported fill
/// the item at once; from then on the units do not enter it (<c>SaveScore</c> refuses).
/// </summary>
public sealed record MapFact(int PeriodId, string Indicator, string LeafCode, FactScale Scale);

public sealed class MapFactHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>Ledger entries appended from the figures already imported.</returns>
    public async Task<int> HandleAsync(Actor actor, MapFact request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.MapFact, Role.Admin, Role.Secretariat);
        var indicator = request.Indicator.Trim();
        var leaf = request.LeafCode.Trim();
        var codes = await db.Submissions.AsNoTracking().Where(s => s.PeriodId == request.PeriodId).Select(s => s.Unit.Code).ToListAsync(ct);
        var kind = request.Scale switch { FactScale.Count => InputKind.Count, FactScale.Points => InputKind.Points, _ => InputKind.Ratio };
        var problems = new List<ImportProblem>();
        var found = false;
        var checkedEditions = new HashSet<string>();
        foreach (var code in codes)
        {
            var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, code, ct);
            if (!checkedEditions.Add(scope.Edition.Sha256)) continue;
            if (scope.Framework.NodeIndex(leaf) is not { } node || scope.Framework.LeafOrdinal(node) < 0) continue;
            found = true;
            var accepts = scope.Framework.Rules[scope.Framework.LeafOrdinal(node)].Accepts;
            if (accepts != kind) problems.Add(new ImportProblem(scope.Edition.Code, FactsMessages.WrongKind(leaf, InputMessages.Kind(accepts)), Node: leaf));
        }
        if (!found) problems.Add(new ImportProblem(indicator, FactsMessages.NoLeaf(leaf)));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        return await db.WriteAsync(async () =>
        {
            var mapping = await db.FactMappings.SingleOrDefaultAsync(m => m.PeriodId == request.PeriodId && m.LeafCode == leaf, ct);
            var before = mapping is null ? null : $"{mapping.Indicator} ({mapping.Scale})";
            if (mapping is null) db.FactMappings.Add(mapping = new FactMapping { PeriodId = request.PeriodId, Indicator = indicator, LeafCode = leaf });
            (mapping.Indicator, mapping.Scale) = (indicator, request.Scale);
            AuditLog.Record(db, actor, now, "fact.map", "Period", $"{request.PeriodId}/{leaf}", before, $"{indicator} ({request.Scale})");
            var figures = await db.FactFigures.Where(f => f.PeriodId == request.PeriodId && f.Indicator.ToUpper() == indicator.ToUpper()).ToListAsync(ct);
            var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
            return await FactFill.FillAsync(db, actor, now, request.PeriodId, [mapping], figures, units, ct);
        }, ct);
    }
}
