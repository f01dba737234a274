using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// Checks that every file a document names is in the store with the size recorded (and, with <see cref="Hashes"/>, that
/// its content still has its SHA-256): a missing or damaged file is evidence lost, which the audit log cannot show.
/// </summary>
public sealed record VerifyEvidence(bool Hashes = false);

/// <summary>A stored file that does not match what documents record, and the documents that name it.</summary>
public sealed record EvidenceFileProblem(string Sha256, IReadOnlyList<int> DocumentIds, Message Problem)
{
    /// <summary>"ab12… (tài liệu 12, 15): tệp không có trong kho" in the reader's language.</summary>
    public Message Says => EvidenceMessages.DamagedFile(Sha256, DocumentIds, Problem);

    public override string ToString() => Says.ToString();
}

/// <param name="Files">Distinct files named by documents.</param>
/// <param name="Documents">Documents with a file.</param>
public sealed record EvidenceVerification(int Files, int Documents, IReadOnlyList<EvidenceFileProblem> Problems)
{
    public bool Ok => Problems.Count == 0;
}

public sealed class VerifyEvidenceHandler(AppDbContext db, IEvidenceStore store)
{
    /// <exception cref="ForbiddenException">The actor is not an administrator.</exception>
    public async Task<EvidenceVerification> HandleAsync(Actor actor, VerifyEvidence request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.VerifyEvidence, Role.Admin);
        var documents = await db.Evidence.AsNoTracking().Where(d => d.FileSha256 != null)
            .Select(d => new { d.Id, Sha256 = d.FileSha256!, d.FileSize }).ToListAsync(ct);
        var problems = new List<EvidenceFileProblem>();
        foreach (var file in documents.GroupBy(d => d.Sha256, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var ids = file.Select(d => d.Id).Order().ToList();
            var problem = await ProblemAsync(file.Key, file.First().FileSize, request.Hashes, ct);
            if (problem is not null) problems.Add(new EvidenceFileProblem(file.Key, ids, problem));
        }
        return new EvidenceVerification(documents.Select(d => d.Sha256).Distinct(StringComparer.Ordinal).Count(), documents.Count, problems);
    }

    private async Task<Message?> ProblemAsync(string sha256, long? size, bool hashes, CancellationToken ct)
    {
        await using var content = await store.OpenAsync(sha256, ct);
        if (content is null) return EvidenceMessages.FileMissing();
        if (size is { } expected && content.Length != expected)
            return EvidenceMessages.SizeDiffers(content.Length, expected);
        if (hashes && Convert.ToHexStringLower(await SHA256.HashDataAsync(content, ct)) != sha256)
            return EvidenceMessages.HashDiffers();
        return null;
    }
}
