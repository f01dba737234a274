using ParIndex.App.Data;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A unit's evidence document as its users and reviewers see it, with the sub-criteria it supports in one period's
/// submission (in framework order; empty when it supports none there). A reader outside the unit (after publication)
/// gets no <see cref="FileName"/> and no <see cref="CreatedBy"/>. The file itself is read through
/// <see cref="OpenEvidenceFileHandler"/>.
/// </summary>
public sealed record EvidenceView(int Id, string UnitCode, string? Number, DateOnly? IssuedOn, string? Issuer, string? Summary,
    string? FileName, string? ContentType, long? FileSize, string? CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<string> LeafCodes)
{
    public bool HasFile => FileSize is not null;

    internal static EvidenceView Of(EvidenceDocument d, string unitCode, IReadOnlyList<string> leafCodes) =>
        new(d.Id, unitCode, d.Number, d.IssuedOn, d.Issuer, d.Summary, d.FileName, d.ContentType, d.FileSize, d.CreatedBy, d.CreatedAt, leafCodes);
}
