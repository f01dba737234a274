namespace ParIndex.Domain.Surveys;

/// <summary>A known population distribution of the answers to one question (answer code → share), for post-stratification.</summary>
public sealed record Margin(string Question, IReadOnlyDictionary<string, double> Shares);
