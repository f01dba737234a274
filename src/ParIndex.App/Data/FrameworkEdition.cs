namespace ParIndex.App.Data;

/// <summary>
/// A framework edition as imported, kept as its canonical JSON with the SHA-256 of that text. Editions are never
/// updated: a period that used one keeps it forever, and a change is a new edition with a new code.
/// </summary>
public sealed class FrameworkEdition
{
    public int Id { get; set; }

    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Group { get; set; }

    public required string Json { get; set; }

    public required string Sha256 { get; set; }

    public DateTimeOffset ImportedAt { get; set; }

    public required string ImportedBy { get; set; }
}
