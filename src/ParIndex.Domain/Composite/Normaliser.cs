namespace ParIndex.Domain.Composite;

/// <summary>
/// Brings one indicator onto a common scale over all units, as COINr's <c>Normalise</c> does: the values are first
/// multiplied by the direction d (so higher is better afterwards), then COINr's <c>n_*</c> function is applied
/// (formulas in docs/composite.md). Missing values (NaN) stay missing and are left out of minima, maxima, means and
/// ranks. Where COINr divides by zero (a constant indicator, a reference or target equal to the minimum) every unit
/// gets NaN and a warning says why.
/// </summary>
public static class Normaliser
{
    public static double[] Apply(IndexNode indicator, double[] x, Normalisation how, IReadOnlyList<string> units, ICollection<string> warnings)
    {
        var d = indicator.Direction;
        var p = indicator.Settings;
        var result = new double[x.Length];
        var xt = new double[x.Length];
        var present = 0;
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        for (var i = 0; i < x.Length; i++)
        {
            xt[i] = x[i] * d;
            if (double.IsNaN(xt[i])) continue;
            present++;
            min = Math.Min(min, xt[i]);
            max = Math.Max(max, xt[i]);
        }
        if (present == 0)
        {
            warnings.Add($"{indicator.Code}: no unit has a value");
            Array.Fill(result, double.NaN);
            return result;
        }

        Func<double, double> f;
        switch (how.Method)
        {
            case NormaliseMethod.MinMax:
                if (Degenerate(max - min, "every unit has the same value; min–max")) return result;
                f = v => (v - min) / (max - min) * (how.High - how.Low) + how.Low;
                break;
            case NormaliseMethod.ZScore:
            {
                var (mean, sd) = MeanSd(xt);
                if (Degenerate(double.IsNaN(sd) ? 0 : sd, "the standard deviation is 0 or undefined; z-score")) return result;
                f = v => (v - mean) / sd * how.High + how.Low;
                break;
            }
            case NormaliseMethod.Scaled:
            {
                var (lo, hi, scale) = (how.Low, how.High, how.Scale);
                if (how.FromStructure)
                {
                    var (lower, upper) = (Need(p.ScaledLower, "scaled_lower"), Need(p.ScaledUpper, "scaled_upper"));
                    (lo, hi, scale) = (d == -1 ? upper * d : lower, d == -1 ? lower * d : upper, Need(p.ScaleFactor, "scale_factor"));
                }
                if (Degenerate(hi - lo, "scaled_lower equals scaled_upper; scaled")) return result;
                f = v => (v - lo) / (hi - lo) * scale;
                break;
            }
            case NormaliseMethod.Rank or NormaliseMethod.PercentRank or NormaliseMethod.Borda:
            {
                var ranks = MinRank.Ascending(xt);
                var shift = how.Method == NormaliseMethod.Rank ? 0 : 1;
                var divisor = how.Method == NormaliseMethod.PercentRank ? present - 1 : 1;
                for (var i = 0; i < x.Length; i++) result[i] = double.IsNaN(xt[i]) ? double.NaN : (ranks[i] - shift) / (double)divisor;
                return result;
            }
            case NormaliseMethod.FracMax:
                if (Degenerate(max, "the maximum is 0; fracmax")) return result;
                f = v => v / max;
                break;
            case NormaliseMethod.Dist2Max:
                if (Degenerate(max - min, "every unit has the same value; dist2max")) return result;
                f = v => 1 - (max - v) / (max - min);
                break;
            case NormaliseMethod.Dist2Ref:
            {
                if (how.Reference > x.Length)
                    throw new CompositeException(new CompositeProblem(null, $"dist2ref:{how.Reference}: there are only {x.Length} units"));
                var reference = xt[how.Reference - 1];
                if (double.IsNaN(reference))
                {
                    warnings.Add($"{indicator.Code}: the reference unit {units[how.Reference - 1]} has no value; dist2ref gives NaN (as COINr)");
                    Array.Fill(result, double.NaN);
                    return result;
                }
                if (Degenerate(reference - min, $"the reference unit {units[how.Reference - 1]} has the lowest value; dist2ref")) return result;
                f = v => Cap(1 - (reference - v) / (reference - min), how.Cap);
                break;
            }
            case NormaliseMethod.Dist2Targ:
            {
                var target = Need(p.Target, "Target") * d;
                var cap = how.Cap || p.CapAtTarget;
                if (Degenerate(target - min, "the target equals the worst value; dist2targ")) return result;
                f = v => Cap((v - min) / (target - min), cap);
                break;
            }
            default:
            {
                var (lo, hi, scale, truncate) = how.FromStructure
                    ? (d == -1 ? Need(p.GoalpostUpper, "goalpost_upper") * d : Need(p.GoalpostLower, "goalpost_lower") * d,
                       d == -1 ? Need(p.GoalpostLower, "goalpost_lower") * d : Need(p.GoalpostUpper, "goalpost_upper") * d,
                       Need(p.GoalpostScale, "goalpost_scale"), p.GoalpostTruncate)
                    : (how.Low, how.High, how.Scale, how.Truncate);
                if (Degenerate(hi - lo, "goalpost_lower equals goalpost_upper; goalposts")) return result;
                f = v =>
                {
                    var y = (v - lo) / (hi - lo);
                    if (truncate) y = Math.Clamp(y, 0, 1);
                    return y * scale;
                };
                break;
            }
        }
        for (var i = 0; i < x.Length; i++) result[i] = double.IsNaN(xt[i]) ? double.NaN : f(xt[i]);
        return result;

        bool Degenerate(double divisor, string what)
        {
            if (divisor != 0) return false;
            warnings.Add($"{indicator.Code}: {what} gives NaN for every unit (as COINr)");
            Array.Fill(result, double.NaN);
            return true;
        }

        double Need(double? value, string column) => value ??
            throw new CompositeException(new CompositeProblem(null, $"{how.Text} needs the column {column} for every indicator", indicator.Line, column, indicator.Code));
    }

    /// <summary>The structure columns a method needs that this indicator leaves empty.</summary>
    public static IEnumerable<string> MissingColumns(IndexNode indicator, Normalisation how)
    {
        var p = indicator.Settings;
        var needs = how.Method switch
        {
            NormaliseMethod.Dist2Targ => [("Target", p.Target)],
            NormaliseMethod.Scaled when how.FromStructure => [("scaled_lower", p.ScaledLower), ("scaled_upper", p.ScaledUpper), ("scale_factor", p.ScaleFactor)],
            NormaliseMethod.Goalposts when how.FromStructure => [("goalpost_lower", p.GoalpostLower), ("goalpost_upper", p.GoalpostUpper), ("goalpost_scale", p.GoalpostScale)],
            _ => Array.Empty<(string, double?)>(),
        };
        return needs.Where(n => n.Item2 is null).Select(n => n.Item1);
    }

    private static double Cap(double y, bool cap) => cap && y > 1 ? 1 : y;

    /// <summary>Mean and sample standard deviation (n − 1) of the values present; sd is NaN with fewer than two.</summary>
    public static (double Mean, double Sd) MeanSd(double[] values)
    {
        var n = 0;
        var sum = 0.0;
        foreach (var v in values) if (!double.IsNaN(v)) { n++; sum += v; }
        if (n == 0) return (double.NaN, double.NaN);
        var mean = sum / n;
        var squares = 0.0;
        foreach (var v in values) if (!double.IsNaN(v)) squares += (v - mean) * (v - mean);
        return (mean, n < 2 ? double.NaN : Math.Sqrt(squares / (n - 1)));
    }
}
