using System.Globalization;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A unit records a supporting document (tài liệu kiểm chứng): its number, date, issuer and summary, and/or a file,
/// and the sub-criteria of this period's submission it supports (possibly none yet: <see cref="LinkEvidence"/> adds
/// them later). It needs a file, or at least a number or a summary. <see cref="File"/> is read once and not disposed;
/// it need not be seekable; <see cref="FileName"/> is only kept (made safe) as the name offered on download.
/// <see cref="Pages"/> and <see cref="Section"/> say where in it the proof for the sub-criteria named is ("3–5", "Điều 5").
/// </summary>
public sealed record AddEvidence(int PeriodId, string UnitCode, string? Number, DateOnly? IssuedOn, string? Issuer, string? Summary,
    Stream? File, string? FileName, IReadOnlyList<string> LeafCodes, string? Pages = null, string? Section = null);

public sealed class AddEvidenceHandler(AppDbContext db, TimeProvider clock, IEvidenceStore store)
{
    /// <exception cref="ForbiddenException">The actor is not one of the unit's own editors or its leader.</exception>
    /// <exception cref="ParIndex.Domain.Workflow.WorkflowException">The submission does not accept changes now.</exception>
    /// <exception cref="ImportException">The metadata or leaf codes are wrong; every problem is listed, nothing was stored.</exception>
    /// <exception cref="EvidenceRejectedException">The file is empty, too large or not an accepted type; nothing was stored.</exception>
    public async Task<EvidenceDocument> HandleAsync(Actor actor, AddEvidence request, CancellationToken ct = default)
    {
        var scope = await SubmissionScope.LoadAsync(db, request.PeriodId, request.UnitCode, ct);
        var now = clock.GetUtcNow();
        if (request.LeafCodes.Count == 0 && scope.Submission.State == SubmissionState.Appraised)
            EvidenceRules.RequireCanAddForAppeal(scope, actor, now);
        else
            EvidenceRules.RequireCanChange(scope, actor, now);

        // Everything the request alone can get wrong is checked before the upload is streamed into the store.
        var problems = new List<ImportProblem>();
        var number = Field(request.Number, TextLimits.DocumentNumber, EvidenceMessages.Number(), scope, problems);
        var issuer = Field(request.Issuer, TextLimits.Issuer, EvidenceMessages.Issuer(), scope, problems);
        var summary = Field(request.Summary, TextLimits.Summary, EvidenceMessages.Summary(), scope, problems);
        if (request.File is null && number is null && summary is null)
            problems.Add(new ImportProblem(scope.Unit.Code,
                EvidenceMessages.NeedsSomething()));
        var today = DateOnly.FromDateTime(Moment.InVietnam(now).DateTime);
        if (request.IssuedOn > today)
            problems.Add(new ImportProblem(scope.Unit.Code,
                EvidenceMessages.IssuedInFuture(request.IssuedOn.Value, today)));
        var leaves = EvidenceRules.Leaves(scope, request.LeafCodes, problems);
        var place = EvidenceRules.Place(scope, request.Pages, request.Section, problems);
        ImportException.ThrowIfAny(problems);

        var stored = request.File is null ? null : await store.SaveAsync(request.File, request.FileName ?? "", ct);
        var document = new EvidenceDocument
        {
            UnitId = scope.Unit.Id,
            Number = number,
            IssuedOn = request.IssuedOn,
            Issuer = issuer,
            Summary = summary,
            FileSha256 = stored?.Sha256,
            FileName = stored?.SafeFileName,
            ContentType = stored?.ContentType,
            FileSize = stored?.Size,
            CreatedBy = actor.UserId,
            CreatedAt = Moment.Of(now),
            Links = [.. leaves.Select(leaf => new EvidenceLink { SubmissionId = scope.Submission.Id, LeafCode = leaf, Pages = place.Pages, Section = place.Section })],
        };
        // A failed or cancelled write leaves the stored file: another upload of the same content may have found it stored
        // and be about to commit its own document. Files no document names are collected by SweepEvidence.
        await db.WriteAsync(async () =>
        {
            db.Evidence.Add(document);
            await db.SaveChangesAsync(ct); // inside the transaction: the new id names the document in the audit entry
            AuditLog.Record(db, actor, now, "evidence.add", "Evidence", $"{scope.Period.Id}/{scope.Unit.Code}/{document.Id}", null, Describe(document));
        }, ct);
        return document;
    }

    private static string? Field(string? value, int maxLength, Message name, SubmissionScope scope, List<ImportProblem> problems)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length > maxLength)
            problems.Add(new ImportProblem(scope.Unit.Code, TextMessages.TooLong(name, maxLength)));
        return text;
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Describe(EvidenceDocument d)
    {
        var parts = new List<string>();
        if (d.Number is not null) parts.Add($"số {d.Number}");
        if (d.IssuedOn is { } on) parts.Add($"ngày {Iso(on)}");
        if (d.Issuer is not null) parts.Add($"cơ quan {d.Issuer}");
        if (d.Summary is not null) parts.Add($"trích yếu {d.Summary}");
        if (d.FileSha256 is not null) parts.Add($"tệp {d.FileName} ({d.ContentType}, {d.FileSize} B, sha256 {d.FileSha256})");
        parts.Add("tiêu chí " + EvidenceRules.Text(d.Links));
        return string.Join("; ", parts);
    }
}
