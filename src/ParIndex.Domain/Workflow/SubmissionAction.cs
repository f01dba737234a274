namespace ParIndex.Domain.Workflow;

/// <summary>What a user asks to do to a submission; <see cref="SubmissionWorkflow"/> decides whether it may.</summary>
public enum SubmissionAction
{
    SaveScore,
    Submit,
    Return,
    CompleteAppraisal,
    SubmitAppeal,
    Finalise,
}
