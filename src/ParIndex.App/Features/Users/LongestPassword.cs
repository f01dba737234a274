using Microsoft.AspNetCore.Identity;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>
/// A password is at most <see cref="SignInHandler.MaxPasswordLength"/> characters, the most sign-in ever checks, so
/// no password can be set that could not be used; refused with Identity's other password rules.
/// </summary>
internal sealed class LongestPassword : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is { Length: > SignInHandler.MaxPasswordLength }
            ? IdentityResult.Failed(new SaidIdentityError("PasswordTooLong", UserMessages.PasswordTooLong(SignInHandler.MaxPasswordLength)))
            : IdentityResult.Success);
}
