using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Security;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Workflow;
using DomainUnit = ParIndex.Domain.Results.Unit;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// Finalises and publishes a period (công bố): every submission becomes final, each leaf's final points are written
/// to the ledger, and each unit group's results are computed by the engine and frozen as a hashed snapshot. The
/// change from last year is taken against the group's previous published snapshot, through the lineage effective
/// since then. Units that never submitted are scored or left out as the period's <see cref="NonSubmitterPolicy"/> says
/// (<see cref="RankedInputs"/>); those left out are named in the snapshot with the reason. Like any stage change, it
/// goes ahead past open items only with <see cref="Confirmed"/>, the fingerprint of the checklist the caller showed.
/// Two publications of one period at once (two web nodes, or the web and the command line): the second to commit finds
/// the period's version changed or its final ledger versions taken, and is refused as a workflow step that is no longer
/// allowed (409), nothing written.
/// </summary>
public sealed record PublishResults(int PeriodId, string? Confirmed = null);

public sealed record PublishedGroup(string Group, string Sha256, int Units);

public sealed class PublishResultsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PublishedGroup>> HandleAsync(Actor actor, PublishResults request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.PublishResults, Role.Admin, Role.Secretariat, Role.Council);
        var period = await StageChecklists.LoadAsync(db, request.PeriodId, ct);
        var now = clock.GetUtcNow();
        if (period.State != PeriodState.Finalisation)
        {
            throw new WorkflowException(StepMessages.PublishWhen(period.State));
        }
        var checklist = await StageChecklists.BuildAsync(db, period, PeriodState.Published, ct);
        checklist.RequireConfirmed(request.Confirmed, publishing: true);

        var latest = await LeafScores.LatestAsync(db, [.. period.Submissions.Select(s => s.Id)], ct);
        await AuditSeals.SealPendingAsync(db, wait: true, ct); // the head then covers every entry committed so far
        var auditHead = await AuditChain.HeadAsync(db, ct);
        var snapshots = new List<(string Group, string Json, string Sha, Snapshot Snapshot)>();
        foreach (var pf in period.Frameworks.OrderBy(f => f.Group, StringComparer.Ordinal))
        {
            var framework = CompiledFrameworks.Of(pf.FrameworkEdition);
            var group = period.Submissions.Where(s => s.Unit.Group == pf.Group).OrderBy(s => s.Unit.Code, StringComparer.Ordinal)
                .Select(s => (Submission: s, Inputs: RankedInputs.Of(period, s, framework, latest))).ToList();
            var units = group.Where(u => u.Inputs is not null).Select(u => (new DomainUnit(u.Submission.Unit.Code, u.Submission.Unit.Name, pf.Group), u.Inputs!)).ToList();
            if (units.Count == 0) continue;
            var (last, lineage, _) = await PreviousPublication.LastAsync(db, period, pf.Group, ct);
            var previous = PreviousPublication.AsPrevious(last);
            var edition = period.BandsJson is null ? framework.Framework : framework.Framework with { Bands = PeriodBands.Read(period.BandsJson) };
            var snapshot = new Snapshot(period.Id, period.Year, period.Name, pf.Group, edition, units,
                new RankingPolicy(period.RankPrecision), period.Combine, previous, lineage, auditHead,
                [.. group.Where(u => u.Inputs is null).Select(u => RankedInputs.Excluded(period, u.Submission))]);
            var json = snapshot.ToJson(snapshot.Recompute());
            snapshots.Add((pf.Group, json, Snapshot.Hash(json), snapshot));
        }

        try
        {
            await db.WriteAsync(async () =>
            {
                AuditLog.Record(db, actor, now, "period.publish", "Period", period.Id.ToString(), period.State.ToString(), PeriodState.Published.ToString(), checklist.Confirmation);
                var finalVersions = await db.Scores.Where(e => e.Stage == ScoreStage.Final && period.Submissions.Select(s => s.Id).Contains(e.SubmissionId))
                    .GroupBy(e => new { e.SubmissionId, e.LeafCode }).Select(g => new { g.Key.SubmissionId, g.Key.LeafCode, Version = g.Max(e => e.Version) }).ToListAsync(ct);
                var versionOf = finalVersions.ToDictionary(v => (v.SubmissionId, v.LeafCode), v => v.Version);
                foreach (var s in period.Submissions)
                {
                    var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == s.Unit.Group).FrameworkEdition);
                    var inputs = RankedInputs.Of(period, s, framework, latest);
                    if (inputs is null) continue;   // left out of the ranking: nothing to finalise
                    var zero = RankedInputs.ScoredZero(period, s);
                    foreach (var leaf in framework.LeafNodes.Select((node, l) => (Code: framework.Nodes[node].Code, Ordinal: l, Max: framework.Nodes[node].Max)))
                    {
                        var source = zero ? null : SubmissionInputs.Latest(latest, s.Id, leaf.Code, ScoreStage.Appeal);
                        var input = inputs[leaf.Ordinal];
                        db.Scores.Add(new ScoreEntry
                        {
                            SubmissionId = s.Id, LeafCode = leaf.Code, Stage = ScoreStage.Final, Version = versionOf.GetValueOrDefault((s.Id, leaf.Code)) + 1,
                            Input = Domain.Scoring.InputText.Format(input), Points = framework.Rules[leaf.Ordinal].Score(input, leaf.Max),
                            Note = zero ? "không nộp hồ sơ: 0 điểm" : source is null ? "no input" : $"from {source.Stage} v{source.Version}",
                            Author = actor.UserId, At = Moment.Of(now),
                        });
                    }
                }
                foreach (var (group, json, sha, _) in snapshots)
                {
                    db.Publications.Add(new Publication { PeriodId = period.Id, Group = group, SnapshotJson = json, Sha256 = sha, PublishedAt = Moment.Of(now), PublishedBy = actor.UserId });
                    AuditLog.Record(db, actor, now, "results.publish", "Publication", $"{period.Id}/{group}", null, sha);
                }
                StageMoves.Forward(db, actor, now, period, PeriodState.Published);
                period.State = PeriodState.Published;
                period.Version++;
                await Notifications.Notify.PublishedAsync(db, period, now, ct);
            }, ct);
        }
        catch (DbUpdateException e) when (ScoreLedger.IsRace(e))
        {
            throw new WorkflowException(StepMessages.PublishRaced(period.Name));
        }
        Telemetry.AppMetrics.Published();
        return [.. snapshots.Select(s => new PublishedGroup(s.Group, s.Sha, s.Snapshot.Units.Count))];
    }
}
