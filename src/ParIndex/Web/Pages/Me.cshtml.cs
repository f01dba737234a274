using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;

namespace ParIndex.Web.Pages;

/// <summary>The signed-in user's own page: who they are, in which roles and unit; the start of their work.</summary>
[Authorize]
public sealed class MeModel(AppDbContext db) : PageModel
{
    public Actor Actor { get; private set; } = null!;

    public string? UnitName { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Actor = await new GetActorHandler(db).HandleAsync(new GetActor(User.Identity!.Name!), ct);
        if (Actor.UnitId is { } unit) UnitName = await db.Units.Where(u => u.Id == unit).Select(u => u.Name).SingleAsync(ct);
    }
}
