namespace ParIndex.App.Data;

/// <summary>
/// A seal of the audit log: the head (last place and hash) of every stream that grew since the previous seal, chained to
/// that seal by hash. The seals are the one line that ties all streams together: a stream cut short, removed or rewritten
/// behind a seal no longer matches it (decision 010).
/// </summary>
public sealed class AuditSeal
{
    public long Id { get; set; }

    public DateTimeOffset At { get; set; }

    /// <summary>The sealed heads as canonical JSON: <c>[["stream", sequence, "hash"], …]</c>, ordered by stream.</summary>
    public required string Heads { get; set; }

    public required string PreviousHash { get; set; }

    public required string Hash { get; set; }
}
