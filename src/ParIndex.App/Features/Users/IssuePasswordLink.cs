using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Resets an account's password the safe way: a one-time link for its owner to set a new one (the old password keeps
/// working until then). Earlier open links stop working. A disabled account gets no link.
/// </summary>
public sealed record IssuePasswordLink(string UserName);

public sealed record PasswordLinkIssued(string UserName, IssuedLink Link);

public sealed class IssuePasswordLinkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<PasswordLinkIssued> HandleAsync(Actor actor, IssuePasswordLink request, CancellationToken ct = default)
    {
        var user = await Accounts.FindAsync(db, request.UserName, tracked: true, ct);
        Accounts.RequireManager(actor, await Accounts.RolesAsync(db, user.Id, ct));
        if (user.DisabledAt is not null)
            throw new WorkflowException(UserMessages.DisabledEnableFirst(user.UserName!));
        var now = clock.GetUtcNow();
        var link = await db.WriteAsync(() => PasswordLinks.IssueAsync(db, user, actor, now, ct), ct);
        return new PasswordLinkIssued(user.UserName!, link);
    }
}
