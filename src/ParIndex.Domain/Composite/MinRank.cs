using System.Numerics;
using System.Runtime.CompilerServices;

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

    /// <summary>
    /// <see cref="Descending"/> into <paramref name="ranks"/> without allocating, for the Monte Carlo's inner loop, with
    /// <paramref name="order"/> and <paramref name="keys"/> as working space (each as long as <paramref name="values"/>).
    /// Up to <see cref="CountingLimit"/> values a unit's rank is counted from its definition — 1 + the number of values
    /// strictly above it, several compared per instruction — which needs no sort: a generic sort runs unoptimised
    /// for the first tenth of a second of a process, longer than a whole short Monte Carlo.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static void Descending(double[] values, int[] ranks, int[] order, double[] keys)
    {
        if (values.Length > CountingLimit)
        {
            Rank(values, true, ranks, order, keys);
            return;
        }
        var width = Vector<double>.Count;
        for (var i = 0; i < values.Length; i++)
        {
            var x = values[i];
            if (double.IsNaN(x))
            {
                ranks[i] = 0;
                continue;
            }
            var pivot = new Vector<double>(x);
            var above = Vector<long>.Zero;
            var j = 0;
            for (; j <= values.Length - width; j += width)
                above -= Vector.GreaterThan(new Vector<double>(values, j), pivot);
            var count = Vector.Sum(above);
            for (; j < values.Length; j++) if (values[j] > x) count++;
            ranks[i] = (int)count + 1;
        }
    }

    /// <summary>The most values <see cref="Descending(double[], int[], int[], double[])"/> ranks by counting (n² / width comparisons).</summary>
    public const int CountingLimit = 256;

    private static int[] Rank(double[] values, bool descending)
    {
        var ranks = new int[values.Length];
        Rank(values, descending, ranks, new int[values.Length], new double[values.Length]);
        return ranks;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Rank(double[] values, bool descending, int[] ranks, int[] order, double[] keys)
    {
        Array.Clear(ranks);
        var n = 0;
        for (var i = 0; i < values.Length; i++) if (!double.IsNaN(values[i])) order[n++] = i;
        for (var k = 0; k < n; k++) keys[k] = descending ? -values[order[k]] : values[order[k]];
        Array.Sort(keys, order, 0, n);
        for (var p = 0; p < n; p++)
            ranks[order[p]] = p > 0 && keys[p - 1] == keys[p] ? ranks[order[p - 1]] : p + 1;
    }
}
