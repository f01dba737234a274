using System.Globalization;

namespace ParIndex.Domain.Numbers;

/// <summary>How numbers are written in explanations: Vietnamese uses a decimal comma ("89,56"), English a dot.</summary>
public static class NumberText
{
    public static string Invariant(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    public static string Vi(decimal value) => Invariant(value).Replace('.', ',');

    public static string Percent(decimal ratio) => Hundredfold(ratio, Invariant) + "%";

    public static string PercentVi(decimal ratio) => Hundredfold(ratio, Vi).Replace('.', ',') + "%";

    /// <summary>
    /// ratio × 100; a ratio whose hundredfold leaves decimal's range (only a hostile file's bound, in a problem
    /// message) is written in scientific notation instead of overflowing.
    /// </summary>
    private static string Hundredfold(decimal ratio, Func<decimal, string> write) =>
        Math.Abs(ratio) <= decimal.MaxValue / 100m
            ? write(ratio * 100m)
            : ((double)ratio * 100d).ToString("0.###E+0", CultureInfo.InvariantCulture);

    /// <summary>Drops trailing zeros so 1.50 reads 1.5 and 2.00 reads 2.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
