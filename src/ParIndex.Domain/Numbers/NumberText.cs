using System.Globalization;

namespace ParIndex.Domain.Numbers;

/// <summary>How numbers are written in explanations: Vietnamese uses a decimal comma ("89,56"), English a dot.</summary>
public static class NumberText
{
    public static string Invariant(decimal value) => Normalise(value).ToString(CultureInfo.InvariantCulture);

    public static string Vi(decimal value) => Invariant(value).Replace('.', ',');

    public static string Percent(decimal ratio) => Invariant(ratio * 100m) + "%";

    public static string PercentVi(decimal ratio) => Vi(ratio * 100m) + "%";

    /// <summary>Drops trailing zeros so 1.50 reads 1.5 and 2.00 reads 2.</summary>
    public static decimal Normalise(decimal value) => value / 1.0000000000000000000000000000m;
}
