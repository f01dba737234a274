namespace ParIndex.Domain.Composite;

/// <summary>
/// One unit's rank under uncertainty: the nominal rank (0 = none) and the mean, median, 5 % and 95 % quantiles of its
/// rank over the replications in which it has one (NaN if none) — COINr's <c>RankStats</c>.
/// </summary>
public sealed record UnitRankSummary(string Unit, int Nominal, double Mean, double Median, double Q5, double Q95)
{
    /// <summary>The summary of a unit's ranks over the replications (0 = no rank in that replication, left out).</summary>
    public static UnitRankSummary Of(string unit, int nominal, int[] ranks)
    {
        var sorted = ranks.Where(x => x > 0).Select(x => (double)x).Order().ToArray();
        var mean = sorted.Length == 0 ? double.NaN : sorted.Sum() / sorted.Length;
        return new UnitRankSummary(unit, nominal, mean, Quantile.Type7(sorted, 0.5), Quantile.Type7(sorted, 0.05), Quantile.Type7(sorted, 0.95));
    }
}
