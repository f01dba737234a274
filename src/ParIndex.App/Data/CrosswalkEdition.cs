namespace ParIndex.App.Data;

/// <summary>
/// The confirmed crosswalk from one framework edition to another (docs/formats.md), kept as its canonical JSON with the
/// SHA-256 of that text. One per pair of editions; confirming a corrected file replaces it, and the audit log keeps
/// both hashes.
/// </summary>
public sealed class CrosswalkEdition
{
    public int Id { get; set; }

    public required string FromCode { get; set; }

    public required string ToCode { get; set; }

    public required string Json { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ConfirmedAt { get; set; }

    public required string ConfirmedBy { get; set; }
}
