using System.Diagnostics;
using System.Text;
using ParIndex.App.Audit;
using ParIndex.App.Data;

namespace ParIndex.LoadBench;

/// <summary>What one run measured, and whether the database ended as it must.</summary>
internal sealed record LoadResult(
    DatabaseProvider Provider, int Units, int Writers, int Leaves, int ThinkMs, string? Experiment, int Nodes, TimeSpan Wall,
    long[] SaveTicks, long[] SubmitTicks, int Errors, IReadOnlyList<string> ErrorSamples,
    long LedgerRows, int Submitted, long AuditEntries, AuditBreak? Broken, long Bytes, TimeSpan BenchCpu, int Gen0Collections, string? Profile)
{
    public const string Header =
        "| provider | nodes | units | writers per node | saves | wall time | saves/s | p50 | p95 | p99 | max |\n" +
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    public long ExpectedSaves => (long)Units * Leaves;

    /// <summary>Audit entries the run must leave: import, create, advance; per unit one per save, the first save's state change, the submit.</summary>
    public long ExpectedAudit => 3 + (long)Units * (Leaves + 2);

    public bool Passed => Errors == 0 && SaveTicks.Length == ExpectedSaves && LedgerRows == ExpectedSaves && Submitted == Units
        && AuditEntries == ExpectedAudit && Broken is null;

    public string Row()
    {
        var s = Stats.Of(SaveTicks);
        return $"| {(Provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL")} | {Nodes} | {Units:N0} | {Writers} | {SaveTicks.Length:N0} | " +
               $"{Wall.TotalSeconds:N1} s | {SaveTicks.Length / Wall.TotalSeconds:N0} | {s.P50:0.0} ms | {s.P95:0.0} ms | {s.P99:0.0} ms | {s.Max:N0} ms |";
    }

    public string Details()
    {
        var save = Stats.Of(SaveTicks);
        var submit = Stats.Of(SubmitTicks);
        var sb = new StringBuilder();
        sb.AppendLine($"{Provider}: {(Passed ? "PASSED" : "FAILED")}{(ThinkMs > 0 ? $"; think {ThinkMs} ms" : "")}{(Experiment is null ? "" : $"; experiment {Experiment}")}");
        sb.AppendLine($"  saves:   {SaveTicks.Length:N0} of {ExpectedSaves:N0}, mean {save.Mean:0.0} ms, p50 {save.P50:0.0}, p90 {save.P90:0.0}, p95 {save.P95:0.0}, p99 {save.P99:0.0}, p99.9 {save.P999:0.0}, max {save.Max:0.0} ms; share over 50 ms {save.Over50:P2}");
        sb.AppendLine($"  submits: {SubmitTicks.Length:N0} of {Units:N0}, mean {submit.Mean:0.0} ms, p50 {submit.P50:0.0}, p95 {submit.P95:0.0}, p99 {submit.P99:0.0}, max {submit.Max:0.0} ms");
        sb.AppendLine($"  errors:  {Errors}{string.Concat(ErrorSamples.Select(e => "\n    " + e))}");
        sb.AppendLine($"  ledger rows {LedgerRows:N0} (expected {ExpectedSaves:N0}); submitted {Submitted:N0}/{Units:N0}; audit entries {AuditEntries:N0} (expected {ExpectedAudit:N0}); chain {(Broken is null ? "verified" : $"BROKEN: {Broken}")}");
        sb.AppendLine($"  bench process (node 0) CPU during the writers: {BenchCpu.TotalSeconds:N1} s = {BenchCpu.TotalMilliseconds / Math.Max(1, SaveTicks.Length + SubmitTicks.Length):0.00} ms per use-case call ({BenchCpu / Wall:P0} of one core; database server CPU not included); {Gen0Collections:N0} gen-0 GCs");
        sb.Append($"  database size {Bytes / 1048576.0:N0} MiB");
        if (Profile is not null) sb.AppendLine().Append(Profile);
        return sb.ToString();
    }
}

internal sealed record Stats(double Mean, double P50, double P90, double P95, double P99, double P999, double Max, double Over50)
{
    /// <summary>Nearest-rank percentiles, in milliseconds, of Stopwatch tick counts.</summary>
    public static Stats Of(long[] ticks)
    {
        if (ticks.Length == 0) return new Stats(0, 0, 0, 0, 0, 0, 0, 0);
        var sorted = ticks.ToArray();
        Array.Sort(sorted);
        double Ms(long t) => t * 1000.0 / Stopwatch.Frequency;
        double P(double p) => Ms(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)]);
        var limit = Stopwatch.Frequency / 20; // 50 ms
        return new Stats(sorted.Average(Ms), P(0.50), P(0.90), P(0.95), P(0.99), P(0.999), Ms(sorted[^1]),
            sorted.LongLength == 0 ? 0 : sorted.Count(t => t > limit) / (double)sorted.Length);
    }
}
