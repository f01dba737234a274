namespace ParIndex.Domain.Scoring.Rules;

/// <summary>What tiers are measured on: a ratio in [0, 1] or a whole count ≥ 0.</summary>
public enum TierBasis
{
    Ratio,
    Count,
}
