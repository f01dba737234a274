using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appeals;

/// <summary>
/// The appeals (giải trình) of a period that the actor may decide: all of them for the council, the secretariat and
/// admin; for an appraiser, those on sub-criteria assigned to them. Each with the unit's argument, the input asked
/// for, its documents, the unit's own and the appraised scores, and the decision once taken.
/// </summary>
public sealed record ListAppeals(int PeriodId);

/// <param name="RequestedPoints">What the requested input would score, or null when the rule cannot read it.</param>
/// <param name="Decided">The score an accepted appeal set (the appeal-stage score).</param>
public sealed record AppealView(int Id, string UnitCode, string UnitName, string LeafCode, string LeafName, decimal Max, InputKind Accepts,
    IReadOnlyList<ScoreOption> Options, ScoreView? Self, ScoreView? Appraised, string Argument, string RequestedInput, decimal? RequestedPoints,
    IReadOnlyList<EvidenceItem> Evidence, AppealState State, string? DecisionReason, DateTimeOffset? DecidedAt, ScoreView? Decided);

public sealed record AppealList(int PeriodId, string PeriodName, PeriodState PeriodState, IReadOnlyList<AppealView> Appeals)
{
    public int OpenCount => Appeals.Count(a => a.State == AppealState.Open);
}

public sealed class ListAppealsHandler(AppDbContext db)
{
    /// <returns>Open appeals first, then by unit and sub-criterion.</returns>
    public async Task<AppealList> HandleAsync(Actor actor, ListAppeals request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ListAppeals, Role.Admin, Role.Secretariat, Role.Council, Role.Appraiser);
        var period = await db.Periods.AsNoTracking().Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var who = await AppraiserScope.LoadAsync(db, actor, [period.Id], ct);
        var rows = await db.Appeals.AsNoTracking()
            .Join(db.Submissions.Include(s => s.Unit).Where(s => s.PeriodId == period.Id), a => a.SubmissionId, s => s.Id, (a, s) => new { Appeal = a, Submission = s })
            .ToListAsync(ct);
        rows = [.. rows.Where(r => who.Covers(period.Id, r.Submission.UnitId, r.Appeal.LeafCode))];

        var submissionIds = rows.Select(r => r.Submission.Id).Distinct().ToList();
        var latest = await LeafScores.LatestAsync(db, submissionIds, ct);
        var appealIds = rows.Select(r => r.Appeal.Id).ToList();
        var documents = (await db.AppealEvidence.AsNoTracking().Where(e => appealIds.Contains(e.AppealId))
            .Join(db.Evidence, e => e.DocumentId, d => d.Id, (e, d) => new { e.AppealId, Document = d }).ToListAsync(ct))
            .OrderBy(e => e.Document.Id)
            .ToLookup(e => e.AppealId, e => new EvidenceItem(e.Document.Id, e.Document.Number, e.Document.IssuedOn, e.Document.Issuer, e.Document.Summary,
                e.Document.FileName, e.Document.ContentType, e.Document.FileSha256 is not null, ProofPlace.None));

        var views = new List<(AppealView View, int Leaf)>();
        foreach (var r in rows)
        {
            var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == r.Submission.Unit.Group).FrameworkEdition);
            var node = framework.NodeIndex(r.Appeal.LeafCode) ?? throw new InvalidOperationException($"Appeal {r.Appeal.Id} names no node of {framework.Framework.Code}");
            var leaf = framework.LeafOrdinal(node);
            var rule = framework.Rules[leaf];
            var max = framework.Nodes[node].Max;
            var (requested, error) = InputText.ParseFor(r.Appeal.RequestedInput, rule, max, required: true);
            var id = r.Submission.Id;
            views.Add((new AppealView(r.Appeal.Id, r.Submission.Unit.Code, r.Submission.Unit.Name, r.Appeal.LeafCode, framework.Nodes[node].Name, max,
                rule.Accepts, rule is OptionsRule options ? options.Options : [],
                ScoreView.Of(latest.GetValueOrDefault((id, r.Appeal.LeafCode, ScoreStage.SelfAssessed))),
                ScoreView.Of(SubmissionInputs.Latest(latest, id, r.Appeal.LeafCode, ScoreStage.Appraised)),
                r.Appeal.Argument, r.Appeal.RequestedInput, error is null ? rule.Score(requested, max) : null, [.. documents[r.Appeal.Id]],
                r.Appeal.State, r.Appeal.DecisionReason, r.Appeal.DecidedAt,
                r.Appeal.State == AppealState.Accepted ? ScoreView.Of(latest.GetValueOrDefault((id, r.Appeal.LeafCode, ScoreStage.Appeal))) : null), leaf));
        }
        return new AppealList(period.Id, period.Name, period.State, [.. views
            .OrderBy(v => v.View.State != AppealState.Open).ThenBy(v => v.View.UnitCode, StringComparer.Ordinal).ThenBy(v => v.Leaf).Select(v => v.View)]);
    }
}
