using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;
using ParIndex.App.Features.Users;

namespace ParIndex.Web.Pages;

/// <summary>
/// Sign-in with a username and password (ASP.NET Core Identity cookie). The form is protected against forgery; the
/// check and its limits (per client a minute, per account and client with growing waits, the same answer for unknown
/// accounts) are <see cref="SignInHandler"/>'s, held in the database for every node.
/// </summary>
public sealed class SignInModel(SignInManager<AppUser> signIn, AppDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public string UserName { get; set; } = "";

    [BindProperty]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var result = await new SignInHandler(db, clock, signIn.UserManager).HandleAsync(new SignIn(UserName, Password, client), ct);
        switch (result.Outcome)
        {
            case SignInOutcome.SignedIn:
                await signIn.SignInAsync(result.User!, isPersistent: false);
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await HomeAsync());
            case SignInOutcome.TooMany:
                Response.Headers.RetryAfter = Math.Ceiling(result.Wait.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                return StatusCode(StatusCodes.Status429TooManyRequests);
        }
        var minutes = Math.Max(1, (int)Math.Ceiling(result.Wait.TotalMinutes));
        Error = (result.Outcome switch
        {
            SignInOutcome.Waiting => SiteMessages.SignInWaiting(minutes),
            SignInOutcome.Locked => SiteMessages.SignInLocked(),
            _ => SiteMessages.SignInWrong(),
        }).In(Lang.Of(HttpContext));
        return Page();
    }

    /// <summary>The home of the user's roles (<see cref="RoleNames.Home"/>): each role starts from its work.</summary>
    private async Task<string> HomeAsync()
    {
        var user = await signIn.UserManager.FindByNameAsync(UserName.Trim());
        var roles = user is null ? [] : await signIn.UserManager.GetRolesAsync(user);
        return RoleNames.Home([.. roles.Select(r => Enum.TryParse<Role>(r, ignoreCase: true, out var role) ? role : (Role?)null).OfType<Role>()]);
    }
}
