using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Assessment;

/// <summary>One unit's submission in a period with everything a use case needs to act on it.</summary>
public sealed record SubmissionScope(Period Period, Submission Submission, Unit Unit, CompiledFramework Framework)
{
    public static async Task<SubmissionScope> LoadAsync(AppDbContext db, int periodId, string unitCode, CancellationToken ct)
    {
        var submission = await db.Submissions.Include(s => s.Period).ThenInclude(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .Include(s => s.Unit)
            .SingleOrDefaultAsync(s => s.PeriodId == periodId && s.Unit.Code == unitCode, ct)
            ?? throw new NotFoundException($"Đơn vị {unitCode} không được đánh giá trong kỳ {periodId} / Unit {unitCode} is not assessed in period {periodId}");
        var edition = submission.Period.Frameworks.Single(f => f.Group == submission.Unit.Group).FrameworkEdition;
        return new SubmissionScope(submission.Period, submission, submission.Unit, CompiledFrameworks.Of(edition));
    }

    /// <summary>The leaf ordinal of a code, or a located error naming the framework.</summary>
    public int Leaf(string code)
    {
        var node = Framework.NodeIndex(code);
        var leaf = node is { } n ? Framework.LeafOrdinal(n) : -1;
        if (leaf < 0)
            throw new NotFoundException($"Không có tiêu chí thành phần '{code}' trong bộ chỉ số {Framework.Framework.Code} / There is no sub-criterion '{code}' in framework {Framework.Framework.Code}");
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
        new(Role(actor), Period.State, Period.Deadlines, now, Submission.ExtendedUntil, reason, completeness, allAppealsDecided);

    /// <summary>The actor's strongest role for this submission, as the workflow sees it.</summary>
    private Role Role(Security.Actor actor)
    {
        foreach (var r in new[] { Domain.Workflow.Role.Admin, Domain.Workflow.Role.Secretariat, Domain.Workflow.Role.Council, Domain.Workflow.Role.Appraiser })
            if (actor.Is(r)) return r;
        if (actor.BelongsTo(Unit.Id)) return actor.Is(Domain.Workflow.Role.UnitLead) ? Domain.Workflow.Role.UnitLead : Domain.Workflow.Role.UnitEditor;
        return Domain.Workflow.Role.Viewer;
    }
}
