using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// Stores the secretariat's confirmed crosswalk (a .json or .xlsx file, docs/formats.md) between two stored framework
/// editions, after checking it against both (<see cref="CheckCrosswalk"/>, with <see cref="PeriodId"/>: also that the
/// period's groups move between them): every problem located, nothing stored if there is one. Storing the same content
/// again changes nothing; a corrected file for the same pair replaces the stored one (the audit log keeps both hashes).
/// </summary>
public sealed record ImportCrosswalk(byte[] Content, string FileName, int? PeriodId = null);

public sealed class ImportCrosswalkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<CrosswalkEdition> HandleAsync(Actor actor, ImportCrosswalk request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ConfirmCrosswalk, Role.Admin, Role.Secretariat);
        var (fromCode, toCode, _, json) = await CheckCrosswalkHandler.CheckAsync(db, new CheckCrosswalk(request.Content, request.FileName, request.PeriodId), ct);
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
