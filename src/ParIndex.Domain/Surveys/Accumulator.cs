namespace ParIndex.Domain.Surveys;

/// <summary>
/// Running weighted sums of one measure: adding responses one at a time needs constant memory, so any number of
/// responses can be summarised in one pass.
/// </summary>
public sealed class Accumulator
{
    /// <summary>z for a two-sided 95 % interval.</summary>
    public const double Z = 1.959963984540054;

    private double _w, _w2, _satisfied, _x, _x2;

    public int Count { get; private set; }

    /// <summary>Adds one respondent's score (their mean over the group's questions) with its weight.</summary>
    public void Add(double score, double weight, double threshold)
    {
        Count++;
        _w += weight;
        _w2 += weight * weight;
        if (score >= threshold) _satisfied += weight;
        _x += weight * score;
        _x2 += weight * score * score;
    }

    public Estimate? Result()
    {
        if (Count == 0 || _w <= 0) return null;
        var n = _w * _w / _w2;
        var p = _satisfied / _w;
        var mean = _x / _w;
        var variance = Math.Max(0, _x2 / _w - mean * mean);
        Interval? shareCi = null, meanCi = null;
        if (n > 1 + 1e-9)
        {
            shareCi = Wilson(p, n);
            var half = Z * Math.Sqrt(variance * n / (n - 1) / n);
            meanCi = new Interval(mean - half, mean + half);
        }
        return new Estimate(Count, _w, n, p, shareCi, mean, meanCi);
    }

    /// <summary>The Wilson score interval for a share p observed on n (effective) respondents.</summary>
    public static Interval Wilson(double p, double n)
    {
        var z2 = Z * Z;
        var centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        var half = Z / (1 + z2 / n) * Math.Sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
