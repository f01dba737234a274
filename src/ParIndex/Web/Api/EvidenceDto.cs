using ParIndex.App.Features.Evidence;

namespace ParIndex.Web.Api;

/// <summary>Where a document proves one sub-criterion: pages ("3–5, 7"), section ("Điều 5") and the address that opens the file there.</summary>
public sealed record EvidenceLinkDto(string Leaf, string? Pages, string? Section, int? FirstPage, string? Open);

/// <summary>A unit's evidence document with the sub-criteria it supports in the period and where in it the proof is.</summary>
public sealed record EvidenceDto(int Id, string? Number, DateOnly? IssuedOn, string? Issuer, string? Summary, string? FileName, string? ContentType,
    long? FileSize, IReadOnlyList<EvidenceLinkDto> Links)
{
    public static EvidenceDto Of(EvidenceView v) => new(v.Id, v.Number, v.IssuedOn, v.Issuer, v.Summary, v.FileName, v.ContentType, v.FileSize,
        [.. v.LeafCodes.Select(leaf => Link(v, leaf))]);

    private static EvidenceLinkDto Link(EvidenceView v, string leaf)
    {
        var place = v.PlaceFor(leaf);
        return new(leaf, place.Pages, place.Section, place.FirstPage, v.HasFile ? ProofLinks.Href(v.Id, place) : null);
    }
}
