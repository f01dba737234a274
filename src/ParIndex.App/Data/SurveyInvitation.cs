using ParIndex.Domain.Surveys;

namespace ParIndex.App.Data;

/// <summary>
/// A link to answer a survey without an account (phiếu khảo sát trực tuyến): issued by the secretariat for one unit
/// and one kind of respondent; only the SHA-256 of its token is kept. It holds the answers given so far, so a
/// respondent can stop and come back, and is spent when the response is submitted: one response per token.
/// </summary>
public sealed class SurveyInvitation
{
    public int Id { get; set; }

    public int SurveyId { get; set; }

    public required string UnitCode { get; set; }

    public RespondentType Respondent { get; set; }

    public required string Sha256 { get; set; }

    /// <summary>The answers saved so far, as <c>AnswersJson</c>; "{}" before the first screen.</summary>
    public required string AnswersJson { get; set; }

    /// <summary>How many screens (sections) have been saved.</summary>
    public int ScreensDone { get; set; }

    public DateTimeOffset IssuedAt { get; set; }

    public DateTimeOffset? SubmittedAt { get; set; }

    /// <summary>Optimistic concurrency: two tabs saving the same token cannot both win.</summary>
    public int Version { get; set; }
}
