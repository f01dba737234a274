using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Text;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Evidence;

/// <summary>What adding, linking and unlinking evidence have in common.</summary>
internal static class EvidenceRules
{
    /// <summary>
    /// Evidence is part of the self-assessment, so it changes under the same rule as a score: only by the unit's own
    /// users, while the submission accepts saves (self-assessment stage, before the unit's deadline, not yet submitted).
    /// </summary>
    /// <summary>
    /// A unit adds a document during the appeal window to support its appeal; the sub-criteria's own evidence, which
    /// the appraisers saw, is no longer changed then.
    /// </summary>
    public static void RequireCanAddForAppeal(SubmissionScope scope, Actor actor, DateTimeOffset now)
    {
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        if (scope.Submission.State != SubmissionState.Appraised || scope.Period.State != PeriodState.Appeals)
            throw new WorkflowException(EvidenceMessages.AppealOnlyWhenAppraised());
        if (now >= scope.Period.AppealsClose)
            throw new WorkflowException(EvidenceMessages.AppealWindowClosed(scope.Period.AppealsClose));
    }

    public static void RequireCanChange(SubmissionScope scope, Actor actor, DateTimeOffset now)
    {
        Access.RequireUnitWriter(actor, scope.Unit.Id);
        SubmissionWorkflow.Apply(scope.Submission.State, SubmissionAction.SaveScore, scope.Context(actor, now));
    }

    /// <summary>
    /// The framework's own codes of the sub-criteria named, once each and in framework order; every code that is not a
    /// sub-criterion of the unit's framework is added to <paramref name="problems"/>.
    /// </summary>
    public static IReadOnlyList<string> Leaves(SubmissionScope scope, IReadOnlyList<string>? codes, List<ImportProblem> problems)
    {
        var framework = scope.Framework;
        var found = new SortedDictionary<int, string>();
        foreach (var code in codes ?? [])
        {
            if (string.IsNullOrWhiteSpace(code))
            {
                problems.Add(new ImportProblem(scope.Unit.Code, EvidenceMessages.LeafEmpty()));
                continue;
            }
            var node = framework.NodeIndex(code);
            var leaf = node is { } n ? framework.LeafOrdinal(n) : -1;
            if (node is null)
                problems.Add(new ImportProblem(scope.Unit.Code,
                    NotFoundMessages.Leaf(code, framework.Framework.Code),
                    Node: code));
            else if (leaf < 0)
                problems.Add(new ImportProblem(scope.Unit.Code,
                    EvidenceMessages.NotALeaf(code),
                    Node: code));
            else
                found[leaf] = framework.Nodes[node.Value].Code;
        }
        return [.. found.Values];
    }

    /// <summary>Codes sorted as the framework lists them (codes it does not know last, as text).</summary>
    public static List<string> InFrameworkOrder(SubmissionScope scope, IEnumerable<string> codes) =>
        [.. codes.Distinct(StringComparer.Ordinal)
            .OrderBy(c => scope.Framework.NodeIndex(c) is { } n && scope.Framework.LeafOrdinal(n) is var leaf and >= 0 ? leaf : int.MaxValue)
            .ThenBy(c => c, StringComparer.Ordinal)];

    /// <summary>A document of the scope's unit, to link or unlink; another unit's document is refused.</summary>
    public static async Task<EvidenceDocument> OwnDocumentAsync(AppDbContext db, SubmissionScope scope, int documentId, CancellationToken ct)
    {
        var document = await db.Evidence.AsNoTracking().SingleOrDefaultAsync(d => d.Id == documentId, ct)
            ?? throw NoDocument(documentId);
        if (document.UnitId != scope.Unit.Id)
            throw new ForbiddenException(EvidenceMessages.OtherUnit(documentId, scope.Unit.Code));
        return document;
    }

    public static NotFoundException NoDocument(int documentId) =>
        new(EvidenceMessages.NoDocument(documentId));

    /// <summary>A document's links in one submission (the leaves it supports, each with its place), in framework order.</summary>
    public static async Task<IReadOnlyList<EvidenceLink>> LinksAsync(AppDbContext db, SubmissionScope scope, int documentId, CancellationToken ct) =>
        InFrameworkOrder(scope, await db.EvidenceLinks.AsNoTracking()
            .Where(l => l.DocumentId == documentId && l.SubmissionId == scope.Submission.Id)
            .ToListAsync(ct));

    /// <summary>Links sorted as the framework lists their leaves.</summary>
    public static IReadOnlyList<EvidenceLink> InFrameworkOrder(SubmissionScope scope, IEnumerable<EvidenceLink> links)
    {
        var order = InFrameworkOrder(scope, links.Select(l => l.LeafCode));
        return [.. links.OrderBy(l => order.IndexOf(l.LeafCode))];
    }

    /// <summary>The requested leaves; a request naming none is refused rather than silently doing nothing.</summary>
    public static IReadOnlyList<string> RequestedLeaves(SubmissionScope scope, IReadOnlyList<string>? codes)
    {
        var problems = new List<ImportProblem>();
        var leaves = Leaves(scope, codes, problems);
        if (problems.Count == 0 && leaves.Count == 0)
            problems.Add(new ImportProblem(scope.Unit.Code, EvidenceMessages.NoLeafChosen()));
        ImportException.ThrowIfAny(problems);
        return leaves;
    }

    /// <summary>Where in the document the proof is, as typed; each problem is added to <paramref name="problems"/>.</summary>
    public static ProofPlace Place(SubmissionScope scope, string? pages, string? section, List<ImportProblem> problems)
    {
        var (place, refused) = ProofPlace.Read(pages, section);
        problems.AddRange(refused.Select(p => new ImportProblem(scope.Unit.Code, p)));
        return place ?? ProofPlace.None;
    }

    /// <summary>"1.1 (trang 3–5, Điều 5), 2.3" for the audit log.</summary>
    public static string Text(IEnumerable<EvidenceLink> links) =>
        string.Join(", ", links.Select(l => l.Place.Shown is { } shown ? $"{l.LeafCode} ({shown})" : l.LeafCode)) is { Length: > 0 } text ? text : "-";

    public static string Text(IReadOnlyList<string> leaves) => leaves.Count == 0 ? "-" : string.Join(", ", leaves);
}
