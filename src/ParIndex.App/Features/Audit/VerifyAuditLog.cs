using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Audit;

/// <summary>
/// The chain check of <c>parindex audit verify</c>, from the web page: the one seam between the pages and
/// <see cref="AuditChain.VerifyAsync"/>, so a change to how the chain is kept stays behind it.
/// </summary>
public sealed record VerifyAuditLog;

/// <param name="Broken">The first entry that breaks the chain, or null when the log is intact.</param>
public sealed record AuditCheck(int Entries, AuditBreak? Broken, DateTimeOffset CheckedAt)
{
    public bool Intact => Broken is null;
}

public sealed class VerifyAuditLogHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<AuditCheck> HandleAsync(Actor actor, VerifyAuditLog request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.VerifyAuditLog, Role.Admin, Role.Secretariat, Role.Council);
        var broken = await AuditChain.VerifyAsync(db, ct);
        return new AuditCheck(await db.Audit.CountAsync(ct), broken, clock.GetUtcNow());
    }
}
