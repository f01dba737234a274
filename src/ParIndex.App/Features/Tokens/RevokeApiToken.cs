using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Tokens;

/// <summary>The owner revokes one of their tokens (an administrator may revoke anyone's); it stops working at once.</summary>
public sealed record RevokeApiToken(int Id);

public sealed class RevokeApiTokenHandler(AppDbContext db, TimeProvider clock)
{
    public async Task HandleAsync(Actor actor, RevokeApiToken request, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == request.Id, ct)
            ?? throw new NotFoundException(NotFoundMessages.Token(request.Id));
        if (token.UserId != actor.UserId && !actor.Is(Role.Admin))
            throw new ForbiddenException(AccessMessages.OwnTokens());
        if (token.RevokedAt is not null) return;
        var now = clock.GetUtcNow();
        await db.WriteAsync(() =>
        {
            token.RevokedAt = Moment.Of(now);
            AuditLog.Record(db, actor, now, "token.revoke", "ApiToken", token.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), token.Prefix + "…", "revoked");
            return Task.CompletedTask;
        }, ct);
    }
}
