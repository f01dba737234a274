using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Results;

/// <summary>One line of a "why is my score" trace: a node, its points out of its applicable maximum, and why.</summary>
public sealed record TraceLine(string Code, string Name, int Depth, decimal Points, decimal ApplicableMax, decimal Max, string? Input, Explanation Explanation);
