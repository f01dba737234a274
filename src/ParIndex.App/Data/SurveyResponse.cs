using ParIndex.Domain.Surveys;

namespace ParIndex.App.Data;

/// <summary>
/// One response to a survey: about which unit, from what kind of respondent, with an id unique in the survey (Kobo's
/// <c>_uuid</c>, or the web token), the answers as canonical JSON (question code → value; several choice codes
/// space-separated), where it came from and when it arrived.
/// </summary>
public sealed class SurveyResponse
{
    public long Id { get; set; }

    public int SurveyId { get; set; }

    public required string UnitCode { get; set; }

    public RespondentType Respondent { get; set; }

    public required string RespondentId { get; set; }

    public required string AnswersJson { get; set; }

    public ResponseSource Source { get; set; }

    public DateTimeOffset ReceivedAt { get; set; }
}

/// <summary>How a response reached ParIndex.</summary>
public enum ResponseSource
{
    Import,
    Web,
}
