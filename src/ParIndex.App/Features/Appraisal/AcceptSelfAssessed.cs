using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// An appraiser accepts, in one action, the self-assessed score of every sub-criterion of an area they have not yet
/// appraised: each gets the appraised score equal to the unit's, with the reason "Đồng ý với điểm tự chấm", as its own
/// ledger entry and audit record, all in one transaction. Only items with a self-assessed score count (an empty or
/// survey item is left for the appraiser). <see cref="Untouched"/> is what the page showed: if the items not yet
/// appraised differ now (someone appraised one, or the unit's own score moved since), nothing is written and the
/// appraiser is asked to look again — the optimistic concurrency of the single save, for the whole area.
/// </summary>
public sealed record AcceptSelfAssessed(int PeriodId, string UnitCode, string AreaCode, IReadOnlyList<string> Untouched);

/// <param name="Accepted">The sub-criteria accepted, in framework order.</param>
public sealed record AcceptedArea(string AreaCode, IReadOnlyList<SavedAppraisal> Accepted)
{
    public Message Shown => AcceptAllMessages.Done(Accepted.Count, AreaCode);
}

public sealed class AcceptSelfAssessedHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">Not an appraiser of this unit's area (nor the secretariat, council or admin).</exception>
    /// <exception cref="WorkflowException">Outside the appraisal stage, for a submission not submitted, or after the deadline.</exception>
    /// <exception cref="ConflictException">The items not yet appraised are not those the page showed.</exception>
    public async Task<AcceptedArea> HandleAsync(Actor actor, AcceptSelfAssessed request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.AcceptSelfAssessed, Role.Admin, Role.Secretariat, Role.Council, Role.Appraiser);
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var framework = scope.Framework;
        var area = framework.NodeIndex(request.AreaCode.Trim()) is { } n && framework.Parent[n] < 0 ? n
            : throw new NotFoundException(AcceptAllMessages.NotAnArea(request.AreaCode, framework.Framework.Code));
        var areaCode = framework.Nodes[area].Code;
        await Access.RequireAppraiserOfAsync(db, actor, scope.Period.Id, scope.Unit.Id, areaCode, ct);
        var now = clock.GetUtcNow();
        scope.RequireAppraisalOpen(now);

        var latest = await LeafScores.LatestAsync(db, [scope.Submission.Id], ct);
        var untouched = new List<(int Leaf, ScoreEntry Self)>();
        for (var leaf = 0; leaf < framework.LeafNodes.Length; leaf++)
        {
            var node = framework.LeafNodes[leaf];
            var top = node;
            while (framework.Parent[top] >= 0) top = framework.Parent[top];
            var code = framework.Nodes[node].Code;
            if (top == area && latest.GetValueOrDefault((scope.Submission.Id, code, ScoreStage.SelfAssessed)) is { } self
                && !latest.ContainsKey((scope.Submission.Id, code, ScoreStage.Appraised)))
                untouched.Add((leaf, self));
        }
        var shown = request.Untouched.Select(c => c.Trim()).ToHashSet(StringComparer.Ordinal);
        if (!shown.SetEquals(untouched.Select(u => framework.Nodes[framework.LeafNodes[u.Leaf]].Code)))
            throw new ConflictException(AcceptAllMessages.Stale(areaCode, untouched.Count), untouched.Count, null);
        if (untouched.Count == 0) return new AcceptedArea(areaCode, []);

        var reason = AcceptAllMessages.Reason().In(Language.Vi);
        var first = framework.Nodes[framework.LeafNodes[untouched[0].Leaf]].Code;
        return await ScoreLedger.RunAsync(db, scope.Submission.Id, first, ScoreStage.Appraised, async () =>
        {
            var accepted = new List<SavedAppraisal>();
            foreach (var (leaf, self) in untouched)
            {
                var node = framework.Nodes[framework.LeafNodes[leaf]];
                var input = scope.Accept(leaf, self.Input, required: true);
                var points = framework.Rules[leaf].Score(input, node.Max);
                var text = InputText.Format(input);
                var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appraised, 0, text, points, reason, actor, now, ct);
                AuditLog.Record(db, actor, now, "score.appraise", "Score", $"{scope.Period.Id}/{scope.Unit.Code}/{node.Code}", null, $"v{entry.Version}: {text} → {points}", reason);
                accepted.Add(new SavedAppraisal(node.Code, text, points, entry.Version));
            }
            return new AcceptedArea(areaCode, accepted);
        }, ct);
    }
}
