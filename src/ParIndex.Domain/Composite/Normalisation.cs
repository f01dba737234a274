using System.Globalization;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Composite;

/// <summary>
/// A normalisation and its parameters, written as on the command line: <c>minmax[:L:U]</c> (default 0:100),
/// <c>zscore[:M:S]</c> (default 0:1), <c>rank</c>, <c>target[:cap]</c>.
/// </summary>
public sealed record Normalisation(NormaliseMethod Method, double Low = 0, double High = 100, bool CapAtTarget = false)
{
    public static readonly Normalisation Default = new(NormaliseMethod.MinMax);

    public static Normalisation Parse(string text)
    {
        var parts = text.Trim().Split(':');
        var name = parts[0].ToLowerInvariant();
        double Number(int i) => double.TryParse(parts[i], NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v : throw Bad($"'{Excerpt.Of(parts[i])}' is not a number");
        CompositeException Bad(string why) => new(new CompositeProblem(null,
            $"--normalise {text}: {why}; use minmax[:L:U], zscore[:M:S], rank or target[:cap]"));

        switch (name)
        {
            case "minmax" when parts.Length is 1 or 3:
                var minmax = parts.Length == 1 ? Default : new Normalisation(NormaliseMethod.MinMax, Number(1), Number(2));
                if (minmax.High <= minmax.Low) throw Bad("the upper bound must be above the lower bound");
                return minmax;
            case "zscore" when parts.Length is 1 or 3:
                var z = parts.Length == 1 ? new Normalisation(NormaliseMethod.ZScore, 0, 1) : new Normalisation(NormaliseMethod.ZScore, Number(1), Number(2));
                if (z.High <= 0) throw Bad("the standard deviation must be above 0");
                return z;
            case "rank" when parts.Length == 1:
                return new Normalisation(NormaliseMethod.Rank);
            case "target" when parts.Length == 1:
                return new Normalisation(NormaliseMethod.Target);
            case "target" when parts.Length == 2 && parts[1].Equals("cap", StringComparison.OrdinalIgnoreCase):
                return new Normalisation(NormaliseMethod.Target, CapAtTarget: true);
            default:
                throw Bad("unknown method or wrong number of parameters");
        }
    }
}
