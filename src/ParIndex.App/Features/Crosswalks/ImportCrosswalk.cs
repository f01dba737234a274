using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// Stores the secretariat's confirmed crosswalk (a .json or .xlsx file, docs/formats.md) between two stored framework
/// editions, after checking it against both: every problem located, nothing stored if there is one. Storing the same
/// content again changes nothing; a corrected file for the same pair replaces the stored one (the audit log keeps both hashes).
/// </summary>
public sealed record ImportCrosswalk(byte[] Content, string FileName);

public sealed class ImportCrosswalkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<CrosswalkEdition> HandleAsync(Actor actor, ImportCrosswalk request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ConfirmCrosswalk, Role.Admin, Role.Secretariat);
        var file = CrosswalkFiles.Read(request.Content, request.FileName);
        var (fromCode, toCode) = (file.Crosswalk.From, file.Crosswalk.To);
        var editions = await db.Frameworks.AsNoTracking().Where(f => f.Code == fromCode || f.Code == toCode).ToListAsync(ct);
        var missing = new[] { fromCode, toCode }.Distinct().Where(c => !editions.Any(e => e.Code == c)).ToList();
        ImportException.ThrowIfAny([.. missing.Select(c => new ImportProblem(request.FileName,
            $"chưa có bộ chỉ số {c}: hãy nhập ấn bản này trước / framework edition {c} is not stored: import it first"))]);
        var from = CompiledFrameworks.Of(editions.Single(e => e.Code == fromCode));
        var to = CompiledFrameworks.Of(editions.Single(e => e.Code == toCode));
        var crosswalk = file.CheckedAgainst(from, to);

        var json = CrosswalkJson.Write(fromCode, toCode, CrosswalkRow.Of(crosswalk.Links, from, to));
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await db.Crosswalks.SingleOrDefaultAsync(c => c.FromCode == fromCode && c.ToCode == toCode, ct);
        if (existing?.Sha256 == sha) return existing;
        var now = clock.GetUtcNow();
        var stored = existing ?? new CrosswalkEdition { FromCode = fromCode, ToCode = toCode, Json = json, Sha256 = sha, ConfirmedBy = actor.UserId };
        await db.WriteAsync(() =>
        {
            var before = existing?.Sha256;
            (stored.Json, stored.Sha256, stored.ConfirmedAt, stored.ConfirmedBy) = (json, sha, Moment.Of(now), actor.UserId);
            if (existing is null) db.Crosswalks.Add(stored);
            AuditLog.Record(db, actor, now, "crosswalk.import", "Crosswalk", $"{fromCode}→{toCode}", before, sha);
            return Task.CompletedTask;
        }, ct);
        return stored;
    }
}
