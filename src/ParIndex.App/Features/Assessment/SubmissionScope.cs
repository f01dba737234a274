using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.Assessment;

/// <summary>One unit's submission in a period with everything a use case needs to act on it.</summary>
public sealed record SubmissionScope(Period Period, Submission Submission, Unit Unit, EditionRef Edition, CompiledFramework Framework)
{
    /// <summary>
    /// Appraisal may be written for this submission at <paramref name="now"/>: the period is in appraisal, the
    /// submission submitted, and the appraisal deadline (said in Vietnam time) not passed. One check for every way of
    /// appraising (one item, or all untouched items of an area).
    /// </summary>
    /// <exception cref="WorkflowException">It may not.</exception>
    public void RequireAppraisalOpen(DateTimeOffset now)
    {
        if (!PeriodWorkflow.AcceptsAppraisal(Period.State) || Submission.State != SubmissionState.Submitted)
            throw new WorkflowException(StepMessages.AppraiseWhen(Period.State, Submission.State));
        if (now >= Period.AppraisalCloses)
            throw new WorkflowException(StepMessages.AppraisalClosed(Moment.InVietnam(Period.AppraisalCloses)));
    }

    /// <summary>
    /// Loads the submission, its period and unit, and the framework edition of the unit's group by reference only:
    /// the edition's JSON is read and compiled once per process (<see cref="CompiledFrameworks"/>), not on every save.
    /// </summary>
    public static async Task<SubmissionScope> LoadAsync(AppDbContext db, int periodId, string unitCode, CancellationToken ct)
    {
        var found = await db.Submissions.Where(s => s.PeriodId == periodId && s.Unit.Code == unitCode)
            .Select(s => new
            {
                Submission = s, s.Period, s.Unit,
                Edition = s.Period.Frameworks.Where(f => f.Group == s.Unit.Group)
                    .Select(f => new EditionRef(f.FrameworkEditionId, f.FrameworkEdition.Code, f.FrameworkEdition.Sha256)).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(ct)
            ?? throw new NotFoundException(NotFoundMessages.NotAssessed(unitCode, periodId));
        var edition = found.Edition ?? throw new InvalidOperationException($"Period {periodId} has no framework for group {found.Unit.Group}");
        return new SubmissionScope(found.Period, found.Submission, found.Unit, edition, await CompiledFrameworks.OfAsync(db, edition, ct));
    }

    /// <summary>The leaf ordinal of a code, or a located error naming the framework.</summary>
    public int Leaf(string code)
    {
        var node = Framework.NodeIndex(code);
        var leaf = node is { } n ? Framework.LeafOrdinal(n) : -1;
        if (leaf < 0)
            throw new NotFoundException(NotFoundMessages.Leaf(code, Framework.Framework.Code));
        return leaf;
    }

    /// <summary>A leaf's input parsed and accepted by its rule, or a located error naming the unit and the leaf.</summary>
    public LeafInput Accept(int leaf, string? text, bool required)
    {
        var node = Framework.Nodes[Framework.LeafNodes[leaf]];
        var (input, error) = InputText.ParseFor(text, Framework.Rules[leaf], node.Max, required);
        if (error is not null) throw new ImportException([new ImportProblem(Unit.Code, error, Node: node.Code)]);
        return input;
    }

    public WorkflowContext Context(Security.Actor actor, DateTimeOffset now, string? reason = null, Completeness? completeness = null, bool allAppealsDecided = true) =>
        new(Role(actor), Period.State, Period.Deadlines, now, Moment.InVietnam(Submission.ExtendedUntil), reason, completeness, allAppealsDecided);

    /// <summary>The actor's strongest role for this submission, as the workflow sees it.</summary>
    private Role Role(Security.Actor actor)
    {
        foreach (var r in new[] { Domain.Workflow.Role.Admin, Domain.Workflow.Role.Secretariat, Domain.Workflow.Role.Council, Domain.Workflow.Role.Appraiser })
            if (actor.Is(r)) return r;
        if (actor.BelongsTo(Unit.Id)) return actor.Is(Domain.Workflow.Role.UnitLead) ? Domain.Workflow.Role.UnitLead : Domain.Workflow.Role.UnitEditor;
        return Domain.Workflow.Role.Viewer;
    }
}
