using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>Why a survey is not defined, not applied or not issued, and why a unit was skipped when its results were applied.</summary>
public static class SurveyMessages
{
    public static Message ApplyNeedsAppraisal(PeriodState now) => new("survey.apply-needs-appraisal", now);


    public static Message NoResponses(string unit) => new("survey.skipped.no-responses", unit);

    public static Message BelowMinimum(string unit, int respondents, int minimum) => new("survey.skipped.below-minimum", unit, respondents, minimum);

    public static Message NotSubmitted(string unit, SubmissionState state) => new("survey.skipped.not-submitted", unit, state);

    public static Message Threshold(decimal threshold) => new("survey.threshold", threshold);

    public static Message MinRespondents() => new("survey.min-respondents");

    public static Message CodeLength(int max) => new("survey.code-length", max);

    public static Message InvitationCount(int max) => new("survey.invitation-count", max);
}
