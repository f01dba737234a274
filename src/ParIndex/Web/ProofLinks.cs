using ParIndex.Domain.Evidence;

namespace ParIndex.Web;

/// <summary>
/// The address that opens an evidence file where the proof is: <c>/tai-lieu/{id}#page=3</c> (the browser's PDF viewer
/// reads the page from the fragment; the file itself is served inline by <c>EvidenceFile</c>).
/// </summary>
public static class ProofLinks
{
    public static string Href(int documentId, ProofPlace place) =>
        $"/tai-lieu/{documentId}" + (place.FirstPage is { } page ? $"#page={page}" : "");
}
