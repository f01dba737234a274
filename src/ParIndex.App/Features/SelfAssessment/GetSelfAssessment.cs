using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Security;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>
/// Everything the self-assessment form shows for one unit's submission: the framework with every sub-criterion's
/// current entries, evidence and appeals, the unit's document library, the completeness check, and whether the
/// actor may save, submit or appeal now (and if not, the workflow's reason, to show instead of the button).
/// </summary>
public sealed record GetSelfAssessment(int PeriodId, string UnitCode);

/// <summary>One version of a leaf's score in the ledger, with the rule's explanation of it.</summary>
public sealed record LeafEntry(string Input, decimal Points, int Version, string? Note, string Author, DateTimeOffset At, Explanation Explanation);

public sealed record AppealView(int Id, string RequestedInput, string Argument, AppealState State, string? DecisionReason,
    DateTimeOffset CreatedAt, DateTimeOffset? DecidedAt, IReadOnlyList<int> DocumentIds);

/// <param name="Appraised">The appraisers' entry when they adjusted the score; null when they kept the unit's.</param>
/// <param name="Decided">The score an appeal decision set, if any.</param>
/// <param name="Fact">The official source's figure that fills this item, when it is mapped (the unit does not enter it).</param>
public sealed record LeafForm(int Ordinal, FrameworkNode Node, ScoringRule Rule, LeafEntry? Self, LeafEntry? Appraised, LeafEntry? Decided,
    IReadOnlyList<AppealView> Appeals, IReadOnlyList<EvidenceView> Evidence, FactSource? Fact = null)
{
    public bool IsSurvey => Rule is SurveyRule;

    public bool NeedsEvidence => Node.Evidence is { Required: true };
}

/// <summary>An item filled from an official source: its indicator and, once imported, the figure with where and when it was measured.</summary>
public sealed record FactSource(string Indicator, decimal? Value, string? Source, DateOnly? FiguresOn)
{
    /// <summary>"Nguồn: Cổng DVCQG, ngày 15/11/2026"; null before a figure is imported.</summary>
    public Message? Shown => Source is { } source && FiguresOn is { } on ? FactsMessages.Source(source, on) : null;
}

/// <param name="Deadline">The unit's self-assessment deadline (its extension if it has one), Vietnam time.</param>
/// <param name="DeadlinePassed">The self-assessment is still open for the unit's state, but its deadline has passed.</param>
/// <param name="SaveRefusal">Why the actor cannot save scores or evidence now; null when they can.</param>
/// <param name="SubmitRefusal">Why the actor cannot submit now; null when they can.</param>
/// <param name="AppealRefusal">Why the actor cannot appeal now; null when they can.</param>
public sealed record SelfAssessmentForm(int PeriodId, string PeriodName, int Year, PeriodState PeriodState, string UnitCode, string UnitName,
    SubmissionState State, DateTimeOffset Deadline, bool Extended, bool DeadlinePassed, DateTimeOffset AppealsClose, string? ReturnReason,
    CompiledFramework Framework, IReadOnlyList<LeafForm> Leaves, IReadOnlyList<EvidenceView> Library, Completeness Completeness,
    string? SaveRefusal, string? SubmitRefusal, string? AppealRefusal)
{
    public LeafForm Leaf(string code) => Leaves.Single(l => l.Node.Code == code);
}

public sealed class GetSelfAssessmentHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">The actor may not read the whole of this unit's submission (an area's appraiser uses the appraisal sheet).</exception>
    /// <exception cref="NotFoundException">The unit is not assessed in this period.</exception>
    public async Task<SelfAssessmentForm> HandleAsync(Actor actor, GetSelfAssessment request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        // The form holds every sub-criterion with the unit's own notes: only for readers inside the whole unit.
        Access.RequireWholeUnit(await Access.ReaderScopeAsync(db, actor, scope.Period, scope.Unit.Id, ct));
        var framework = scope.Framework;
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var appeals = await db.Appeals.AsNoTracking().Where(a => a.SubmissionId == id).OrderBy(a => a.Id).ToListAsync(ct);
        var appealIds = appeals.Select(a => a.Id).ToList();
        var appealDocuments = (await db.AppealEvidence.AsNoTracking().Where(e => appealIds.Contains(e.AppealId)).ToListAsync(ct))
            .ToLookup(e => e.AppealId, e => e.DocumentId);
        var library = await new ListEvidenceHandler(db).HandleAsync(actor, new ListEvidence(request.PeriodId, request.UnitCode), ct);

        LeafEntry? Entry(string code, ScoreStage stage, int leaf)
        {
            if (!latest.TryGetValue((id, code, stage), out var e)) return null;
            var node = framework.Nodes[framework.LeafNodes[leaf]];
            var (input, error) = InputText.ParseFor(e.Input, framework.Rules[leaf], node.Max, required: false);
            var explanation = error is null ? framework.Rules[leaf].Explain(input, node.Max) : new Explanation(e.Input, e.Input);
            return new LeafEntry(e.Input, e.Points, e.Version, e.Note, e.Author, Moment.InVietnam(e.At), explanation);
        }

        var facts = await Facts.FactSources.ForUnitAsync(db, scope.Period.Id, scope.Unit.Id, ct);
        var leaves = new List<LeafForm>(framework.LeafNodes.Length);
        for (var leaf = 0; leaf < framework.LeafNodes.Length; leaf++)
        {
            var node = framework.Nodes[framework.LeafNodes[leaf]];
            leaves.Add(new LeafForm(leaf, node, framework.Rules[leaf],
                Entry(node.Code, ScoreStage.SelfAssessed, leaf), Entry(node.Code, ScoreStage.Appraised, leaf), Entry(node.Code, ScoreStage.Appeal, leaf),
                [.. appeals.Where(a => a.LeafCode == node.Code).Select(a => new AppealView(a.Id, a.RequestedInput, a.Argument, a.State, a.DecisionReason,
                    Moment.InVietnam(a.CreatedAt), a.DecidedAt is { } d ? Moment.InVietnam(d) : null, [.. appealDocuments[a.Id]]))],
                [.. library.Where(d => d.LeafCodes.Contains(node.Code))], facts.GetValueOrDefault(node.Code)));
        }

        var inputs = SubmissionInputs.At(framework, id, latest, ScoreStage.SelfAssessed);
        var completeness = CompletenessCheck.Check(framework, inputs,
            leaf => leaves[leaf].Evidence.Count > 0,
            leaf => !string.IsNullOrWhiteSpace(leaves[leaf].Self?.Note));

        var now = clock.GetUtcNow();
        var state = scope.Submission.State;
        var deadline = Moment.InVietnam(scope.Period.Deadlines.SelfAssessmentClosesFor(scope.Submission.ExtendedUntil));
        var open = state is SubmissionState.NotStarted or SubmissionState.Draft or SubmissionState.ReturnedForRevision
                   && scope.Period.State == PeriodState.SelfAssessment;
        return new SelfAssessmentForm(scope.Period.Id, scope.Period.Name, scope.Period.Year, scope.Period.State, scope.Unit.Code, scope.Unit.Name,
            state, deadline, scope.Submission.ExtendedUntil is not null, open && now >= deadline, Moment.InVietnam(scope.Period.AppealsClose),
            scope.Submission.ReturnReason, framework, leaves, library, completeness,
            Refusal(state, SubmissionAction.SaveScore, scope.Context(actor, now)),
            Refusal(state, SubmissionAction.Submit, scope.Context(actor, now, completeness: completeness)),
            Refusal(state, SubmissionAction.SubmitAppeal, scope.Context(actor, now)));
    }

    private static string? Refusal(SubmissionState state, SubmissionAction action, WorkflowContext context)
    {
        try
        {
            SubmissionWorkflow.Apply(state, action, context);
            return null;
        }
        catch (WorkflowException e)
        {
            return e.Message;
        }
    }
}
