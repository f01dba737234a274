namespace ParIndex.Domain.Surveys;

/// <summary>
/// One response: who answered (an id unique in the survey), about which unit, as what kind of respondent, and the
/// answers by question code (choice codes, a Likert score, a number or text; several codes for a multiple choice).
/// </summary>
public sealed record Respondent(string Id, string Unit, RespondentType Type, IReadOnlyDictionary<string, string[]> Answers);
