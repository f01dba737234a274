namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// One tier (mức): values from <see cref="Min"/> (inclusive unless <see cref="MinExclusive"/>) up to <see cref="Max"/>
/// (exclusive unless <see cref="MaxInclusive"/>) score <see cref="Points"/>. Without an explicit maximum a tier
/// reaches up to the next tier's minimum, or without bound for the top tier.
/// </summary>
public sealed record Tier(decimal Min, decimal Points, decimal? Max = null, bool MinExclusive = false, bool MaxInclusive = false);
