namespace ParIndex.Domain.Frameworks;

/// <summary>Whether a sub-criterion needs supporting documents (tài liệu kiểm chứng), and which.</summary>
public sealed record EvidenceRequirement(bool Required, string? What = null);
