using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Appraisal;

/// <summary>
/// One submission as its appraiser works on it (phiếu thẩm định): only the sub-criteria in the actor's scope, each
/// with the unit's input, points and explanation, the documents linked to it, and the appraised score so far with
/// its version (to save against).
/// </summary>
public sealed record GetAppraisalSheet(int PeriodId, string UnitCode);

/// <summary>A stored score: its input as text, points, note (explanation or reason) and ledger version.</summary>
public sealed record ScoreView(string Input, decimal Points, string? Note, int Version, DateTimeOffset At)
{
    internal static ScoreView? Of(ScoreEntry? e) => e is null ? null : new(e.Input, e.Points, e.Note, e.Version, e.At);
}

/// <param name="Place">Where in the document the unit says the proof for this item is (pages, section).</param>
public sealed record EvidenceItem(int Id, string? Number, DateOnly? IssuedOn, string? Issuer, string? Summary, string? FileName, string? ContentType, bool HasFile,
    ProofPlace Place);

/// <param name="Accepts">The kind of input the rule reads (for the hint beside the field).</param>
/// <param name="Options">The rule's options, for an options rule; otherwise empty.</param>
/// <param name="EvidenceWanted">What evidence the framework asks for, when it requires some.</param>
/// <param name="Fact">The official source's figure that fills this item, when it is mapped.</param>
public sealed record AppraisalItem(string Code, string Name, string AreaCode, string AreaName, decimal Max, string? Guidance, InputKind Accepts,
    IReadOnlyList<ScoreOption> Options, string? EvidenceWanted, ScoreView? Self, ScoreView? Appraised, IReadOnlyList<EvidenceItem> Evidence,
    SelfAssessment.FactSource? Fact = null);

/// <param name="CanComplete">The actor may close the whole submission's appraisal (the workflow may still refuse).</param>
public sealed record AppraisalSheet(int PeriodId, string PeriodName, PeriodState PeriodState, DateTimeOffset AppraisalCloses,
    string UnitCode, string UnitName, SubmissionState State, bool CanComplete, IReadOnlyList<AppraisalItem> Items)
{
    public int AppraisedCount => Items.Count(i => i.Appraised is not null);
}

public sealed class GetAppraisalSheetHandler(AppDbContext db)
{
    /// <exception cref="ForbiddenException">The actor is not assigned to anything of this unit.</exception>
    public async Task<AppraisalSheet> HandleAsync(Actor actor, GetAppraisalSheet request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        await Access.RequireAppraiserOfAsync(db, actor, scope.Period.Id, scope.Unit.Id, null, ct);
        var who = await AppraiserScope.LoadAsync(db, actor, [scope.Period.Id], ct);
        var framework = scope.Framework;
        var id = scope.Submission.Id;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        var links = await db.EvidenceLinks.AsNoTracking().Where(l => l.SubmissionId == id)
            .Join(db.Evidence, l => l.DocumentId, d => d.Id, (l, d) => new { l.LeafCode, l.Pages, l.Section, Document = d }).ToListAsync(ct);
        var evidence = links.OrderBy(l => l.Document.Id).ToLookup(l => l.LeafCode, l => new EvidenceItem(l.Document.Id, l.Document.Number, l.Document.IssuedOn,
            l.Document.Issuer, l.Document.Summary, l.Document.FileName, l.Document.ContentType, l.Document.FileSha256 is not null, new ProofPlace(l.Pages, l.Section)));

        var facts = await Facts.FactSources.ForUnitAsync(db, scope.Period.Id, scope.Unit.Id, ct);
        var items = new List<AppraisalItem>();
        for (var leaf = 0; leaf < framework.LeafNodes.Length; leaf++)
        {
            var node = framework.Nodes[framework.LeafNodes[leaf]];
            if (!who.Covers(scope.Period.Id, scope.Unit.Id, node.Code)) continue;
            var rule = framework.Rules[leaf];
            var area = framework.LeafNodes[leaf];
            while (framework.Parent[area] >= 0) area = framework.Parent[area];
            items.Add(new AppraisalItem(node.Code, node.Name, framework.Nodes[area].Code, framework.Nodes[area].Name,
                node.Max, node.Guidance, rule.Accepts, rule is OptionsRule options ? options.Options : [],
                node.Evidence is { Required: true } wanted ? wanted.What ?? "" : null,
                ScoreView.Of(latest.GetValueOrDefault((id, node.Code, ScoreStage.SelfAssessed))),
                ScoreView.Of(latest.GetValueOrDefault((id, node.Code, ScoreStage.Appraised))), [.. evidence[node.Code]], facts.GetValueOrDefault(node.Code)));
        }
        return new AppraisalSheet(scope.Period.Id, scope.Period.Name, scope.Period.State, scope.Period.AppraisalCloses, scope.Unit.Code, scope.Unit.Name,
            scope.Submission.State, who.CoversWholeUnit(scope.Period.Id, scope.Unit.Id), items);
    }
}
