using System.Diagnostics;
using System.Globalization;
using ParIndex.App.Tests.Cli;
using ParIndex.App.Tests.Data;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Crash;

/// <summary>
/// Runs a <c>parindex</c> command once to the end on a copy of the test database, watching from outside when its
/// transaction is writing (its duration, its write window and the state it leaves), then on fresh copies SIGKILLs it:
/// once at 40 % of the duration (start-up and reading), and at 10 %, 50 % and 90 % into the write window, counted from
/// the moment that run is first seen writing. After each kill, once the process is gone (and on PostgreSQL its
/// backend too), the copy must equal the state before or the state after, and <c>parindex audit verify</c> (and
/// <c>results verify</c> for a published period) must pass on it. The summary line counts both outcomes and the kills
/// that came while the transaction was writing.
/// </summary>
internal static class KillLoop
{
    private static readonly double[] IntoWriteWindow = [0.1, 0.5, 0.9];
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(20);
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(TestDatabase database, string[] command, string doneText, ITestOutputHelper output, int? verifyResultsOf = null)
    {
        await using var copies = DatabaseCopies.Of(database);
        var before = await copies.StateAsync(database.ConnectionString);

        var reference = await copies.CopyAsync("reference");
        TimeSpan duration, window;
        using (var full = new ParIndexProcess([.. command, .. copies.Options(reference)]))
        {
            var run = await WatchAsync(full, copies, reference, stop: _ => false);
            var (code, stdout, stderr) = await full.WaitAsync(CommandTimeout);
            Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
            Assert.Contains(doneText, stdout);
            duration = run.Elapsed;
            window = run.LastWriting - run.FirstWriting ?? TimeSpan.Zero;
        }
        var after = await copies.StateAsync(reference);
        Assert.NotEqual(before.Counts, after.Counts);
        Verify(copies, reference, verifyResultsOf);

        Func<Run, bool>[] kills =
        [
            run => run.Elapsed >= duration * 0.4,
            .. IntoWriteWindow.Select(f => (Func<Run, bool>)(run => run.Elapsed >= run.FirstWriting + window * f)),
        ];
        int wasBefore = 0, wasAfter = 0, writing = 0;
        for (var k = 0; k < kills.Length; k++)
        {
            var copy = await copies.CopyAsync($"kill-{k}");
            Run run;
            using (var process = new ParIndexProcess([.. command, .. copies.Options(copy)]))
            {
                run = await WatchAsync(process, copies, copy, kills[k]);
                if (!run.Exited && await copies.WritingAsync(copy)) writing++;
                process.Kill();
            }
            await copies.SettleAsync(copy);
            var state = await copies.StateAsync(copy);
            // The audit head holds the moment of the run, so "everything" is the reference run's rows, not its head.
            if (state == before) wasBefore++;
            else
            {
                Assert.True(state.Counts == after.Counts, $"killed after {run.Elapsed.TotalMilliseconds:0} ms: neither nothing nor everything\nbefore {before.Counts}\nafter  {after.Counts}\nfound  {state.Counts}");
                wasAfter++;
            }
            Verify(copies, copy, state == before ? null : verifyResultsOf);
        }
        var summary = $"{database.Provider} {string.Join(' ', command[..2])}: full run {duration.TotalMilliseconds:0} ms, writing for {window.TotalMilliseconds:0} ms; " +
                      $"{kills.Length} kills, {writing} while writing: {wasBefore} left nothing, {wasAfter} left everything";
        output.WriteLine(summary);
        Console.WriteLine(summary);
    }

    /// <summary>How long a process ran, whether it ended by itself, and when it was first and last seen writing.</summary>
    private sealed record Run(TimeSpan Elapsed, bool Exited, TimeSpan? FirstWriting, TimeSpan? LastWriting);

    /// <summary>Lets the process run until it exits or <paramref name="stop"/> says so, looking every <see cref="Poll"/> whether it writes.</summary>
    private static async Task<Run> WatchAsync(ParIndexProcess process, DatabaseCopies copies, string copy, Func<Run, bool> stop)
    {
        var watch = Stopwatch.StartNew();
        var run = new Run(TimeSpan.Zero, false, null, null);
        while (!stop(run))
        {
            Assert.True(watch.Elapsed < CommandTimeout, $"still running after {CommandTimeout}");
            if (await process.ExitsWithinAsync(Poll)) return run with { Elapsed = watch.Elapsed, Exited = true };
            var writing = await copies.WritingAsync(copy);
            run = run with
            {
                Elapsed = watch.Elapsed,
                FirstWriting = run.FirstWriting ?? (writing ? watch.Elapsed : null),
                LastWriting = writing ? watch.Elapsed : run.LastWriting,
            };
        }
        return run;
    }

    /// <summary><c>parindex audit verify</c> and, for a published period, <c>parindex results verify</c> on a copy.</summary>
    private static void Verify(DatabaseCopies copies, string connection, int? verifyResultsOf)
    {
        var audit = CliRun.Of(["audit", "verify", .. copies.Options(connection)]);
        Assert.True(audit.ExitCode == 0, audit.Out + audit.Error);
        Assert.Contains("OK", audit.Out);
        if (verifyResultsOf is not { } period) return;
        var results = CliRun.Of(["results", "verify", "--period", period.ToString(CultureInfo.InvariantCulture), .. copies.Options(connection)]);
        Assert.True(results.ExitCode == 0, results.Out + results.Error);
        Assert.Contains("OK", results.Out);
    }
}
