using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>
/// COINr's default outlier treatment (<c>Treat</c> with <c>winsorise</c> then <c>log_CT</c>): an indicator whose
/// absolute skew is at least <see cref="Skew"/> and kurtosis at least <see cref="Kurtosis"/> is winsorised, up to
/// <see cref="WinMax"/> points; if it still fails, the original values are log-transformed instead. Spelt
/// <c>default</c> or <c>winmax:N</c>.
/// </summary>
public sealed record Treatment(int WinMax = 5, double Skew = 2, double Kurtosis = 3.5)
{
    public static readonly Treatment Default = new();

    public string Text => WinMax == 5 ? "default" : "winmax:" + WinMax.ToString(CultureInfo.InvariantCulture);

    public static Treatment Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t == "default") return Default;
        if (t.StartsWith("winmax:", StringComparison.Ordinal) && int.TryParse(t[7..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 0)
            return new Treatment(n);
        throw new CompositeException(new CompositeProblem(null, $"--treat {text}: use default (winsorise up to 5 points, else log) or winmax:N"));
    }
}
