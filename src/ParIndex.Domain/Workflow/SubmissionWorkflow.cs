using static ParIndex.Domain.Workflow.WorkflowText;

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
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, $"Thao tác không xác định / Unknown action {action}"),
    };

    /// <summary>Null when the action is allowed, otherwise the bilingual message saying every reason it is not.</summary>
    private static string? Refusal(SubmissionState from, SubmissionAction action, Transition transition, WorkflowContext context, bool needReason)
    {
        // Resolved first so an invalid extension fails loudly whatever the action.
        var selfAssessmentCloses = context.Deadlines.SelfAssessmentClosesFor(context.Extension);
        var why = new List<(string Vi, string En)>();

        if (!transition.From.Contains(from))
        {
            // The other checks would only add noise when the state itself rules the action out.
            why.Add(($"chỉ thực hiện được khi hồ sơ ở trạng thái {OrVi(transition.From, Vi)}", $"only possible from {OrEn(transition.From, En)}"));
        }
        else
        {
            if (!transition.By.Contains(context.Role))
                why.Add(($"vai trò {Quote(Vi(context.Role))} không được phép, cần {OrVi(transition.By, Vi)}",
                         $"the role {Quote(En(context.Role))} may not do this, it needs {OrEn(transition.By, En)}"));

            if (!transition.During(context.Period))
            {
                var stages = Enum.GetValues<PeriodState>().Where(transition.During).ToList();
                why.Add(($"kỳ đánh giá đang ở giai đoạn {Quote(Vi(context.Period))}, cần giai đoạn {OrVi(stages, Vi)}",
                         $"the period is in {Quote(En(context.Period))}, this needs {OrEn(stages, En)}"));
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
                why.Add(extended
                    ? ($"đã quá hạn gia hạn {Time(due)}", $"the extended deadline {Time(due)} has passed")
                    : ($"đã quá hạn {Time(due)}", $"the deadline {Time(due)} has passed"));
            }

            if (action == SubmissionAction.Return && needReason && string.IsNullOrWhiteSpace(context.Reason))
                why.Add(("phải nêu lý do trả lại", "a reason for returning it is required"));

            if (action == SubmissionAction.Submit)
                AddIncompleteness(context.Completeness, why);

            if (action == SubmissionAction.Finalise && !context.AllAppealsDecided)
                why.Add(("còn giải trình chưa được quyết định", "some appeals are not decided yet"));
        }

        return why.Count == 0 ? null : Bilingual(
            $"Không thể {Vi(action)} khi hồ sơ ở trạng thái {Quote(Vi(from))}: " + string.Join("; ", why.Select(w => w.Vi)),
            $"Cannot {En(action)} while the submission is {Quote(En(from))}: " + string.Join("; ", why.Select(w => w.En)));
    }

    private static void AddIncompleteness(Completeness? completeness, List<(string Vi, string En)> why)
    {
        if (completeness is null)
        {
            why.Add(("chưa kiểm tra tính đầy đủ của hồ sơ", "its completeness has not been checked"));
            return;
        }
        if (completeness.IsComplete) return;

        var vi = new List<string>();
        var en = new List<string>();
        if (completeness.Unanswered.Count > 0)
        {
            vi.Add("chưa chấm " + string.Join(", ", completeness.Unanswered));
            en.Add("unanswered " + string.Join(", ", completeness.Unanswered));
        }
        if (completeness.MissingEvidence.Count > 0)
        {
            vi.Add("thiếu tài liệu kiểm chứng hoặc giải trình " + string.Join(", ", completeness.MissingEvidence));
            en.Add("missing evidence or explanation " + string.Join(", ", completeness.MissingEvidence));
        }
        why.Add(($"hồ sơ chưa đầy đủ ({string.Join("; ", vi)})", $"it is incomplete ({string.Join("; ", en)})"));
    }
}
