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
    /// <summary>
    /// The unit did not submit by the end of self-assessment and the period does not score what it entered
    /// (<see cref="NonSubmitterPolicy.ScoreZero"/> or <see cref="NonSubmitterPolicy.Exclude"/>): nothing is appraised
    /// or appealed; publication scores it zero or leaves it out of the ranking.
    /// </summary>
    NotSubmitted,
}
