namespace ParIndex.Domain.Scoring.Rules;

/// <summary>One graded option of an options rule, e.g. "ontime" → "Ban hành đúng hạn" → 1 point.</summary>
public sealed record ScoreOption(string Key, string Label, decimal Points, string? LabelEn = null);
