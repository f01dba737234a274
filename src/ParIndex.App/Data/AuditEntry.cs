using ParIndex.App.Audit;

namespace ParIndex.App.Data;

/// <summary>
/// One line of the append-only audit log: who did what, when, old → new, why. Entries form one chain per
/// <see cref="Stream"/> (a unit's submission in a period, or everything else): each carries its place in the stream, the
/// SHA-256 of the stream's previous entry and its own, so any edit made directly in the database breaks the chain; the
/// streams' heads are sealed into one chain of <see cref="AuditSeal"/>s (decision 010).
/// </summary>
public sealed class AuditEntry
{
    public long Id { get; set; }

    /// <summary>The stream: <c>{period}/{unit code}</c> for a unit's submission, <c>*</c> for everything else.</summary>
    public string Stream { get; set; } = AuditStreams.Other;

    /// <summary>The entry's place in its stream, from 1.</summary>
    public long Sequence { get; set; }

    /// <summary>How <see cref="Hash"/> was computed: 1 for entries of the single chain before decision 010, 2 since.</summary>
    public int Format { get; set; } = 2;

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
