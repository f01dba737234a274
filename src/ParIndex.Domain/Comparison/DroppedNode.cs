namespace ParIndex.Domain.Comparison;

/// <summary>A node of last year's edition that has no successor, with the unit's result on it last year (null where it did not apply).</summary>
public sealed record DroppedNode(string Code, string Name, decimal? Previous);
