using ParIndex.App.Data;
using ParIndex.App.Features.Users;

namespace ParIndex.Web.Pages;

/// <summary>The signed-in user's own page: who they are, in which roles and unit; the start of their work; their password and tokens.</summary>
public sealed class MeModel(AppDbContext db) : WorkPage(db)
{
    public MyAccount Account { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        Account = await new GetMyAccountHandler(Db).HandleAsync(Actor, new GetMyAccount(), ct);
    }
}
