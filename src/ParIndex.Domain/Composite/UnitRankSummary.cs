using System.Runtime.CompilerServices;

namespace ParIndex.Domain.Composite;

/// <summary>
/// One unit's rank under uncertainty: the nominal rank (0 = none) and the mean, median, 5 % and 95 % quantiles of its
/// rank over the replications in which it has one (NaN if none) — COINr's <c>RankStats</c>.
/// </summary>
public sealed record UnitRankSummary(string Unit, int Nominal, double Mean, double Median, double Q5, double Q95)
{
    /// <summary>
    /// The summary of a unit's ranks over the replications (0 = no rank in that replication, left out). Ranks are small
    /// whole numbers, so they are put in order by counting, once per unit over every replication.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static UnitRankSummary Of(string unit, int nominal, int[] ranks)
    {
        var counts = new int[ranks.Length == 0 ? 1 : ranks.Max() + 1];
        foreach (var rank in ranks) counts[rank]++;
        var sorted = new double[ranks.Length - counts[0]];
        for (int rank = 1, at = 0; rank < counts.Length; rank++)
            for (var k = 0; k < counts[rank]; k++) sorted[at++] = rank;
        var mean = sorted.Length == 0 ? double.NaN : sorted.Sum() / sorted.Length;
        return new UnitRankSummary(unit, nominal, mean, Quantile.Type7(sorted, 0.5), Quantile.Type7(sorted, 0.05), Quantile.Type7(sorted, 0.95));
    }
}
