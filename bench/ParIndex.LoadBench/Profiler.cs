using System.Collections.Concurrent;
using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ParIndex.LoadBench;

/// <summary>
/// <c>--profile</c>: times every database command and transaction start/commit of the use cases by kind, through EF Core
/// interceptors (added in the bench, the use cases are unchanged), to see where a save's time goes. Not used in
/// measured runs: it adds a little overhead per command.
/// </summary>
internal sealed class Profiler : DbCommandInterceptor
{
    private readonly ConcurrentDictionary<string, ConcurrentQueue<double>> _times = new();

    public Profiler() => Transactions = new TransactionTimes(this);

    public DbTransactionInterceptor Transactions { get; }

    private void Add(string kind, TimeSpan duration) => _times.GetOrAdd(kind, _ => new()).Enqueue(duration.TotalMilliseconds);

    private static string Kind(string sql)
    {
        if (sql.Contains("pg_try_advisory_xact_lock", StringComparison.Ordinal)) return "audit seal try-lock (pg_try_advisory_xact_lock)";
        if (sql.Contains("pg_advisory_xact_lock", StringComparison.Ordinal)) return "audit lock (pg_advisory_xact_lock)";
        var head = sql.TrimStart();
        if (head.StartsWith("INSERT", StringComparison.OrdinalIgnoreCase) || head.StartsWith("UPDATE", StringComparison.OrdinalIgnoreCase))
            return "SaveChanges (insert score + audit, update submission)";
        if (sql.Contains("\"AuditSeals\"", StringComparison.Ordinal) || sql.Contains("\"AuditPending\"", StringComparison.Ordinal)) return "audit seal: last seal, pending heads";
        if (sql.Contains("\"Submissions\"", StringComparison.Ordinal) && sql.Contains("\"Units\"", StringComparison.Ordinal)) return "load submission scope (incl. framework JSON)";
        if (sql.Contains("FROM \"Audit\"", StringComparison.Ordinal)) return "audit chain head";
        if (sql.Contains("FROM \"Scores\"", StringComparison.Ordinal)) return "ledger: latest version(s)";
        if (sql.Contains("\"EvidenceLinks\"", StringComparison.Ordinal)) return "evidence links";
        return "other: " + head[..Math.Min(40, head.Length)].ReplaceLineEndings(" ");
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken ct = default)
    {
        Add(Kind(command.CommandText), eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken ct = default)
    {
        Add(Kind(command.CommandText), eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken ct = default)
    {
        Add(Kind(command.CommandText), eventData.Duration);
        return ValueTask.FromResult(result);
    }

    public string Report()
    {
        var sb = new StringBuilder("  where the time goes (per command, ms; --profile; min>50: the shortest wait over 50 ms):\n");
        sb.AppendLine($"    {"kind",-56} {"count",9} {"mean",8} {"p50",8} {"p95",8} {"p99",8} {"max",8} {"min>50",8}");
        foreach (var (kind, queue) in _times.OrderByDescending(t => t.Value.Sum()))
        {
            var sorted = queue.ToArray();
            Array.Sort(sorted);
            double P(double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
            sb.AppendLine($"    {kind,-56} {sorted.Length,9:N0} {sorted.Average(),8:0.00} {P(0.5),8:0.00} {P(0.95),8:0.00} {P(0.99),8:0.00} {sorted[^1],8:0.0} {(sorted.FirstOrDefault(t => t > 50) is var slow and > 0 ? slow.ToString("0.0") : "-"),8}");
        }
        return sb.ToString().TrimEnd();
    }

    private sealed class TransactionTimes(Profiler owner) : DbTransactionInterceptor
    {
        public override ValueTask<DbTransaction> TransactionStartedAsync(DbConnection connection, TransactionEndEventData eventData, DbTransaction result, CancellationToken ct = default)
        {
            owner.Add("begin transaction", eventData.Duration);
            return ValueTask.FromResult(result);
        }

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken ct = default)
        {
            owner.Add("commit", eventData.Duration);
            return Task.CompletedTask;
        }
    }
}
