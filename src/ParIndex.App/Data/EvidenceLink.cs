namespace ParIndex.App.Data;

/// <summary>That a document supports one leaf of one submission; one document may support several.</summary>
public sealed class EvidenceLink
{
    public int DocumentId { get; set; }

    public int SubmissionId { get; set; }

    public required string LeafCode { get; set; }
}
