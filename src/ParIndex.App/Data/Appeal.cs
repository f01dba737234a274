namespace ParIndex.App.Data;

public enum AppealState
{
    Open,
    Accepted,
    Rejected,
}

/// <summary>A unit's explanation against the appraised score of one leaf (giải trình) and its decision.</summary>
public sealed class Appeal
{
    public int Id { get; set; }

    public int SubmissionId { get; set; }

    public required string LeafCode { get; set; }

    public required string Argument { get; set; }

    /// <summary>The input the unit asks for, in the leaf rule's input form.</summary>
    public required string RequestedInput { get; set; }

    public AppealState State { get; set; }

    public string? DecisionReason { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public required string CreatedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
}
