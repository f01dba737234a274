namespace ParIndex.Domain.Ranking;

/// <summary>
/// How a period ranks units: on the exact (unrounded) index by default, as published tables do (they show two
/// decimals but rank on more); or, when <see cref="Precision"/> is set, on the index rounded to that many decimals.
/// </summary>
public sealed record RankingPolicy(int? Precision = null)
{
    public static readonly RankingPolicy Exact = new();

    public decimal Key(decimal index) => Precision is { } p ? Numbers.Publish.Round(index, p) : index;
}
