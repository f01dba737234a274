using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace ParIndex.Domain.Composite;

/// <summary>
/// Bottom-up aggregation (COINr <c>Aggregate</c>), each level with its own method and data-availability threshold.
/// The means skip missing children, their weights left out (renormalised); a unit whose share of children with a
/// value is below the level's threshold gets a missing aggregate. The generalised mean, as COINr's
/// <c>a_genmean</c>, is missing for a unit with any child missing. Copeland compares every pair of units.
/// </summary>
public static class Aggregator
{
    /// <param name="values">Per column, per unit; indicator columns filled, aggregate columns are written.</param>
    /// <param name="weights">Per column, its weight within its parent.</param>
    /// <param name="units">The unit codes, for error messages.</param>
    public static void Run(CompositeLayout layout, double[][] values, double[] weights, PerLevel<Aggregation> methods,
        PerLevel<double> thresholds, IReadOnlyList<string> units) =>
        Run(layout, values, weights, methods, thresholds, units, Enumerable.Range(0, layout.Children.Count).ToArray());

    /// <summary>Aggregates only the <paramref name="aggregates"/> (indices of <see cref="CompositeLayout.Children"/>, bottom-up).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Run(CompositeLayout layout, double[][] values, double[] weights, PerLevel<Aggregation> methods,
        PerLevel<double> thresholds, IReadOnlyList<string> units, int[] aggregates)
    {
        foreach (var k in aggregates)
        {
            var column = layout.IndicatorCount + k;
            var level = layout.Columns[column].Level;
            var how = methods.For(level);
            var children = layout.Children[k];
            var target = values[column];
            if (how.Method == AggregationMethod.Copeland)
            {
                Copeland(values, weights, children, target);
                continue;
            }
            var threshold = thresholds.For(level);
            if (how.Method == AggregationMethod.ArithmeticMean)
            {
                ArithmeticMeans(values, weights, children, threshold, target);
                continue;
            }
            for (var u = 0; u < target.Length; u++)
            {
                var present = 0;
                foreach (var c in children) if (!double.IsNaN(values[c][u])) present++;
                if ((double)present / children.Length < threshold || present == 0)
                {
                    target[u] = double.NaN;
                    continue;
                }
                target[u] = how.Method switch
                {
                    AggregationMethod.GeometricMean => GeometricMean(layout, values, weights, children, u, units),
                    AggregationMethod.HarmonicMean => HarmonicMean(layout, values, weights, children, u, units),
                    _ => GeneralisedMean(layout, values, weights, children, u, units, how.P),
                };
            }
        }
    }

    /// <summary>
    /// a_amean for every unit at once: Σ w·x / Σ w over the children with a value (COINr rescales w by Σ w first; the
    /// two differ in the last bits only). Several units are summed per instruction, reading each child's contiguous
    /// column, since this is the inner loop of every Monte Carlo replication.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void ArithmeticMeans(double[][] values, double[] weights, int[] children, double threshold, double[] target)
    {
        var n = target.Length;
        var width = Vector<double>.Count;
        var count = new Vector<double>(children.Length);
        var least = new Vector<double>(threshold);
        var missing = new Vector<double>(double.NaN);
        var u = 0;
        for (; u <= n - width; u += width)
        {
            Vector<double> sum = Vector<double>.Zero, total = Vector<double>.Zero, present = Vector<double>.Zero;
            foreach (var c in children)
            {
                var x = new Vector<double>(values[c], u);
                var has = Vector.Equals(x, x);
                var w = new Vector<double>(weights[c]);
                sum += Vector.ConditionalSelect(has, x, Vector<double>.Zero) * w;
                total += Vector.ConditionalSelect(has, w, Vector<double>.Zero);
                present += Vector.ConditionalSelect(has, Vector<double>.One, Vector<double>.Zero);
            }
            var none = Vector.Equals(present, Vector<double>.Zero) | Vector.LessThan(present / count, least);
            Vector.ConditionalSelect(none, missing, sum / total).CopyTo(target, u);
        }
        for (; u < n; u++)
        {
            double sum = 0, total = 0, present = 0;
            foreach (var c in children)
            {
                var x = values[c][u];
                if (double.IsNaN(x)) continue;
                sum += x * weights[c];
                total += weights[c];
                present++;
            }
            target[u] = present == 0 || present / children.Length < threshold ? double.NaN : sum / total;
        }
    }

    /// <summary>a_gmean: exp(Σ w·ln x / Σ w) over the children with a value; a value ≤ 0 is refused.</summary>
    private static double GeometricMean(CompositeLayout layout, double[][] values, double[] weights, int[] children, int u, IReadOnlyList<string> units)
    {
        double total = 0, sum = 0;
        foreach (var c in children)
        {
            var x = values[c][u];
            if (double.IsNaN(x)) continue;
            if (x <= 0) throw Refused(layout, c, u, units, x, "the geometric mean needs values > 0 (normalise onto a positive range, e.g. minmax:1:100)");
            total += weights[c];
            sum += weights[c] * Math.Log(x);
        }
        return Math.Exp(sum / total);
    }

    /// <summary>a_hmean: Σ w / Σ (w / x) over the children with a value; a value of 0 is refused.</summary>
    private static double HarmonicMean(CompositeLayout layout, double[][] values, double[] weights, int[] children, int u, IReadOnlyList<string> units)
    {
        double total = 0, sum = 0;
        foreach (var c in children)
        {
            var x = values[c][u];
            if (double.IsNaN(x)) continue;
            if (x == 0) throw Refused(layout, c, u, units, x, "the harmonic mean needs values ≠ 0 (normalise onto a positive range, e.g. minmax:1:100)");
            total += weights[c];
            sum += weights[c] / x;
        }
        return total / sum;
    }

    /// <summary>a_genmean: (Σ w·x^p / Σ w)^(1/p); missing when any child is (COINr sums without na.rm).</summary>
    private static double GeneralisedMean(CompositeLayout layout, double[][] values, double[] weights, int[] children, int u, IReadOnlyList<string> units, double p)
    {
        double total = 0, sum = 0;
        foreach (var c in children)
        {
            var x = values[c][u];
            if (x <= 0 && p < 0) throw Refused(layout, c, u, units, x, "the generalised mean with p < 0 needs values > 0");
        }
        foreach (var c in children)
        {
            total += weights[c];
            sum += weights[c] * Math.Pow(values[c][u], p);
        }
        return Math.Pow(sum / total, 1 / p);
    }

    /// <summary>
    /// a_copeland: weights rescaled to sum to 1; for units i &lt; j, o = Σ w where i is above j + ½ Σ w where they
    /// tie (indicators missing for either are left out), and o(j, i) = 1 − o(i, j); each o counts +1 above ½, −1 below
    /// and 0 at ½; a unit's score is its row sum. Sums are compensated, as R's long-double <c>sum</c>, so the exact
    /// comparisons with ½ fall as in COINr.
    /// </summary>
    private static void Copeland(double[][] values, double[] weights, int[] children, double[] target)
    {
        var n = target.Length;
        var total = Sum(children.Select(c => weights[c]));
        var w = children.Select(c => weights[c] / total).ToArray();
        var o = new double[n, n];
        var above = new List<double>();
        var tied = new List<double>();
        for (var i = 0; i < n; i++)
            for (var j = i + 1; j < n; j++)
            {
                above.Clear();
                tied.Clear();
                for (var k = 0; k < children.Length; k++)
                {
                    var (a, b) = (values[children[k]][i], values[children[k]][j]);
                    if (a > b) above.Add(w[k]);
                    else if (a == b) tied.Add(w[k]);
                }
                o[i, j] = Sum(above) + Sum(tied) / 2;
                o[j, i] = 1 - o[i, j];
            }
        for (var i = 0; i < n; i++)
        {
            var score = 0.0;
            for (var j = 0; j < n; j++)
                if (j != i) score += o[i, j] > 0.5 ? 1 : o[i, j] < 0.5 ? -1 : 0;
            target[i] = score;
        }
    }

    /// <summary>A sum rounded once (Neumaier's compensated summation), as R's <c>sum</c> accumulating in long double.</summary>
    public static double Sum(IEnumerable<double> terms)
    {
        double sum = 0, compensation = 0;
        foreach (var t in terms)
        {
            var next = sum + t;
            compensation += Math.Abs(sum) >= Math.Abs(t) ? sum - next + t : t - next + sum;
            sum = next;
        }
        return sum + compensation;
    }

    private static CompositeException Refused(CompositeLayout layout, int column, int unit, IReadOnlyList<string> units, double x, string why) =>
        new(new CompositeProblem(null, $"unit {units[unit]}: {layout.Columns[column].Code} is {x.ToString("R", CultureInfo.InvariantCulture)}; {why}, or use amean",
            Code: layout.Columns[column].Code));
}
