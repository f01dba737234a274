using Microsoft.AspNetCore.Identity;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// A password is at most <see cref="SignInHandler.MaxPasswordLength"/> characters, the most sign-in ever checks, so
/// no password can be set that could not be used; refused with Identity's other password rules.
/// </summary>
internal sealed class LongestPassword : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is { Length: > SignInHandler.MaxPasswordLength }
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooLong",
                Description = $"Mật khẩu dài quá {SignInHandler.MaxPasswordLength} ký tự / Passwords must be at most {SignInHandler.MaxPasswordLength} characters",
            })
            : IdentityResult.Success);
}
