namespace ParIndex.App.Data;

/// <summary>A published result (công bố): the frozen snapshot of a period's group as canonical JSON and its SHA-256.</summary>
public sealed class Publication
{
    public int Id { get; set; }

    public int PeriodId { get; set; }

    public required string Group { get; set; }

    public required string SnapshotJson { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset PublishedAt { get; set; }

    public required string PublishedBy { get; set; }
}
