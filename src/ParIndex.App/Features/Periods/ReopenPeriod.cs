using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// Takes a period back one stage, by an administrator with a reason (logged). Reopening a published period
/// withdraws its publications; the audit log keeps their hashes, and publishing again makes new ones.
/// </summary>
public sealed record ReopenPeriod(int PeriodId, string Reason);

public sealed class ReopenPeriodHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PeriodState> HandleAsync(Actor actor, ReopenPeriod request, CancellationToken ct = default)
    {
        var period = await db.Periods.FindAsync([request.PeriodId], ct) ?? throw new NotFoundException($"Không có kỳ đánh giá {request.PeriodId} / No period {request.PeriodId}");
        var previous = PeriodWorkflow.Reopen(period.State, actor.Is(Role.Admin), request.Reason);
        var now = clock.GetUtcNow();
        await db.WriteAsync(async () =>
        {
            if (period.State == PeriodState.Published)
            {
                var publications = await db.Publications.Where(p => p.PeriodId == period.Id).ToListAsync(ct);
                foreach (var p in publications)
                    AuditLog.Record(db, actor, now, "publication.withdraw", "Publication", $"{period.Id}/{p.Group}", p.Sha256, null, request.Reason);
                db.Publications.RemoveRange(publications);
                var finals = await db.Submissions.Where(s => s.PeriodId == period.Id && s.State == SubmissionState.Final).ToListAsync(ct);
                foreach (var s in finals) { s.State = SubmissionState.Appraised; s.Version++; }
            }
            AuditLog.Record(db, actor, now, "period.reopen", "Period", period.Id.ToString(), period.State.ToString(), previous.ToString(), request.Reason);
            period.State = previous;
            period.Version++;
        }, ct);
        return previous;
    }
}
