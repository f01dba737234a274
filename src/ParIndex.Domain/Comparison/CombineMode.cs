namespace ParIndex.Domain.Comparison;

/// <summary>How a merged unit's previous index is formed from its predecessors' published indices.</summary>
public enum CombineMode
{
    Mean,
    Weighted,
}
