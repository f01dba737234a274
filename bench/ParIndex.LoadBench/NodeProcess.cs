using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace ParIndex.LoadBench;

/// <summary>What one node's writers did.</summary>
internal sealed record NodeWork(DateTimeOffset Finished, long[] SaveTicks, long[] SubmitTicks, int Errors, IReadOnlyList<string> ErrorSamples,
    TimeSpan Cpu, int Gen0, string? Profile);

/// <summary>
/// <c>--nodes N</c>: node k (1 ≤ k &lt; N) is this program run again with <c>--join</c>, a process of its own with its own
/// connection pool (as a web node is), saving the units whose index is k modulo N; it writes what it measured to a file
/// the first process reads.
/// </summary>
internal sealed class NodeProcess
{
    private readonly Process _process;
    private readonly string _out;

    private NodeProcess(Process process, string @out)
    {
        _process = process;
        _out = @out;
    }

    public static NodeProcess Start(string connection, int periodId, int units, int writers, int thinkMs, int node, int nodes, bool profile, DateTimeOffset startAt)
    {
        var @out = Path.Combine(Path.GetTempPath(), $"parindex-loadbench-node{node}-{Guid.NewGuid():N}.json");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = false };
        foreach (var arg in new[]
                 {
                     typeof(NodeProcess).Assembly.Location, "--join", connection, "--period", periodId.ToString(CultureInfo.InvariantCulture),
                     "--units", units.ToString(CultureInfo.InvariantCulture), "--writers", writers.ToString(CultureInfo.InvariantCulture),
                     "--think-ms", thinkMs.ToString(CultureInfo.InvariantCulture), "--node", node.ToString(CultureInfo.InvariantCulture),
                     "--nodes", nodes.ToString(CultureInfo.InvariantCulture), "--start-at", startAt.ToString("O", CultureInfo.InvariantCulture), "--out", @out,
                 })
            start.ArgumentList.Add(arg);
        if (profile) start.ArgumentList.Add("--profile");
        return new NodeProcess(Process.Start(start)!, @out);
    }

    public async Task<NodeWork> ResultAsync()
    {
        await _process.WaitForExitAsync();
        if (_process.ExitCode != 0) throw new InvalidOperationException($"node process exited with {_process.ExitCode}");
        var work = JsonSerializer.Deserialize<NodeWork>(await File.ReadAllTextAsync(_out))!;
        File.Delete(_out);
        return work;
    }

    /// <summary>The <c>--join</c> side: node k's share of the seeded units, its writers, its result to <paramref name="out"/>.</summary>
    public static async Task<int> RunAsync(string connection, int periodId, int writers, int thinkMs, int node, int nodes, bool profile, DateTimeOffset startAt, string @out)
    {
        var database = BenchDatabase.Join(connection);
        (int Id, string Code)[] units;
        await using (var db = database.Open())
            units = [.. (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.ToListAsync(
                db.Units.OrderBy(u => u.Code).Select(u => new { u.Id, u.Code }))).Select(u => (u.Id, u.Code))];
        var work = await LoadRun.WorkAsync(database, LoadRun.Clock, periodId, [.. units.Where((_, u) => u % nodes == node)], writers, thinkMs, profile, startAt, $"node {node}");
        await File.WriteAllTextAsync(@out, JsonSerializer.Serialize(work));
        return 0;
    }
}
