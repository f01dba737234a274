using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;

namespace ParIndex.Web.Pages;

/// <summary><c>/toi/mat-khau</c>: every signed-in user changes their own password; this session stays signed in, the others end.</summary>
public sealed class MyPasswordModel(AppDbContext db, TimeProvider clock, SignInManager<AppUser> signIn) : WorkPage(db)
{
    public static readonly string[] Fields = ["current", "password", "confirm"];

    public bool Changed { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => await LoadActorAsync(ct);

    public async Task<IActionResult> OnPostAsync(string? current, string? password, string? confirm, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            try
            {
                await new ChangeOwnPasswordHandler(Db, clock).HandleAsync(Actor, new ChangeOwnPassword(current ?? "", password ?? "", confirm ?? ""), ct);
                // The password change gave the account a new stamp: renew this session's cookie, the others end at their next check.
                if (await signIn.UserManager.FindByIdAsync(Actor.UserId) is { } user) await signIn.RefreshSignInAsync(user);
                Changed = true;
            }
            catch (ImportException e)
            {
                Accounts.FieldProblems.Add(ModelState, e, Fields, "password");
            }
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()), "password");
    }
}
