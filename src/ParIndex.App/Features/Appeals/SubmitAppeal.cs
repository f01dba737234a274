using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appeals;

/// <summary>
/// One item of an appeal: the sub-criterion, the input the unit asks for, its argument, and the unit's documents
/// that support it (added during the appeal window or earlier).
/// </summary>
public sealed record AppealItem(string LeafCode, string RequestedInput, string Argument, IReadOnlyList<int>? DocumentIds = null);

/// <summary>The unit's leader appeals appraised items (giải trình), all at once, within the appeal window.</summary>
public sealed record SubmitAppeal(int PeriodId, string UnitCode, IReadOnlyList<AppealItem> Items);

public sealed class SubmitAppealHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<Appeal>> HandleAsync(Actor actor, SubmitAppeal request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.SubmitAppeal, scope.Context(actor, now));

        var problems = new List<ImportProblem>();
        if (request.Items.Count == 0) problems.Add(new ImportProblem(scope.Unit.Code, StepMessages.AppealNeedsItem()));
        foreach (var item in request.Items)
        {
            var node = scope.Framework.NodeIndex(item.LeafCode);
            var leaf = node is { } n ? scope.Framework.LeafOrdinal(n) : -1;
            if (leaf < 0) { problems.Add(new ImportProblem(scope.Unit.Code, StepMessages.AppealNoLeaf(item.LeafCode), Node: item.LeafCode)); continue; }
            var (_, error) = InputText.ParseFor(item.RequestedInput, scope.Framework.Rules[leaf], scope.Framework.Nodes[node!.Value].Max, required: true);
            if (error is not null) problems.Add(new ImportProblem(scope.Unit.Code, error, Node: item.LeafCode));
            if (string.IsNullOrWhiteSpace(item.Argument)) problems.Add(new ImportProblem(scope.Unit.Code, StepMessages.AppealNeedsArgument(), Node: item.LeafCode));
        }
        var documentIds = request.Items.SelectMany(i => i.DocumentIds ?? []).Distinct().ToList();
        var own = (await db.Evidence.Where(d => documentIds.Contains(d.Id) && d.UnitId == scope.Unit.Id).Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        foreach (var item in request.Items)
            foreach (var id in (item.DocumentIds ?? []).Where(id => !own.Contains(id)))
                problems.Add(new ImportProblem(scope.Unit.Code, StepMessages.AppealDocumentNotOwn(id), Node: item.LeafCode));
        foreach (var dup in request.Items.GroupBy(i => i.LeafCode).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem(scope.Unit.Code, StepMessages.AppealedTwice(), Node: dup.Key));
        ImportException.ThrowIfAny(problems);

        var appeals = request.Items.Select(i => new Appeal
        {
            SubmissionId = scope.Submission.Id, LeafCode = i.LeafCode, Argument = i.Argument, RequestedInput = i.RequestedInput.Trim(),
            State = AppealState.Open, CreatedBy = actor.UserId, CreatedAt = Moment.Of(now),
        }).ToList();
        await db.WriteAsync(async () =>
        {
            db.Appeals.AddRange(appeals);
            await db.SaveChangesAsync(ct);
            foreach (var (appeal, item) in appeals.Zip(request.Items))
                foreach (var id in (item.DocumentIds ?? []).Distinct())
                    db.AppealEvidence.Add(new AppealEvidence { AppealId = appeal.Id, DocumentId = id });
            foreach (var a in appeals)
                AuditLog.Record(db, actor, now, "appeal.submit", "Appeal", $"{scope.Period.Id}/{scope.Unit.Code}/{a.LeafCode}", null, a.RequestedInput, a.Argument);
            AuditLog.Record(db, actor, now, "submission.appeal", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString());
            scope.Submission.State = state;
            scope.Submission.Version++;
        }, ct);
        return appeals;
    }
}
