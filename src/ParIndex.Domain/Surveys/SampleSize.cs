namespace ParIndex.Domain.Surveys;

/// <summary>How many to ask: Yamane's n = N / (1 + N·e²) per stratum, and a total sample shared over units.</summary>
public static class SampleSize
{
    /// <summary>The sample for a population of <paramref name="population"/> at margin of error <paramref name="margin"/> (e.g. 0.05), rounded up.</summary>
    public static long For(long population, decimal margin)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(population);
        if (margin is <= 0m or >= 1m) throw new ArgumentOutOfRangeException(nameof(margin), margin, "the margin of error is a ratio between 0 and 1, e.g. 0.05");
        return (long)decimal.Ceiling(population / (1m + population * margin * margin));
    }

    /// <summary>
    /// Shares <paramref name="total"/> over the strata in proportion to their populations by largest remainder
    /// (Hamilton): each gets the whole part of its quota, and the units left go to the largest fractional parts (ties:
    /// the larger population, then the earlier stratum), so the allocation always sums to exactly the total.
    /// </summary>
    public static IReadOnlyList<(string Stratum, long Sample)> Allocate(long total, IReadOnlyList<(string Stratum, long Population)> strata)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        if (strata.Any(s => s.Population < 0)) throw new ArgumentException("a population is negative", nameof(strata));
        var sum = strata.Sum(s => (decimal)s.Population);
        if (sum == 0) return [.. strata.Select(s => (s.Stratum, 0L))];
        var quotas = strata.Select((s, i) => (s.Stratum, s.Population, Index: i, Quota: total * s.Population / sum)).ToList();
        var samples = quotas.Select(q => (long)decimal.Floor(q.Quota)).ToArray();
        var left = total - samples.Sum();
        foreach (var q in quotas.OrderByDescending(q => q.Quota - decimal.Floor(q.Quota)).ThenByDescending(q => q.Population).ThenBy(q => q.Index).Take((int)left))
            samples[q.Index]++;
        return [.. quotas.Select(q => (q.Stratum, samples[q.Index]))];
    }
}
