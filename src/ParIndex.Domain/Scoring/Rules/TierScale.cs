using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// An ordered set of tiers over a ratio or a count, shared by tiered leaves and tiered survey leaves. Tiers are
/// matched on their resolved intervals; validation proves the intervals cover the whole domain with no overlap,
/// so every valid input falls in exactly one tier.
/// </summary>
public sealed record TierScale(TierBasis Basis, IReadOnlyList<Tier> Tiers)
{
    private readonly record struct Bound(decimal Value, bool Inclusive);

    private sealed record Interval(Tier Tier, Bound Lower, Bound? Upper);

    private IReadOnlyList<Interval>? _intervals;

    private IReadOnlyList<Interval> Intervals => _intervals ??= Resolve();

    public Tier? Find(decimal value)
    {
        var intervals = Intervals;
        for (var i = 0; i < intervals.Count; i++)
            if (Contains(intervals[i], value)) return intervals[i].Tier;
        return null;
    }

    public IEnumerable<string> Problems(decimal max)
    {
        if (Tiers.Count == 0)
        {
            yield return "a tiered rule needs at least one tier";
            yield break;
        }
        foreach (var t in Tiers.Where(t => t.Points < 0 || t.Points > max))
            yield return $"tier {DescribeEn(t)} gives {NumberText.Invariant(t.Points)} points, outside 0–{NumberText.Invariant(max)}";
        if (Tiers.Max(t => t.Points) < max)
            yield return $"no tier gives the full {NumberText.Invariant(max)} points";
        foreach (var t in Tiers.Where(t => t.Max is { } m && (m < t.Min || (m == t.Min && !(t.MaxInclusive && !t.MinExclusive)))))
            yield return $"tier from {Show(t.Min)} has an empty range (max {Show(t.Max!.Value)})";
        if (Basis == TierBasis.Ratio)
            foreach (var t in Tiers.Where(t => t.Min is < 0 or > 1 || t.Max is < 0 or > 1))
                yield return $"tier from {Show(t.Min)} has bounds outside 0–100%";

        var intervals = Intervals;
        var lowest = intervals[0].Lower;
        if (lowest.Value > 0 || (lowest.Value == 0 && !lowest.Inclusive))
            yield return $"values from 0 up to {Show(lowest.Value)} fall in no tier (gap)";
        for (var i = 0; i + 1 < intervals.Count; i++)
        {
            var upper = intervals[i].Upper!.Value;
            var next = intervals[i + 1].Lower;
            if (upper.Value > next.Value || (upper.Value == next.Value && upper.Inclusive && next.Inclusive))
                yield return $"tiers from {Show(intervals[i].Lower.Value)} and from {Show(next.Value)} overlap";
            else if (upper.Value < next.Value || (!upper.Inclusive && !next.Inclusive))
                yield return $"values between {Show(upper.Value)} and {Show(next.Value)} fall in no tier (gap)";
        }
        if (intervals[^1].Upper is { } top)
        {
            var domainTop = Basis == TierBasis.Ratio ? 1m : decimal.MaxValue;
            if (top.Value < domainTop || (top.Value == domainTop && !top.Inclusive))
                yield return $"values above {Show(top.Value)} fall in no tier (gap)";
        }
    }

    public string DescribeVi(Tier tier) => Describe(tier, vietnamese: true, "từ", "trên", "đến", "đến dưới", "trở lên");

    public string DescribeEn(Tier tier) => Describe(tier, vietnamese: false, "from", "above", "to", "to under", "or more");

    private string Describe(Tier tier, bool vietnamese, string from, string above, string to, string under, string orMore)
    {
        var interval = Intervals.First(i => ReferenceEquals(i.Tier, tier));
        string Show(decimal v) => Basis == TierBasis.Ratio
            ? vietnamese ? NumberText.PercentVi(v) : NumberText.Percent(v)
            : vietnamese ? NumberText.Vi(v) : NumberText.Invariant(v);
        if (Basis == TierBasis.Ratio && interval.Lower is { Value: 1m, Inclusive: true }) return Show(1m);
        var lower = $"{(interval.Lower.Inclusive ? from : above)} {Show(interval.Lower.Value)}";
        return interval.Upper is { } u ? $"{lower} {(u.Inclusive ? to : under)} {Show(u.Value)}" : $"{lower} {orMore}";
    }

    private string Show(decimal value) => Basis == TierBasis.Ratio ? NumberText.Percent(value) : NumberText.Invariant(value);

    private IReadOnlyList<Interval> Resolve()
    {
        var sorted = Tiers.OrderBy(t => t.Min).ThenBy(t => t.MinExclusive).ToList();
        var result = new List<Interval>(sorted.Count);
        for (var i = 0; i < sorted.Count; i++)
        {
            var t = sorted[i];
            Bound? upper = t.Max is { } m
                ? new Bound(m, t.MaxInclusive)
                : i + 1 < sorted.Count ? new Bound(sorted[i + 1].Min, sorted[i + 1].MinExclusive) : null;
            result.Add(new Interval(t, new Bound(t.Min, !t.MinExclusive), upper));
        }
        return result;
    }

    private static bool Contains(Interval i, decimal value) =>
        (value > i.Lower.Value || (value == i.Lower.Value && i.Lower.Inclusive)) &&
        (i.Upper is not { } u || value < u.Value || (value == u.Value && u.Inclusive));

    public bool Equals(TierScale? other) => other is not null && Basis == other.Basis && Tiers.SequenceEqual(other.Tiers);

    public override int GetHashCode() => HashCode.Combine(Basis, Tiers.Count);
}
