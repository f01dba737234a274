
namespace ParIndex.WebBench;

/// <summary>Every save's latency and outcome, from all users; thread-safe.</summary>
internal sealed class Recorder
{
    private readonly Lock _gate = new();
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<string, int> _errors = new(StringComparer.Ordinal);

    public void Add(TimeSpan elapsed, string? failure)
    {
        lock (_gate)
        {
            _milliseconds.Add(elapsed.TotalMilliseconds);
            if (failure is not null) _errors[failure] = _errors.GetValueOrDefault(failure) + 1;
        }
    }

    public int Count => _milliseconds.Count;

    public int Errors => _errors.Values.Sum();

    public IReadOnlyDictionary<string, int> ErrorKinds => _errors;

    /// <summary>The q-quantile (nearest rank) of all latencies, in milliseconds.</summary>
    public double Percentile(double q)
    {
        var sorted = _milliseconds.Order().ToList();
        if (sorted.Count == 0) return double.NaN;
        var rank = (int)Math.Ceiling(q * sorted.Count);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)];
    }

    public double Max => _milliseconds.Count == 0 ? double.NaN : _milliseconds.Max();
}
