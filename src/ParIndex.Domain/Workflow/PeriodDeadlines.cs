using ParIndex.Domain.Messages;

namespace ParIndex.Domain.Workflow;

/// <summary>
/// The dates of one assessment period, each strictly later than the one before. Every deadline is exclusive: an
/// action is in time iff it happens before the deadline instant, so an action exactly at the deadline is late.
/// </summary>
public sealed record PeriodDeadlines
{
    /// <exception cref="WorkflowException">The dates are not strictly increasing; every pair out of order is listed.</exception>
    public PeriodDeadlines(DateTimeOffset selfAssessmentOpens, DateTimeOffset selfAssessmentCloses, DateTimeOffset appraisalCloses, DateTimeOffset appealsClose, DateTimeOffset finalisationDue)
    {
        (string Vi, string En, DateTimeOffset At)[] dates =
        [
            ("mở tự đánh giá", "self-assessment opens", selfAssessmentOpens),
            ("hạn nộp tự đánh giá", "self-assessment closes", selfAssessmentCloses),
            ("hạn thẩm định", "appraisal closes", appraisalCloses),
            ("hạn giải trình", "appeals close", appealsClose),
            ("hạn chốt kết quả", "finalisation due", finalisationDue),
        ];
        // Checking neighbours is enough: if every date is after the one before, the whole sequence is increasing.
        var wrong = Enumerable.Range(1, dates.Length - 1).Where(i => dates[i - 1].At >= dates[i].At).Select(i => (Before: dates[i - 1], After: dates[i])).ToList();
        if (wrong.Count > 0)
            throw new WorkflowException(WorkflowMessages.DatesOutOfOrder([.. wrong.Select(w =>
                WorkflowMessages.DateBefore(new Both(w.Before.Vi, w.Before.En), w.Before.At, new Both(w.After.Vi, w.After.En), w.After.At))]));

        SelfAssessmentOpens = selfAssessmentOpens;
        SelfAssessmentCloses = selfAssessmentCloses;
        AppraisalCloses = appraisalCloses;
        AppealsClose = appealsClose;
        FinalisationDue = finalisationDue;
    }

    // Get-only, so a `with` expression cannot bypass the ordering check.
    public DateTimeOffset SelfAssessmentOpens { get; }

    public DateTimeOffset SelfAssessmentCloses { get; }

    public DateTimeOffset AppraisalCloses { get; }

    public DateTimeOffset AppealsClose { get; }

    public DateTimeOffset FinalisationDue { get; }

    /// <summary>
    /// One unit's self-assessment deadline: its extension when it has one, otherwise <see cref="SelfAssessmentCloses"/>.
    /// </summary>
    /// <exception cref="WorkflowException">The extension is not later than <see cref="SelfAssessmentCloses"/>.</exception>
    public DateTimeOffset SelfAssessmentClosesFor(DateTimeOffset? extension)
    {
        if (extension is not { } extended) return SelfAssessmentCloses;
        if (extended <= SelfAssessmentCloses)
            throw new WorkflowException(WorkflowMessages.ExtensionTooEarly(extended, SelfAssessmentCloses));
        return extended;
    }
}
