namespace ParIndex.App.Data;

/// <summary>
/// A personal API token (mã truy cập API): only its SHA-256 and a short prefix are kept, so a stolen database does
/// not yield usable tokens; the prefix lets the owner tell their tokens apart.
/// </summary>
public sealed class ApiToken
{
    public int Id { get; set; }

    public required string UserId { get; set; }

    public required string Name { get; set; }

    public required string Prefix { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset ExpiresAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }
}
