using Microsoft.AspNetCore.Identity;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// Identity asks this before every sign-in: a disabled account may not sign in (the sign-in fails as "not allowed"
/// before its password is checked, so failures do not count towards a lockout).
/// </summary>
public sealed class EnabledAccounts : IUserConfirmation<AppUser>
{
    public Task<bool> IsConfirmedAsync(UserManager<AppUser> manager, AppUser user) => Task.FromResult(user.DisabledAt is null);
}
