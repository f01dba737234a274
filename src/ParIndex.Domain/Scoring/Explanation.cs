namespace ParIndex.Domain.Scoring;

/// <summary>Why a leaf got its points, in Vietnamese first and English second.</summary>
public sealed record Explanation(string Vi, string En)
{
    public override string ToString() => Vi;
}
