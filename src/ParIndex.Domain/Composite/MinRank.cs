namespace ParIndex.Domain.Composite;

/// <summary>
/// Ranks, highest value first, ties sharing the lowest rank number and the next ranks skipped (1, 2, 2, 4) — R's
/// <c>rank(-x, ties.method = "min", na.last = "keep")</c>, which COINr uses for its results tables. Missing values
/// get no rank (0 here).
/// </summary>
public static class MinRank
{
    public static int[] Descending(double[] values)
    {
        var ranks = new int[values.Length];
        var order = Enumerable.Range(0, values.Length).Where(i => !double.IsNaN(values[i])).ToArray();
        Array.Sort(order, (a, b) => values[b].CompareTo(values[a]));
        for (var p = 0; p < order.Length; p++)
            ranks[order[p]] = p > 0 && values[order[p - 1]] == values[order[p]] ? ranks[order[p - 1]] : p + 1;
        return ranks;
    }
}
