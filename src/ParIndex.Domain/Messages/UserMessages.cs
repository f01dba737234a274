using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>Why an account (typed in a form or a row of the accounts file), a password or a password link is refused.</summary>
public static class UserMessages
{
    public static Message UnitForOtherRole(Role role) => new("user.unit-for-other-role", role);

    public static Message RoleNeedsUnit(Role role) => new("user.role-needs-unit", role);

    public static Message EmailInvalid(string email) => new("user.email-invalid", new Typed(email));

    public static Message NameEmpty() => new("user.name-empty");

    public static Message NameTwice(string userName, int firstLine) => new("user.name-twice", userName, firstLine);

    /// <summary>A role not known, with the roles that are (as the accounts file names them).</summary>
    public static Message NotARole(string typed, string roles) => new("user.not-a-role", new Typed(typed), roles);

    public static Message SecretariatUnitRolesOnly(Role role) => new("user.secretariat-unit-roles-only", role);

    /// <summary>An account already there with other roles, unit or name (as the audit log writes them).</summary>
    public static Message Exists(string userName, string holds) => new("user.exists", userName, holds);

    public static Message CurrentPasswordWrong() => new("user.current-password-wrong");

    public static Message NewPasswordsDiffer() => new("user.new-passwords-differ");

    public static Message NewPasswordSame() => new("user.new-password-same");

    public static Message PasswordsDiffer() => new("user.passwords-differ");

    public static Message OwnAdminRole() => new("user.own-admin-role");

    public static Message OwnAccountDisabled() => new("user.own-account-disabled");

    public static Message Disabled(string userName) => new("user.disabled", userName);

    public static Message DisabledEnableFirst(string userName) => new("user.disabled-enable-first", userName);

    public static Message LinkInvalid() => new("user.link-invalid");

    public static Message PasswordTooLong(int max) => new("identity.password-too-long", max);

    public static Message PasswordTooShort(int min) => new("identity.password-too-short", min);

    public static Message PasswordNeedsDigit() => new("identity.password-needs-digit");

    public static Message PasswordNeedsUpper() => new("identity.password-needs-upper");

    public static Message PasswordNeedsLower() => new("identity.password-needs-lower");

    public static Message PasswordNeedsSymbol() => new("identity.password-needs-symbol");

    public static Message PasswordNeedsUnique(int distinct) => new("identity.password-needs-unique", distinct);

    public static Message NameTaken(string userName) => new("identity.name-taken", new Typed(userName));

    public static Message NameInvalid(string userName) => new("identity.name-invalid", new Typed(userName));
}
