namespace ParIndex.Domain.Workflow;

/// <summary>Where one unit's self-assessment (hồ sơ tự đánh giá) for one period stands.</summary>
public enum SubmissionState
{
    NotStarted,
    Draft,
    Submitted,
    ReturnedForRevision,
    Appraised,
    AppealSubmitted,
    Final,
}
