namespace ParIndex.App.Data;

/// <summary>A supporting document (tài liệu kiểm chứng) of a unit: its metadata and/or a stored file.</summary>
public sealed class EvidenceDocument
{
    public int Id { get; set; }

    public int UnitId { get; set; }

    /// <summary>Document number, e.g. "125/QĐ-UBND".</summary>
    public string? Number { get; set; }

    public DateOnly? IssuedOn { get; set; }

    public string? Issuer { get; set; }

    public string? Summary { get; set; }

    public string? FileSha256 { get; set; }

    public string? FileName { get; set; }

    public string? ContentType { get; set; }

    public long? FileSize { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public List<EvidenceLink> Links { get; set; } = [];
}
