using System.Globalization;

namespace ParIndex.App.Composite;

/// <summary>How cells of COINr's CSV files read and write: empty or <c>NA</c> is missing, numbers are invariant-culture.</summary>
public static class CompositeCell
{
    public static bool IsMissing(string cell)
    {
        var t = cell.Trim();
        return t.Length == 0 || t.Equals("NA", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A finite number, or null when the cell is not one.</summary>
    public static double? Number(string cell) =>
        double.TryParse(cell.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;

    /// <summary>Full precision, round-trip exact; missing (NaN) as <c>NA</c>, as R writes it.</summary>
    public static string Format(double value) =>
        double.IsNaN(value) ? "NA" : value == 0 ? "0" : value.ToString("R", CultureInfo.InvariantCulture);
}
