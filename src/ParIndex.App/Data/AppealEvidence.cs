namespace ParIndex.App.Data;

/// <summary>That a document supports an appeal: the unit's evidence for its argument.</summary>
public sealed class AppealEvidence
{
    public int AppealId { get; set; }

    public int DocumentId { get; set; }
}
