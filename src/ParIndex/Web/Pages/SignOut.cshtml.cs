using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;

namespace ParIndex.Web.Pages;

/// <summary>
/// Signs out (a form post, so another site cannot sign a user out with a link): every session of the account ends on
/// the server, so a copied cookie stops working too (<see cref="SessionCookie"/>), then the cookie is deleted.
/// </summary>
public sealed class SignOutModel(SignInManager<AppUser> signIn, AppDbContext db) : PageModel
{
    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.FindFirstValue(ClaimTypes.NameIdentifier) is { } id) await new EndSessionsHandler(db).HandleAsync(new EndSessions(id), HttpContext.RequestAborted);
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }
}
