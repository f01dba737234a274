using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Facts;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.SelfAssessment;

/// <summary>One sub-criterion of a <see cref="SaveSelfAssessment"/>: as <see cref="SaveScore"/> takes it.</summary>
public sealed record SelfAssessedItem(string LeafCode, string Input, int ExpectedVersion, string? Explanation = null);

/// <summary>
/// A unit saves many sub-criteria of its self-assessment at once, in ONE unit of work: every item is checked as
/// <see cref="SaveScore"/> checks one (the unit's own editors and leader only, while the submission accepts saves and
/// before the unit's deadline, each input accepted by its rule, each version the current one), all problems are
/// reported together, and either every item is appended to the score ledger (each audited as <c>score.self</c>) or
/// none is. Survey-derived sub-criteria are refused: the secretariat enters them at appraisal, units never do.
/// </summary>
public sealed record SaveSelfAssessment(int PeriodId, string UnitCode, IReadOnlyList<SelfAssessedItem> Items);

public sealed record SavedSelfAssessment(IReadOnlyList<SavedScore> Scores, SubmissionState State);

public sealed class SaveSelfAssessmentHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">The actor is not one of the unit's own editors or its leader.</exception>
    /// <exception cref="WorkflowException">The submission does not accept saves now (stage, state or deadline).</exception>
    /// <exception cref="ImportException">Items are wrong (unknown or survey leaf, invalid input, twice the same leaf, none); all are listed.</exception>
    /// <exception cref="ConflictException">An item's version is no longer the current one; nothing was saved.</exception>
    public async Task<SavedSelfAssessment> HandleAsync(Actor actor, SaveSelfAssessment request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        var now = clock.GetUtcNow();
        var state = SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.SaveScore, scope.Context(actor, now));

        var framework = scope.Framework;
        var problems = new List<ImportProblem>();
        if (request.Items.Count == 0)
            problems.Add(new ImportProblem(scope.Unit.Code, ScoreMessages.NothingToSave()));
        var planned = new List<(string Code, string Text, decimal Points, Explanation Explanation, SelfAssessedItem Item)>();
        var seen = new HashSet<int>();
        var mapped = await FactFill.MappedAsync(db, scope.Period.Id, ct);
        foreach (var item in request.Items)
        {
            var node = framework.NodeIndex(item.LeafCode ?? "");
            var leaf = node is { } n ? framework.LeafOrdinal(n) : -1;
            if (leaf < 0)
            {
                problems.Add(new ImportProblem(scope.Unit.Code,
                    ScoreMessages.NoSuchLeaf(item.LeafCode ?? "", framework.Framework.Code),
                    Node: item.LeafCode));
                continue;
            }
            var frameworkNode = framework.Nodes[node!.Value];
            if (!seen.Add(leaf))
            {
                problems.Add(new ImportProblem(scope.Unit.Code, ScoreMessages.GivenTwice(frameworkNode.Code), Node: frameworkNode.Code));
                continue;
            }
            var rule = framework.Rules[leaf];
            if (rule is SurveyRule)
            {
                problems.Add(new ImportProblem(scope.Unit.Code,
                    ScoreMessages.FromSurvey(frameworkNode.Code),
                    Node: frameworkNode.Code));
                continue;
            }
            if (mapped.TryGetValue(frameworkNode.Code, out var indicator))
            {
                problems.Add(new ImportProblem(scope.Unit.Code, FactsMessages.ReadOnly(frameworkNode.Code, indicator), Node: frameworkNode.Code));
                continue;
            }
            var (input, error) = InputText.ParseFor(item.Input, rule, frameworkNode.Max, required: false);
            if (error is not null)
            {
                problems.Add(new ImportProblem(scope.Unit.Code, error, Node: frameworkNode.Code));
                continue;
            }
            planned.Add((frameworkNode.Code, InputText.Format(input), rule.Score(input, frameworkNode.Max), rule.Explain(input, frameworkNode.Max), item));
        }
        ImportException.ThrowIfAny(problems);

        var key = $"{scope.Period.Id}/{scope.Unit.Code}";
        try
        {
            return await db.WriteAsync(async () =>
            {
                db.Attach(scope.Submission);
                if (scope.Submission.State != state)
                {
                    AuditLog.Record(db, actor, now, "submission.state", "Submission", key, scope.Submission.State.ToString(), state.ToString());
                    scope.Submission.State = state;
                    scope.Submission.Version++;
                }
                var saved = new List<SavedScore>(planned.Count);
                foreach (var p in planned)
                {
                    var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, p.Code, ScoreStage.SelfAssessed, p.Item.ExpectedVersion,
                        p.Text, p.Points, p.Item.Explanation, actor, now, ct);
                    AuditLog.Record(db, actor, now, "score.self", "Score", $"{key}/{p.Code}",
                        p.Item.ExpectedVersion == 0 ? null : $"v{p.Item.ExpectedVersion}", $"v{entry.Version}: {p.Text} → {p.Points}", p.Item.Explanation);
                    saved.Add(new SavedScore(p.Code, p.Text, p.Points, entry.Version, p.Explanation, state));
                }
                return new SavedSelfAssessment(saved, state);
            }, ct);
        }
        catch (DbUpdateException e) when (ScoreLedger.IsRace(e))
        {
            // Someone saved one of these leaves, or changed the submission, between the checks and the commit.
            throw new ConflictException(
                NotFoundMessages.SelfAssessmentChanged(scope.Unit.Code), 0, null);
        }
    }
}
