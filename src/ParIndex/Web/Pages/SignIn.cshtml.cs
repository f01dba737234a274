using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using ParIndex.App.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages;

/// <summary>
/// Sign-in with a username and password (ASP.NET Core Identity cookie). Failures count towards the lockout, the form
/// is protected against forgery, and sign-in attempts are rate-limited per client address.
/// </summary>
[EnableRateLimiting(SignInLimits.Policy)]
public sealed class SignInModel(SignInManager<AppUser> signIn) : PageModel
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

    public async Task<IActionResult> OnPostAsync()
    {
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded) return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : await HomeAsync());
        Error = result.IsLockedOut
            ? "Tài khoản tạm bị khóa do đăng nhập sai nhiều lần; hãy thử lại sau 15 phút. / The account is locked after repeated failures; try again in 15 minutes."
            : "Tên đăng nhập hoặc mật khẩu không đúng. / Wrong username or password.";
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
