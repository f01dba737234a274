namespace ParIndex.Domain.Composite;

/// <summary>
/// Fills missing values as COINr's <c>Impute</c> does column by column: with the indicator's mean or median over
/// the units with a value, or over the units of the same group (units whose group is empty are left alone; a group
/// with no value leaves its gaps missing). Every filled cell is reported.
/// </summary>
public static class Imputer
{
    public static double[] Apply(string code, double[] x, Imputation how, IReadOnlyList<string> units,
        IReadOnlyDictionary<string, string?[]> groups, ICollection<CellChange> changes)
    {
        var result = (double[])x.Clone();
        if (!x.Any(double.IsNaN)) return result;
        string?[] group;
        if (how.Method is ImputationMethod.Mean or ImputationMethod.Median) group = new string?[x.Length].Select(_ => "").ToArray();
        else if (!groups.TryGetValue(how.Group!, out group!))
            throw new CompositeException(new CompositeProblem(null, $"--impute {how.Text}: the data file has no column '{how.Group}'", Column: how.Group));
        var median = how.Method is ImputationMethod.Median or ImputationMethod.GroupMedian;
        foreach (var members in Enumerable.Range(0, x.Length).Where(i => group[i] is not null).GroupBy(i => group[i]!, StringComparer.Ordinal))
        {
            var present = members.Select(i => x[i]).Where(v => !double.IsNaN(v)).ToArray();
            if (present.Length == 0) continue;
            var fill = median ? Median(present) : present.Sum() / present.Length;
            var where = how.Method is ImputationMethod.Mean or ImputationMethod.Median ? "all units" : $"group {members.Key} ({how.Group})";
            foreach (var i in members.Where(i => double.IsNaN(x[i])))
            {
                result[i] = fill;
                changes.Add(new CellChange(units[i], code, "impute", double.NaN, fill,
                    $"missing; {(median ? "median" : "mean")} of {present.Length} values over {where}"));
            }
        }
        return result;
    }

    /// <summary>R's <c>median</c>: the middle value, or the mean of the two middle values.</summary>
    public static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var half = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }
}
