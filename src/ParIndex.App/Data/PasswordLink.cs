namespace ParIndex.App.Data;

/// <summary>
/// A one-time link to set an account's password (<c>/dat-mat-khau/{token}</c>), issued when the account is created or
/// its password is reset. Only the token's SHA-256 is kept; the link works once, until it expires, and issuing a new
/// one revokes the ones before it.
/// </summary>
public sealed class PasswordLink
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>Who issued it (the actor's user id).</summary>
    public required string IssuedBy { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }
}
