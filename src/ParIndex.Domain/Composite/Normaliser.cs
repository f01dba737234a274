namespace ParIndex.Domain.Composite;

/// <summary>
/// Brings one indicator onto a common scale, over all units, the way COINr's normalisation functions do (formulas in
/// docs/composite.md). Missing values (NaN) stay missing and are left out of minima, maxima, means and ranks. An
/// indicator the method cannot scale (a constant one for min–max or z-score, a target equal to the worst value) gives
/// NaN for every unit, as COINr does, and a warning.
/// </summary>
public static class Normaliser
{
    public static double[] Apply(IndexNode indicator, double[] x, Normalisation how, ICollection<string> warnings)
    {
        var d = indicator.Direction;
        var present = x.Where(v => !double.IsNaN(v)).ToArray();
        var result = new double[x.Length];
        Array.Fill(result, double.NaN);
        if (present.Length == 0)
        {
            warnings.Add($"{indicator.Code}: no unit has a value");
            return result;
        }
        switch (how.Method)
        {
            case NormaliseMethod.MinMax:
            {
                // COINr multiplies by the direction first, then n_minmax: (x - min) / (max - min) * (u - l) + l.
                var min = present.Min(v => v * d);
                var max = present.Max(v => v * d);
                if (min == max)
                {
                    warnings.Add($"{indicator.Code}: every unit has the same value; min–max gives NaN (as COINr)");
                    return result;
                }
                for (var i = 0; i < x.Length; i++)
                    if (!double.IsNaN(x[i])) result[i] = (x[i] * d - min) / (max - min) * (how.High - how.Low) + how.Low;
                return result;
            }
            case NormaliseMethod.ZScore:
            {
                var values = present.Select(v => v * d).ToArray();
                var mean = values.Sum() / values.Length;
                var sd = values.Length < 2 ? double.NaN : Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Length - 1));
                if (!(sd > 0))
                {
                    warnings.Add($"{indicator.Code}: the standard deviation is {(double.IsNaN(sd) ? "undefined (one value)" : "0")}; z-score gives NaN (as COINr)");
                    return result;
                }
                for (var i = 0; i < x.Length; i++)
                    if (!double.IsNaN(x[i])) result[i] = (x[i] * d - mean) / sd * how.High + how.Low;
                return result;
            }
            case NormaliseMethod.Rank:
            {
                // base::rank(x * direction, ties.method = "min", na.last = "keep"): 1 = lowest.
                for (var i = 0; i < x.Length; i++)
                {
                    if (double.IsNaN(x[i])) continue;
                    var below = 0;
                    foreach (var v in present) if (v * d < x[i] * d) below++;
                    result[i] = below + 1;
                }
                return result;
            }
            default:
            {
                var target = indicator.Target ?? throw new InvalidOperationException($"{indicator.Code} has no target; CompositeIndex checks targets first");
                var cap = how.CapAtTarget || indicator.CapAtTarget;
                // COINr n_dist2targ: (x - min) / (targ - min) for direction 1, (max - x) / (max - targ) for -1.
                var worst = d == 1 ? present.Min() : present.Max();
                var span = d == 1 ? target - worst : worst - target;
                if (span == 0)
                {
                    warnings.Add($"{indicator.Code}: the target equals the worst value; distance to target gives NaN");
                    return result;
                }
                for (var i = 0; i < x.Length; i++)
                {
                    if (double.IsNaN(x[i])) continue;
                    var y = (d == 1 ? x[i] - worst : worst - x[i]) / span;
                    result[i] = cap && y > 1 ? 1 : y;
                }
                return result;
            }
        }
    }
}
