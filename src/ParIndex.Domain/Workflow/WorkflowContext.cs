namespace ParIndex.Domain.Workflow;

/// <summary>
/// Everything a workflow decision depends on besides the submission's state: who acts, where the period stands,
/// its deadlines and the current time (passed in, never read from a clock).
/// </summary>
/// <param name="Extension">This unit's own self-assessment deadline, replacing <see cref="PeriodDeadlines.SelfAssessmentCloses"/>; must be later than it.</param>
/// <param name="Reason">Why the submission is returned (required for <see cref="SubmissionAction.Return"/>).</param>
/// <param name="Completeness">The result of <see cref="CompletenessCheck.Check"/>, required for <see cref="SubmissionAction.Submit"/>.</param>
/// <param name="AllAppealsDecided">Whether every appeal on the submission has a decision (for <see cref="SubmissionAction.Finalise"/>).</param>
public sealed record WorkflowContext(
    Role Role,
    PeriodState Period,
    PeriodDeadlines Deadlines,
    DateTimeOffset Now,
    DateTimeOffset? Extension = null,
    string? Reason = null,
    Completeness? Completeness = null,
    bool AllAppealsDecided = true);
