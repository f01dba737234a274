using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// What is still open before the period's next stage change (publication, from finalisation), and what the change
/// will do to each item; null for a published period, which has no next stage.
/// </summary>
public sealed record GetStageChecklist(int PeriodId);

public sealed class GetStageChecklistHandler(AppDbContext db)
{
    public async Task<StageChecklist?> HandleAsync(Actor actor, GetStageChecklist request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewOpenItems, Role.Admin, Role.Secretariat, Role.Council);
        var period = await StageChecklists.LoadAsync(db, request.PeriodId, ct);
        return period.State == PeriodState.Published ? null : await StageChecklists.BuildAsync(db, period, period.State + 1, ct);
    }
}
