namespace ParIndex.Domain.Surveys;

/// <summary>A question group: shown as one screen of the survey.</summary>
public sealed record Section(string Code, string Title, string? TitleEn, IReadOnlyList<Question> Questions);
