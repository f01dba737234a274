using Microsoft.AspNetCore.Identity;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Users;

/// <summary>Identity's messages for what a person can fix, from the catalogue, so each reader sees them in their language.</summary>
public sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) => new SaidIdentityError(nameof(PasswordTooShort), UserMessages.PasswordTooShort(length));

    public override IdentityError PasswordRequiresDigit() => new SaidIdentityError(nameof(PasswordRequiresDigit), UserMessages.PasswordNeedsDigit());

    public override IdentityError PasswordRequiresUpper() => new SaidIdentityError(nameof(PasswordRequiresUpper), UserMessages.PasswordNeedsUpper());

    public override IdentityError PasswordRequiresLower() => new SaidIdentityError(nameof(PasswordRequiresLower), UserMessages.PasswordNeedsLower());

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        new SaidIdentityError(nameof(PasswordRequiresNonAlphanumeric), UserMessages.PasswordNeedsSymbol());

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        new SaidIdentityError(nameof(PasswordRequiresUniqueChars), UserMessages.PasswordNeedsUnique(uniqueChars));

    public override IdentityError DuplicateUserName(string userName) => new SaidIdentityError(nameof(DuplicateUserName), UserMessages.NameTaken(userName));

    public override IdentityError InvalidUserName(string? userName) => new SaidIdentityError(nameof(InvalidUserName), UserMessages.NameInvalid(userName ?? ""));

    public override IdentityError InvalidEmail(string? email) => new SaidIdentityError(nameof(InvalidEmail), UserMessages.EmailInvalid(email ?? ""));
}
