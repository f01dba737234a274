namespace ParIndex.App.Data;

/// <summary>
/// One line of the append-only audit log: who did what, when, old → new, why. Each entry carries the SHA-256 of
/// the previous entry and its own, so any edit made directly in the database breaks the chain.
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    public required string Actor { get; set; }

    public required string Action { get; set; }

    public required string Entity { get; set; }

    public required string EntityKey { get; set; }

    public string? OldValue { get; set; }

    public string? NewValue { get; set; }

    public string? Reason { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
