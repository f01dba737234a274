using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>
/// COINr's <c>Treat.numeric</c> with its defaults, step for step: pass when |skew| &lt; 2 or kurtosis &lt; 3.5
/// (e1071-style sample skew and excess kurtosis, missing values left out); otherwise winsorise — while failing and
/// fewer than <c>winmax</c> points are winsorised, the highest values (skew ≥ 0) are set to the next highest, or the
/// lowest to the next lowest — and if it still fails, log-transform the original values instead:
/// ln(x − min + 0.01·(max − min)). Each changed cell is reported with the reason. As in COINr, the points reported
/// as winsorised are those of the last high and the last low step (earlier ones are among them, being tied to the
/// value they were set to).
/// </summary>
public static class Treater
{
    public static double[] Apply(string code, double[] x, Treatment how, IReadOnlyList<string> units, ICollection<CellChange> changes, ICollection<string> warnings)
    {
        var (skew, kurt) = (Skew(x), Kurtosis(x));
        var pass = Pass(skew, kurt, how);
        if (pass is null)
        {
            warnings.Add($"{code}: too few values to measure skew and kurtosis; not treated (as COINr)");
            return x;
        }
        if (pass.Value) return x;

        var w = (double[])x.Clone();
        int[] high = [], low = [];
        var passing = false;
        while (!passing && high.Length + low.Length < how.WinMax)
        {
            if (Skew(w) >= 0)
            {
                var max = w.Where(v => !double.IsNaN(v)).Max();
                high = Enumerable.Range(0, w.Length).Where(i => w[i] == max).ToArray();
                var next = w.Where(v => !double.IsNaN(v) && v != max).DefaultIfEmpty(double.NaN).Max();
                foreach (var i in high) w[i] = next;
            }
            else
            {
                var min = w.Where(v => !double.IsNaN(v)).Min();
                low = Enumerable.Range(0, w.Length).Where(i => w[i] == min).ToArray();
                var next = w.Where(v => !double.IsNaN(v) && v != min).DefaultIfEmpty(double.NaN).Min();
                foreach (var i in low) w[i] = next;
            }
            passing = Pass(Skew(w), Kurtosis(w), how) ?? false;
        }
        var why = $"skew {F(skew)}, kurtosis {F(kurt)}";
        if (passing)
        {
            foreach (var i in high) changes.Add(new CellChange(units[i], code, "treat", x[i], w[i], $"winsorised high ({why}; {high.Length + low.Length} points)"));
            foreach (var i in low) changes.Add(new CellChange(units[i], code, "treat", x[i], w[i], $"winsorised low ({why}; {high.Length + low.Length} points)"));
            return w;
        }

        var present = x.Where(v => !double.IsNaN(v)).ToArray();
        var (lo, hi) = (present.Min(), present.Max());
        var logged = x.Select(v => Math.Log(v - lo + 0.01 * (hi - lo))).ToArray();
        var reason = $"log-transformed ({why}; winsorising {high.Length + low.Length} points did not bring them under {F(how.Skew)} and {F(how.Kurtosis)})";
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i])) changes.Add(new CellChange(units[i], code, "treat", x[i], logged[i], reason));
        return logged;
    }

    private static string F(double v) => v.ToString("0.###", CultureInfo.InvariantCulture);

    /// <summary>check_SkewKurt: |skew| &lt; threshold or kurtosis &lt; threshold; null where R's answer is NA.</summary>
    private static bool? Pass(double skew, double kurt, Treatment how)
    {
        if (Math.Abs(skew) < how.Skew || kurt < how.Kurtosis) return true;
        return double.IsNaN(skew) || double.IsNaN(kurt) ? null : false;
    }

    /// <summary>COINr <c>skew</c> (e1071 type 2): √n·Σd³ / (Σd²)^1.5 · √(n(n−1)) / (n−2); NaN below 3 values.</summary>
    public static double Skew(double[] x)
    {
        var v = x.Where(e => !double.IsNaN(e)).ToArray();
        var n = v.Length;
        if (n < 3) return double.NaN;
        var mean = v.Sum() / n;
        double s2 = 0, s3 = 0;
        foreach (var e in v)
        {
            var d = e - mean;
            s2 += d * d;
            s3 += d * d * d;
        }
        return Math.Sqrt(n) * s3 / Math.Pow(s2, 1.5) * Math.Sqrt(n * (n - 1.0)) / (n - 2);
    }

    /// <summary>COINr <c>kurt</c> (e1071 type 2): r = n·Σd⁴ / (Σd²)², ((n+1)(r−3)+6)(n−1) / ((n−2)(n−3)); NaN below 4 values.</summary>
    public static double Kurtosis(double[] x)
    {
        var v = x.Where(e => !double.IsNaN(e)).ToArray();
        var n = v.Length;
        if (n < 4) return double.NaN;
        var mean = v.Sum() / n;
        double s2 = 0, s4 = 0;
        foreach (var e in v)
        {
            var d = e - mean;
            s2 += d * d;
            s4 += d * d * d * d;
        }
        var r = n * s4 / (s2 * s2);
        return ((n + 1) * (r - 3) + 6) * (n - 1) / ((n - 2.0) * (n - 3));
    }
}
