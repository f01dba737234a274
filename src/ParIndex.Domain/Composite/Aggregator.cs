namespace ParIndex.Domain.Composite;

/// <summary>
/// Bottom-up aggregation (COINr <c>Aggregate</c>): each aggregate is the weighted mean of its children's values for
/// the unit. Missing children are skipped and the remaining weights renormalised; if the share of children with a
/// value is below the data-availability threshold, or none has one, the aggregate is missing.
/// </summary>
public static class Aggregator
{
    /// <param name="values">Per column, per unit; indicator columns filled, aggregate columns are written.</param>
    /// <param name="weights">Per column, its weight within its parent.</param>
    /// <param name="units">The unit codes, for error messages.</param>
    public static void Run(CompositeLayout layout, double[][] values, double[] weights, AggregationMethod method, double datThresh, IReadOnlyList<string> units)
    {
        var unitCount = units.Count;
        for (var k = 0; k < layout.Children.Count; k++)
        {
            var children = layout.Children[k];
            var target = values[layout.IndicatorCount + k];
            for (var u = 0; u < unitCount; u++)
                target[u] = method == AggregationMethod.ArithmeticMean
                    ? ArithmeticMean(values, weights, children, u, datThresh)
                    : GeometricMean(layout, values, weights, children, u, datThresh, units);
        }
    }

    private static bool Available(double[][] values, int[] children, int u, double datThresh)
    {
        var present = 0;
        foreach (var c in children) if (!double.IsNaN(values[c][u])) present++;
        return present > 0 && (double)present / children.Length >= datThresh;
    }

    /// <summary>a_amean: w ← w / Σw over the children with a value, then Σ w·x.</summary>
    private static double ArithmeticMean(double[][] values, double[] weights, int[] children, int u, double datThresh)
    {
        if (!Available(values, children, u, datThresh)) return double.NaN;
        var total = 0.0;
        foreach (var c in children) if (!double.IsNaN(values[c][u])) total += weights[c];
        if (total == 0) return double.NaN;
        var sum = 0.0;
        foreach (var c in children)
        {
            var x = values[c][u];
            if (!double.IsNaN(x)) sum += weights[c] / total * x;
        }
        return sum;
    }

    /// <summary>a_gmean: exp(Σ w·ln x / Σ w) over the children with a value; a value ≤ 0 is refused.</summary>
    private static double GeometricMean(CompositeLayout layout, double[][] values, double[] weights, int[] children, int u, double datThresh, IReadOnlyList<string> units)
    {
        foreach (var c in children)
            if (values[c][u] <= 0)
                throw new CompositeException(new CompositeProblem(null,
                    $"unit {units[u]}: {layout.Columns[c].Code} is {CsvValue.Format(values[c][u])}; the geometric mean needs values > 0 (normalise onto a positive range, e.g. minmax:1:100, or use amean)",
                    Code: layout.Columns[c].Code));
        if (!Available(values, children, u, datThresh)) return double.NaN;
        var total = 0.0;
        var sum = 0.0;
        foreach (var c in children)
        {
            var x = values[c][u];
            if (double.IsNaN(x)) continue;
            total += weights[c];
            sum += weights[c] * Math.Log(x);
        }
        return total == 0 ? double.NaN : Math.Exp(sum / total);
    }
}
