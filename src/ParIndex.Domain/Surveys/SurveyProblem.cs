namespace ParIndex.Domain.Surveys;

/// <summary>One thing wrong with a questionnaire or a response, located by question code and field.</summary>
public sealed record SurveyProblem(string? Question, string Field, string Message)
{
    public override string ToString() => Question is null ? $"{Field}: {Message}" : $"{Question} ({Field}): {Message}";
}
