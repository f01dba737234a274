using ParIndex.App.Data;
using ParIndex.Domain.Evidence;

namespace ParIndex.App.Features.Evidence;

/// <summary>
/// A unit's evidence document as its users and reviewers see it, with the sub-criteria it supports in one period's
/// submission (in framework order; empty when it supports none there). A reader outside the unit (after publication)
/// gets no <see cref="FileName"/> and no <see cref="CreatedBy"/>. The file itself is read through
/// <see cref="OpenEvidenceFileHandler"/>. <see cref="Places"/> says, per sub-criterion, where in the document the proof
/// is (only those with a place cited).
/// </summary>
public sealed record EvidenceView(int Id, string UnitCode, string? Number, DateOnly? IssuedOn, string? Issuer, string? Summary,
    string? FileName, string? ContentType, long? FileSize, string? CreatedBy, DateTimeOffset CreatedAt, IReadOnlyList<string> LeafCodes,
    IReadOnlyDictionary<string, ProofPlace> Places)
{
    public bool HasFile => FileSize is not null;

    /// <summary>Where the proof for one sub-criterion is; empty when none is cited.</summary>
    public ProofPlace PlaceFor(string leafCode) => Places.GetValueOrDefault(leafCode) ?? ProofPlace.None;

    internal static EvidenceView Of(EvidenceDocument d, string unitCode, IReadOnlyList<EvidenceLink> links) =>
        new(d.Id, unitCode, d.Number, d.IssuedOn, d.Issuer, d.Summary, d.FileName, d.ContentType, d.FileSize, d.CreatedBy, d.CreatedAt,
            [.. links.Select(l => l.LeafCode)], links.Where(l => !l.Place.IsEmpty).ToDictionary(l => l.LeafCode, l => l.Place, StringComparer.Ordinal));
}
