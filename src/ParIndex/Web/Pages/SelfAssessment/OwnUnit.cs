using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>The signed-in user's unit: the self-assessment pages show only one's own unit.</summary>
internal static class OwnUnit
{
    public static async Task<string> CodeAsync(AppDbContext db, Actor actor, CancellationToken ct) =>
        actor.UnitId is { } id && actor.BelongsTo(id)
            ? await db.Units.Where(u => u.Id == id).Select(u => u.Code).SingleAsync(ct)
            : throw new ForbiddenException(SiteMessages.UnitsOnly());
}
