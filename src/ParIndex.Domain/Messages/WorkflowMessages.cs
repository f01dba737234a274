using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>Why a submission's or a period's workflow refuses a step, each reason a message of its own.</summary>
public static class WorkflowMessages
{
    /// <summary>"Không thể nộp hồ sơ khi hồ sơ ở trạng thái “Đang soạn”: đã quá hạn 31/03/2025 17:00; …".</summary>
    public static Message SubmissionRefused(SubmissionAction action, SubmissionState from, IReadOnlyList<Message> why) =>
        new("workflow.submission-refused", action, from, Reasons(why));

    public static Message OnlyFrom(IReadOnlyList<SubmissionState> states) => new("workflow.only-from", Either(states));

    public static Message RoleMayNot(Role role, IReadOnlyList<Role> needed) => new("workflow.role-may-not", role, Either(needed));

    public static Message WrongStage(PeriodState period, IReadOnlyList<PeriodState> needed) => new("workflow.wrong-stage", period, Either(needed));

    public static Message DeadlinePassed(DateTimeOffset due, bool extended) =>
        extended ? new("workflow.extended-deadline-passed", due) : new("workflow.deadline-passed", due);

    public static Message ReturnNeedsReason() => new("workflow.return-needs-reason");

    public static Message AppealsUndecided() => new("workflow.appeals-undecided");

    public static Message CompletenessUnchecked() => new("workflow.completeness-unchecked");

    public static Message Incomplete(IReadOnlyList<string> unanswered, IReadOnlyList<string> missingEvidence)
    {
        var parts = new List<Message>();
        if (unanswered.Count > 0) parts.Add(new("workflow.unanswered", new Listing([.. unanswered], int.MaxValue)));
        if (missingEvidence.Count > 0) parts.Add(new("workflow.missing-evidence", new Listing([.. missingEvidence], int.MaxValue)));
        return new("workflow.incomplete", Reasons(parts));
    }

    /// <summary>The period cannot advance past its last stage.</summary>
    public static Message LastStage(PeriodState from) => new("workflow.last-stage", from);

    /// <summary>"Không thể lùi kỳ đánh giá đang ở giai đoạn “Thẩm định”: phải nêu lý do"; <paramref name="reopen"/> for a published period.</summary>
    public static Message StepBackRefused(PeriodState from, bool reopen, IReadOnlyList<Message> why) =>
        new(reopen ? "workflow.reopen-refused" : "workflow.step-back-refused", from, Reasons(why));

    public static Message NoEarlierStage() => new("workflow.no-earlier-stage");

    public static Message OnlyAdminReopens() => new("workflow.only-admin-reopens");

    public static Message OnlySecretariatStepsBack() => new("workflow.only-secretariat-steps-back");

    public static Message ReasonRequired() => new("workflow.reason-required");

    /// <summary>Work the period's stage does not accept: "Không thể gia hạn khi kỳ đánh giá đang ở giai đoạn “Thẩm định”".</summary>
    public static Message NotDuringStage(Both what, PeriodState period) => new("workflow.not-during-stage", what, period);

    public static Message ExtensionTooEarly(DateTimeOffset extension, DateTimeOffset deadline) => new("workflow.extension-too-early", extension, deadline);

    /// <summary>The period's dates out of order: each pair "Tự đánh giá bắt đầu (…) phải trước …".</summary>
    public static Message DatesOutOfOrder(IReadOnlyList<Message> pairs) => new("workflow.dates-out-of-order", Reasons(pairs));

    public static Message DateBefore(Both before, DateTimeOffset beforeAt, Both after, DateTimeOffset afterAt) =>
        new("workflow.date-before", before, beforeAt, after, afterAt);

    private static Listing Reasons(IReadOnlyList<Message> why) => new([.. why], int.MaxValue, "; ");

    private static Alternatives Either<T>(IReadOnlyList<T> items) where T : notnull => new([.. items.Cast<object>()]);
}
