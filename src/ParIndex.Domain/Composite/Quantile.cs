namespace ParIndex.Domain.Composite;

/// <summary>
/// Sample quantiles as R's <c>stats::quantile(x, p, type = 7)</c> (the default, used by COINr's
/// <c>get_sensitivity</c>): with x sorted and h = (n − 1)·p, the value x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]),
/// 0-based, computed as R does: (1 − f)·x[lo] + f·x[hi] only where x[hi] ≠ x[lo].
/// </summary>
public static class Quantile
{
    public static double Type7(double[] sorted, double p)
    {
        if (sorted.Length == 0) return double.NaN;
        var index = 1 + (sorted.Length - 1) * p;
        var lo = (int)Math.Floor(index);
        var hi = (int)Math.Ceiling(index);
        var q = sorted[lo - 1];
        var f = index - lo;
        return index > lo && sorted[hi - 1] != q ? (1 - f) * q + f * sorted[hi - 1] : q;
    }
}
