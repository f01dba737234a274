using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appeals;

/// <summary>One item of an appeal: the sub-criterion, the input the unit asks for, and its argument.</summary>
public sealed record AppealItem(string LeafCode, string RequestedInput, string Argument);

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
        if (request.Items.Count == 0) problems.Add(new ImportProblem(scope.Unit.Code, "Giải trình cần ít nhất một mục / An appeal needs at least one item"));
        foreach (var item in request.Items)
        {
            var node = scope.Framework.NodeIndex(item.LeafCode);
            var leaf = node is { } n ? scope.Framework.LeafOrdinal(n) : -1;
            if (leaf < 0) { problems.Add(new ImportProblem(scope.Unit.Code, $"Không có tiêu chí thành phần {item.LeafCode} / No sub-criterion {item.LeafCode}", Node: item.LeafCode)); continue; }
            var (_, error) = InputText.ParseFor(item.RequestedInput, scope.Framework.Rules[leaf], scope.Framework.Nodes[node!.Value].Max, required: true);
            if (error is not null) problems.Add(new ImportProblem(scope.Unit.Code, error, Node: item.LeafCode));
            if (string.IsNullOrWhiteSpace(item.Argument)) problems.Add(new ImportProblem(scope.Unit.Code, "Cần nêu lý do giải trình / The appeal needs an argument", Node: item.LeafCode));
        }
        foreach (var dup in request.Items.GroupBy(i => i.LeafCode).Where(g => g.Count() > 1))
            problems.Add(new ImportProblem(scope.Unit.Code, "Mục được giải trình hai lần / The item is appealed twice", Node: dup.Key));
        ImportException.ThrowIfAny(problems);

        var appeals = request.Items.Select(i => new Appeal
        {
            SubmissionId = scope.Submission.Id, LeafCode = i.LeafCode, Argument = i.Argument, RequestedInput = i.RequestedInput.Trim(),
            State = AppealState.Open, CreatedBy = actor.UserId, CreatedAt = Moment.Of(now),
        }).ToList();
        await db.WriteAsync(() =>
        {
            db.Appeals.AddRange(appeals);
            foreach (var a in appeals)
                AuditLog.Record(db, actor, now, "appeal.submit", "Appeal", $"{scope.Period.Id}/{scope.Unit.Code}/{a.LeafCode}", null, a.RequestedInput, a.Argument);
            AuditLog.Record(db, actor, now, "submission.appeal", "Submission", $"{scope.Period.Id}/{scope.Unit.Code}", scope.Submission.State.ToString(), state.ToString());
            scope.Submission.State = state;
            scope.Submission.Version++;
            return Task.CompletedTask;
        }, ct);
        return appeals;
    }
}
