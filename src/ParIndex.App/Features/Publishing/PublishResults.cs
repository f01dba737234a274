using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Security;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Workflow;
using DomainUnit = ParIndex.Domain.Results.Unit;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// Finalises and publishes a period (công bố): every submission becomes final, each leaf's final points are written
/// to the ledger, and each unit group's results are computed by the engine and frozen as a hashed snapshot. The
/// change from last year is taken against the group's previous published snapshot, through the lineage effective
/// since then.
/// </summary>
public sealed record PublishResults(int PeriodId);

public sealed record PublishedGroup(string Group, string Sha256, int Units);

public sealed class PublishResultsHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<PublishedGroup>> HandleAsync(Actor actor, PublishResults request, CancellationToken ct = default)
    {
        Access.Require(actor, "công bố kết quả / publish results", Role.Admin, Role.Secretariat, Role.Council);
        var period = await db.Periods.Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .Include(p => p.Submissions).ThenInclude(s => s.Unit)
            .SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct) ?? throw new NotFoundException($"Không có kỳ đánh giá {request.PeriodId} / No period {request.PeriodId}");
        var now = clock.GetUtcNow();
        var openAppeals = (await db.Appeals.Where(a => a.State == AppealState.Open).Select(a => a.SubmissionId).ToListAsync(ct)).ToHashSet();
        var role = actor.Is(Role.Secretariat) ? Role.Secretariat : actor.Is(Role.Council) ? Role.Council : Role.Admin;
        var refusals = new List<string>();
        var finals = new Dictionary<int, SubmissionState>();
        foreach (var s in period.Submissions.OrderBy(s => s.Unit.Code, StringComparer.Ordinal))
        {
            try
            {
                finals[s.Id] = SubmissionWorkflow.Apply(s.State, SubmissionAction.Finalise,
                    new WorkflowContext(role == Role.Admin ? Role.Secretariat : role, period.State, period.Deadlines, now, Moment.InVietnam(s.ExtendedUntil), AllAppealsDecided: !openAppeals.Contains(s.Id)));
            }
            catch (WorkflowException e)
            {
                refusals.Add($"{s.Unit.Code}: {e.Message}");
            }
        }
        if (refusals.Count > 0)
            throw new WorkflowException("Chưa thể công bố / Cannot publish yet:" + Environment.NewLine + string.Join(Environment.NewLine, refusals));

        var latest = await LeafScores.LatestAsync(db, [.. period.Submissions.Select(s => s.Id)], ct);
        var auditHead = await AuditChain.HeadAsync(db, ct);
        var snapshots = new List<(string Group, string Json, string Sha, Snapshot Snapshot)>();
        foreach (var pf in period.Frameworks.OrderBy(f => f.Group, StringComparer.Ordinal))
        {
            var framework = CompiledFrameworks.Of(pf.FrameworkEdition);
            var units = period.Submissions.Where(s => s.Unit.Group == pf.Group).OrderBy(s => s.Unit.Code, StringComparer.Ordinal)
                .Select(s => (new DomainUnit(s.Unit.Code, s.Unit.Name, pf.Group), SubmissionInputs.At(framework, s.Id, latest, ScoreStage.Appeal))).ToList();
            if (units.Count == 0) continue;
            var (last, lineage, _) = await PreviousPublication.LastAsync(db, period, pf.Group, ct);
            var previous = PreviousPublication.AsPrevious(last);
            var edition = period.BandsJson is null ? framework.Framework : framework.Framework with { Bands = PeriodBands.Read(period.BandsJson) };
            var snapshot = new Snapshot(period.Id, period.Year, period.Name, pf.Group, edition, units,
                new RankingPolicy(period.RankPrecision), period.Combine, previous, lineage, auditHead);
            var json = snapshot.ToJson(snapshot.Recompute());
            snapshots.Add((pf.Group, json, Snapshot.Hash(json), snapshot));
        }

        await db.WriteAsync(async () =>
        {
            var finalVersions = await db.Scores.Where(e => e.Stage == ScoreStage.Final && period.Submissions.Select(s => s.Id).Contains(e.SubmissionId))
                .GroupBy(e => new { e.SubmissionId, e.LeafCode }).Select(g => new { g.Key.SubmissionId, g.Key.LeafCode, Version = g.Max(e => e.Version) }).ToListAsync(ct);
            var versionOf = finalVersions.ToDictionary(v => (v.SubmissionId, v.LeafCode), v => v.Version);
            foreach (var s in period.Submissions)
            {
                var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == s.Unit.Group).FrameworkEdition);
                foreach (var leaf in framework.LeafNodes.Select((node, l) => (Code: framework.Nodes[node].Code, Ordinal: l, Max: framework.Nodes[node].Max)))
                {
                    var source = SubmissionInputs.Latest(latest, s.Id, leaf.Code, ScoreStage.Appeal);
                    var input = source is null ? Domain.Scoring.LeafInput.Missing : Domain.Scoring.InputText.Parse(source.Input, framework.Rules[leaf.Ordinal]).Input;
                    db.Scores.Add(new ScoreEntry
                    {
                        SubmissionId = s.Id, LeafCode = leaf.Code, Stage = ScoreStage.Final, Version = versionOf.GetValueOrDefault((s.Id, leaf.Code)) + 1,
                        Input = Domain.Scoring.InputText.Format(input), Points = framework.Rules[leaf.Ordinal].Score(input, leaf.Max),
                        Note = source is null ? "no input" : $"from {source.Stage} v{source.Version}", Author = actor.UserId, At = Moment.Of(now),
                    });
                }
                s.State = finals[s.Id];
                s.Version++;
            }
            foreach (var (group, json, sha, _) in snapshots)
            {
                db.Publications.Add(new Publication { PeriodId = period.Id, Group = group, SnapshotJson = json, Sha256 = sha, PublishedAt = Moment.Of(now), PublishedBy = actor.UserId });
                AuditLog.Record(db, actor, now, "results.publish", "Publication", $"{period.Id}/{group}", null, sha);
            }
            AuditLog.Record(db, actor, now, "period.publish", "Period", period.Id.ToString(), period.State.ToString(), PeriodState.Published.ToString());
            period.State = PeriodState.Published;
            period.Version++;
            await Notifications.Notify.PublishedAsync(db, period, now, ct);
        }, ct);
        return [.. snapshots.Select(s => new PublishedGroup(s.Group, s.Sha, s.Snapshot.Units.Count))];
    }
}
