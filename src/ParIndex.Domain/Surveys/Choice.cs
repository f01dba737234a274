namespace ParIndex.Domain.Surveys;

/// <summary>One answer option of a choice question: its code (what is stored) and its labels.</summary>
public sealed record Choice(string Code, string Label, string? LabelEn = null);
