using Microsoft.AspNetCore.Identity;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.Users;

/// <summary>Identity's messages for what a person can fix, Vietnamese first, like every other message of ParIndex.</summary>
public sealed class BilingualIdentityErrors : IdentityErrorDescriber
{
    public override IdentityError PasswordTooShort(int length) =>
        Error(nameof(PasswordTooShort), $"Mật khẩu phải có ít nhất {length} ký tự", $"Passwords must be at least {length} characters");

    public override IdentityError PasswordRequiresDigit() =>
        Error(nameof(PasswordRequiresDigit), "Mật khẩu phải có ít nhất một chữ số (0–9)", "Passwords must have at least one digit ('0'-'9')");

    public override IdentityError PasswordRequiresUpper() =>
        Error(nameof(PasswordRequiresUpper), "Mật khẩu phải có ít nhất một chữ hoa (A–Z)", "Passwords must have at least one uppercase letter ('A'-'Z')");

    public override IdentityError PasswordRequiresLower() =>
        Error(nameof(PasswordRequiresLower), "Mật khẩu phải có ít nhất một chữ thường (a–z)", "Passwords must have at least one lowercase letter ('a'-'z')");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Error(nameof(PasswordRequiresNonAlphanumeric), "Mật khẩu phải có ít nhất một ký tự đặc biệt", "Passwords must have at least one non-alphanumeric character");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), $"Mật khẩu phải có ít nhất {uniqueChars} ký tự khác nhau", $"Passwords must use at least {uniqueChars} different characters");

    public override IdentityError DuplicateUserName(string userName) =>
        Error(nameof(DuplicateUserName), $"Tên đăng nhập '{Excerpt.Of(userName)}' đã có người dùng", $"Username '{Excerpt.Of(userName)}' is already taken");

    public override IdentityError InvalidUserName(string? userName) =>
        Error(nameof(InvalidUserName), $"Tên đăng nhập '{Excerpt.Of(userName)}' không hợp lệ: chỉ dùng chữ cái không dấu, chữ số và - . _ @ +",
            $"Username '{Excerpt.Of(userName)}' is invalid: use only letters without diacritics, digits and - . _ @ +");

    public override IdentityError InvalidEmail(string? email) =>
        Error(nameof(InvalidEmail), $"Thư điện tử '{Excerpt.Of(email)}' không hợp lệ", $"Email '{Excerpt.Of(email)}' is invalid");

    private static IdentityError Error(string code, string vi, string en) => new() { Code = code, Description = vi + " / " + en };
}
