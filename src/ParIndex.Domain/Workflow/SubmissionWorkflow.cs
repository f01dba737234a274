using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Workflow;

/// <summary>
/// The life of one unit's submission in one period: which action moves it from which state, by whom, in which
/// period stage and before which deadline.
/// </summary>
/// <remarks>
/// Deadlines are exclusive: an action is in time iff <see cref="WorkflowContext.Now"/> is strictly before the
/// deadline, so an action exactly at the deadline instant is late. Saving and submitting are due by the unit's
/// self-assessment deadline (<see cref="PeriodDeadlines.SelfAssessmentClosesFor"/>), completing an appraisal by
/// <see cref="PeriodDeadlines.AppraisalCloses"/> and appealing by <see cref="PeriodDeadlines.AppealsClose"/>;
/// finalising has no deadline because <see cref="PeriodDeadlines.FinalisationDue"/> is a target for the council,
/// not a cut-off for units.
/// </remarks>
public static class SubmissionWorkflow
{
    /// <summary>The state after <paramref name="action"/>.</summary>
    /// <exception cref="WorkflowException">
    /// The action is not allowed; the message names the current state, the action and every reason it was refused,
    /// or the context's extension is not later than the self-assessment deadline.
    /// </exception>
    public static SubmissionState Apply(SubmissionState from, SubmissionAction action, WorkflowContext context)
    {
        var transition = TransitionFor(action);
        var refusal = Refusal(from, action, transition, context, needReason: true);
        if (refusal is not null) throw new WorkflowException(refusal);
        return transition.To;
    }

    /// <summary>
    /// The actions that <see cref="Apply"/> would accept now, for the UI to offer. A return is offered without a
    /// reason, since the reason is asked for when the user takes it; submitting is offered only when the context's
    /// completeness check passed.
    /// </summary>
    /// <exception cref="WorkflowException">The context's extension is not later than the self-assessment deadline.</exception>
    public static IReadOnlyList<SubmissionAction> Allowed(SubmissionState state, WorkflowContext context) =>
        [.. Enum.GetValues<SubmissionAction>().Where(a => Refusal(state, a, TransitionFor(a), context, needReason: false) is null)];

    private sealed record Transition(SubmissionState[] From, SubmissionState To, Role[] By, Func<PeriodState, bool> During);

    private static Transition TransitionFor(SubmissionAction action) => action switch
    {
        SubmissionAction.SaveScore => new(
            [SubmissionState.NotStarted, SubmissionState.Draft, SubmissionState.ReturnedForRevision], SubmissionState.Draft,
            [Role.UnitEditor, Role.UnitLead], PeriodWorkflow.AcceptsSelfAssessment),
        SubmissionAction.Submit => new(
            [SubmissionState.Draft, SubmissionState.ReturnedForRevision], SubmissionState.Submitted,
            [Role.UnitLead], PeriodWorkflow.AcceptsSelfAssessment),
        SubmissionAction.Return => new(
            [SubmissionState.Submitted], SubmissionState.ReturnedForRevision,
            [Role.Secretariat], PeriodWorkflow.AcceptsReturns),
        SubmissionAction.CompleteAppraisal => new(
            [SubmissionState.Submitted], SubmissionState.Appraised,
            [Role.Appraiser, Role.Secretariat], PeriodWorkflow.AcceptsAppraisal),
        SubmissionAction.SubmitAppeal => new(
            [SubmissionState.Appraised], SubmissionState.AppealSubmitted,
            [Role.UnitLead], PeriodWorkflow.AcceptsAppeals),
        SubmissionAction.Finalise => new(
            [SubmissionState.Appraised, SubmissionState.AppealSubmitted, SubmissionState.NotSubmitted], SubmissionState.Final,
            [Role.Secretariat, Role.Council], PeriodWorkflow.AcceptsFinalisation),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"Unknown action {action} (a programming error, never a reader's)"),
    };

    /// <summary>Null when the action is allowed, otherwise the message saying every reason it is not.</summary>
    private static Message? Refusal(SubmissionState from, SubmissionAction action, Transition transition, WorkflowContext context, bool needReason)
    {
        // Resolved first so an invalid extension fails loudly whatever the action.
        var selfAssessmentCloses = context.Deadlines.SelfAssessmentClosesFor(context.Extension);
        var why = new List<Message>();

        if (!transition.From.Contains(from))
        {
            // The other checks would only add noise when the state itself rules the action out.
            why.Add(WorkflowMessages.OnlyFrom(transition.From));
        }
        else
        {
            if (!transition.By.Contains(context.Role))
                why.Add(WorkflowMessages.RoleMayNot(context.Role, transition.By));

            if (!transition.During(context.Period))
            {
                var stages = Enum.GetValues<PeriodState>().Where(transition.During).ToList();
                why.Add(WorkflowMessages.WrongStage(context.Period, stages));
            }

            var deadline = action switch
            {
                SubmissionAction.SaveScore or SubmissionAction.Submit => selfAssessmentCloses,
                SubmissionAction.CompleteAppraisal => context.Deadlines.AppraisalCloses,
                SubmissionAction.SubmitAppeal => context.Deadlines.AppealsClose,
                _ => (DateTimeOffset?)null,
            };
            if (deadline is { } due && context.Now >= due)
            {
                var extended = action is SubmissionAction.SaveScore or SubmissionAction.Submit && context.Extension is not null;
                why.Add(WorkflowMessages.DeadlinePassed(due, extended));
            }

            if (action == SubmissionAction.Return && needReason && string.IsNullOrWhiteSpace(context.Reason))
                why.Add(WorkflowMessages.ReturnNeedsReason());

            if (action == SubmissionAction.Submit)
                AddIncompleteness(context.Completeness, why);

            if (action == SubmissionAction.Finalise && !context.AllAppealsDecided)
                why.Add(WorkflowMessages.AppealsUndecided());
        }

        return why.Count == 0 ? null : WorkflowMessages.SubmissionRefused(action, from, why);
    }

    private static void AddIncompleteness(Completeness? completeness, List<Message> why)
    {
        if (completeness is null) why.Add(WorkflowMessages.CompletenessUnchecked());
        else if (!completeness.IsComplete) why.Add(WorkflowMessages.Incomplete(completeness.Unanswered, completeness.MissingEvidence));
    }

}
