using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;

namespace ParIndex.Web.Pages;

/// <summary>
/// <c>/dat-mat-khau/{token}</c>: the owner of a new or reset account sets their password through the one-time link
/// they were given — no sign-in needed, the link is the credential. A wrong, used or expired link is a 404 page.
/// </summary>
public sealed class SetPasswordModel(AppDbContext db, TimeProvider clock) : PageModel
{
    public static readonly string[] Fields = ["password", "confirm"];

    public PasswordLinkView Link { get; private set; } = null!;

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync(string token, CancellationToken ct) => ShowAsync(token, ct);

    public async Task<IActionResult> OnPostAsync(string token, string? password, string? confirm, CancellationToken ct)
    {
        try
        {
            Done = await new SetPasswordByLinkHandler(db, clock).HandleAsync(new SetPasswordByLink(token, password ?? "", confirm ?? ""), ct);
            return Page();
        }
        catch (ImportException e)
        {
            Accounts.FieldProblems.Add(ModelState, e, Fields, "password");
            return await ShowAsync(token, ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }

    private async Task<IActionResult> ShowAsync(string token, CancellationToken ct)
    {
        try
        {
            Link = await new GetPasswordLinkHandler(db, clock).HandleAsync(new GetPasswordLink(token), ct);
            return Page();
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
    }
}
