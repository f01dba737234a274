namespace ParIndex.App.Data;

/// <summary>
/// One version of one leaf's score at one stage (the score ledger). Rows are only ever added: the current value is
/// the highest <see cref="Version"/>, and a unique index on (submission, leaf, stage, version) makes a save that
/// started from an outdated version fail instead of overwriting, so no update is ever lost.
/// </summary>
public sealed class ScoreEntry
{
    public long Id { get; set; }

    public int SubmissionId { get; set; }

    public required string LeafCode { get; set; }

    public ScoreStage Stage { get; set; }

    public int Version { get; set; }

    /// <summary>The input as text (<c>InputText</c>): an option key, a ratio, a count, points or NA.</summary>
    public required string Input { get; set; }

    public decimal Points { get; set; }

    /// <summary>The appraiser's or decider's reason; the unit's explanation where evidence is missing.</summary>
    public string? Note { get; set; }

    public required string Author { get; set; }

    public DateTimeOffset At { get; set; }
}
