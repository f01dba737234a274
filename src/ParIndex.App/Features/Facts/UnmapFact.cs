using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Facts;

/// <summary>
/// The secretariat stops filling a sub-criterion from an official source. Nothing is lost: the figures imported stay
/// (they fill the item again if it is mapped again), every ledger entry the mapping wrote stays in the score's history,
/// and the unit's latest self-assessed value is the last figure filled until the unit enters the item itself — which
/// it may again from now on. The removal is in the audit log with the mapping it ends.
/// </summary>
public sealed record UnmapFact(int PeriodId, string LeafCode);

public sealed class UnmapFactHandler(AppDbContext db, TimeProvider clock)
{
    /// <returns>What was removed, to say it.</returns>
    /// <exception cref="ImportException">The sub-criterion is not mapped in the period.</exception>
    public async Task<Message> HandleAsync(Actor actor, UnmapFact request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.UnmapFact, Role.Admin, Role.Secretariat);
        var leaf = request.LeafCode.Trim();
        var now = clock.GetUtcNow();
        return await db.WriteAsync(async () =>
        {
            var mapping = await db.FactMappings.SingleOrDefaultAsync(m => m.PeriodId == request.PeriodId && m.LeafCode == leaf, ct)
                ?? throw new ImportException([new ImportProblem(leaf, FactsMessages.NotMapped(leaf), Node: leaf)]);
            db.FactMappings.Remove(mapping);
            var figures = await db.FactFigures.CountAsync(f => f.PeriodId == request.PeriodId && f.Indicator.ToUpper() == mapping.Indicator.ToUpper(), ct);
            AuditLog.Record(db, actor, now, "fact.unmap", "Period", $"{request.PeriodId}/{leaf}", $"{mapping.Indicator} ({mapping.Scale})", null,
                $"{figures} số liệu và các điểm đã điền được giữ");
            return FactsMessages.Unmapped(mapping.Indicator, leaf);
        }, ct);
    }
}
