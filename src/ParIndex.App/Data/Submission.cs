using ParIndex.Domain.Workflow;

namespace ParIndex.App.Data;

/// <summary>One unit's self-assessment in one period (hồ sơ tự đánh giá): a unit is assessed in a period iff it has one.</summary>
public sealed class Submission
{
    public int Id { get; set; }

    public int PeriodId { get; set; }

    public Period Period { get; set; } = null!;

    public int UnitId { get; set; }

    public Unit Unit { get; set; } = null!;

    public SubmissionState State { get; set; }

    /// <summary>A later self-assessment close granted to this unit by the secretariat.</summary>
    public DateTimeOffset? ExtendedUntil { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    public string? ReturnReason { get; set; }

    /// <summary>
    /// The unit never submitted: self-assessment ended with the dossier not started or in draft, and the period's
    /// <see cref="Period.NonSubmitters"/> setting decided what became of it. Cleared when the period steps back to
    /// self-assessment and the dossier is the unit's again.
    /// </summary>
    public bool MissedDeadline { get; set; }

    /// <summary>Optimistic concurrency for state changes.</summary>
    public int Version { get; set; }
}
