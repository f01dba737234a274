namespace ParIndex.Domain.Composite;

/// <summary>
/// Ranks with ties sharing the lowest rank number and the next ranks skipped (1, 2, 2, 4) — R's
/// <c>rank(x, ties.method = "min", na.last = "keep")</c>. <see cref="Descending"/> ranks the highest value 1 (COINr's
/// results tables, <c>rank(-x)</c>); <see cref="Ascending"/> the lowest (COINr's <c>n_rank</c>). Missing values get
/// no rank (0).
/// </summary>
public static class MinRank
{
    public static int[] Descending(double[] values) => Rank(values, descending: true);

    public static int[] Ascending(double[] values) => Rank(values, descending: false);

    private static int[] Rank(double[] values, bool descending)
    {
        var ranks = new int[values.Length];
        var order = new int[values.Length];
        var n = 0;
        for (var i = 0; i < values.Length; i++) if (!double.IsNaN(values[i])) order[n++] = i;
        var keys = new double[n];
        for (var k = 0; k < n; k++) keys[k] = descending ? -values[order[k]] : values[order[k]];
        Array.Sort(keys, order, 0, n);
        for (var p = 0; p < n; p++)
            ranks[order[p]] = p > 0 && keys[p - 1] == keys[p] ? ranks[order[p - 1]] : p + 1;
        return ranks;
    }
}
