namespace ParIndex.App.Data;

/// <summary>
/// A survey (cuộc khảo sát): a questionnaire run in one year, with how it is summarised (the satisfaction threshold
/// and the minimum respondents per unit) and the populations of its strata for design weights. The questionnaire is
/// kept as canonical JSON with its SHA-256, so results can always be traced to the exact questions asked.
/// </summary>
public sealed class Survey
{
    public int Id { get; set; }

    /// <summary>The longest survey code.</summary>
    public const int MaxCode = 64;

    public required string Code { get; set; }

    public required string Name { get; set; }

    public int Year { get; set; }

    public required string QuestionnaireJson { get; set; }

    public required string Sha256 { get; set; }

    public decimal Threshold { get; set; }

    public int MinRespondents { get; set; }

    /// <summary>Population per stratum as JSON <c>[{"unit","respondent","population"}]</c>; null: unweighted.</summary>
    public string? PopulationsJson { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
