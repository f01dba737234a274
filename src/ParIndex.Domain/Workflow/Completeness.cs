namespace ParIndex.Domain.Workflow;

/// <summary>
/// What still keeps a submission from being submitted, by sub-criterion code in framework order: leaves with no
/// input, and leaves that require evidence but have neither evidence nor an explanation.
/// </summary>
public sealed record Completeness(IReadOnlyList<string> Unanswered, IReadOnlyList<string> MissingEvidence)
{
    public bool IsComplete => Unanswered.Count == 0 && MissingEvidence.Count == 0;
}
