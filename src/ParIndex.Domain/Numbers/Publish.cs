namespace ParIndex.Domain.Numbers;

/// <summary>
/// Rounding at the edge: values are summed unrounded and rounded only when shown or published,
/// to two decimals, midpoints away from zero (DESIGN.md §3).
/// </summary>
public static class Publish
{
    public const int Decimals = 2;

    public static decimal Round(decimal value) => Math.Round(value, Decimals, MidpointRounding.AwayFromZero);

    public static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);
}
