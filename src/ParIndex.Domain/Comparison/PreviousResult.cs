namespace ParIndex.Domain.Comparison;

/// <summary>A unit's published result in the previous period: its two-decimal index and its rank.</summary>
public sealed record PreviousResult(string Unit, string Name, decimal Index, int Rank);
