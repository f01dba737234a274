namespace ParIndex.Domain.Scoring;

/// <summary>A unit's points and applicable maximum on every node, by node index.</summary>
internal sealed record NodeScores(decimal[] Points, decimal[] Max);
