using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Links a manager was just shown (after an import), brought back from their page to be listed in a file: the tokens
/// are stored nowhere, so the page posts them back. Each must still be an open link of the account it is listed with,
/// an account the manager manages; any other pair is left out.
/// </summary>
public sealed record ReadPasswordLinks(IReadOnlyList<(string UserName, string Token)> Links)
{
    public override string ToString() => $"ReadPasswordLinks {{ {Links.Count} links }}";
}

public sealed record OpenPasswordLink(string UserName, string? DisplayName, string? UnitCode, string Token, DateTimeOffset ExpiresAt);

public sealed class ReadPasswordLinksHandler(AppDbContext db, TimeProvider clock)
{
    public const int MaxLinks = 5000;

    public async Task<IReadOnlyList<OpenPasswordLink>> HandleAsync(Actor actor, ReadPasswordLinks request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ReadPasswordLinks, Domain.Workflow.Role.Admin, Domain.Workflow.Role.Secretariat);
        var now = clock.GetUtcNow();
        var units = await db.Units.AsNoTracking().ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var result = new List<OpenPasswordLink>();
        foreach (var (userName, token) in request.Links.Take(MaxLinks))
        {
            var link = await PasswordLinks.FindOpenAsync(db, token, now, ct);
            var user = link is null ? null : await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == link.UserId, ct);
            if (user is null || !string.Equals(user.UserName, userName, StringComparison.OrdinalIgnoreCase)) continue;
            var roles = await Accounts.RolesAsync(db, user.Id, ct);
            if (!actor.Is(Domain.Workflow.Role.Admin) && !(roles.Length > 0 && roles.All(Accounts.IsUnitRole))) continue;
            result.Add(new OpenPasswordLink(user.UserName!, user.DisplayName, user.UnitId is { } id ? units[id] : null, token, link!.ExpiresAt));
        }
        return result;
    }
}
