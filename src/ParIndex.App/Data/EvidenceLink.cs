using ParIndex.Domain.Evidence;

namespace ParIndex.App.Data;

/// <summary>
/// That a document supports one leaf of one submission; one document may support several. <see cref="Pages"/> and
/// <see cref="Section"/> say where in the document the proof is (<see cref="ProofPlace"/>, pages kept as "3–5, 7").
/// </summary>
public sealed class EvidenceLink
{
    public int DocumentId { get; set; }

    public int SubmissionId { get; set; }

    public required string LeafCode { get; set; }

    public string? Pages { get; set; }

    public string? Section { get; set; }

    public ProofPlace Place => new(Pages, Section);
}
