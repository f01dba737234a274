using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>Assigns an appraiser to a unit, to an area across all units, or to one area of one unit.</summary>
public sealed record AssignAppraiser(int PeriodId, string UserName, string? UnitCode, string? AreaCode);

public sealed class AssignAppraiserHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<AppraiserAssignment> HandleAsync(Actor actor, AssignAppraiser request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.AssignAppraisers, Role.Admin, Role.Secretariat);
        if (request.UnitCode is null && request.AreaCode is null)
            throw new WorkflowException(StepMessages.AppraiserNeedsScope());
        var period = await db.Periods.SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        PeriodWorkflow.Require(PeriodWorkflow.AcceptsAssignments(period.State), period.State, "phân công thẩm định", "assign appraisers");
        var user = await db.Users.SingleOrDefaultAsync(u => u.UserName == request.UserName, ct)
            ?? throw new NotFoundException(NotFoundMessages.User(request.UserName));
        int? unitId = null;
        if (request.UnitCode is not null)
            unitId = (await db.Units.SingleOrDefaultAsync(u => u.Code == request.UnitCode, ct)
                ?? throw new NotFoundException(NotFoundMessages.Unit(request.UnitCode))).Id;
        var assignment = new AppraiserAssignment { PeriodId = request.PeriodId, UserId = user.Id, UnitId = unitId, AreaCode = request.AreaCode };
        var now = clock.GetUtcNow();
        await db.WriteAsync(() =>
        {
            db.Assignments.Add(assignment);
            AuditLog.Record(db, actor, now, "appraiser.assign", "Assignment", $"{request.PeriodId}/{request.UserName}", null, $"{request.UnitCode ?? "*"}/{request.AreaCode ?? "*"}");
            return Task.CompletedTask;
        }, ct);
        return assignment;
    }
}
