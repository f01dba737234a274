using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.LoadBench;

/// <summary>One measured run on one provider: set up, let the writers save and submit, then check the database.</summary>
internal static class LoadRun
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    private static DateTimeOffset On(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, Vietnam);

    /// <summary>Self-assessment 01/01 – 31/03/2025; the clock stands at 01/02/2025 09:00, inside that window.</summary>
    private static readonly PeriodDeadlines Deadlines = new(On(1, 1, 0), On(3, 31, 17), On(4, 30, 17), On(5, 15, 17), On(5, 31, 17));

    private const int MaxErrors = 100;

    /// <summary>01/02/2025 09:00, inside the self-assessment window.</summary>
    public static readonly TimeProvider Clock = new FixedClock(On(2, 1));

    public static async Task<LoadResult> RunAsync(DatabaseProvider provider, int units, int writers, bool profile = false, string? experiment = null, int thinkMs = 0, int nodes = 1)
    {
        var clock = Clock;
        var setup = Stopwatch.StartNew();
        await using var database = await BenchDatabase.CreateAsync(provider, experiment);
        Console.Error.WriteLine($"[{provider}] {database.Describe}{(experiment is null ? "" : $" (experiment {experiment})")} created and migrated in {setup.Elapsed.TotalSeconds:0.0} s");

        var (periodId, unitList) = await SeedAsync(database, clock, units);
        Console.Error.WriteLine($"[{provider}] seeded {units:N0} units, framework {BenchFramework.Code} and period {periodId} (self-assessment) in {setup.Elapsed.TotalSeconds:0.0} s");

        // Nodes 1…n-1 are processes of their own (as web nodes are), each with its own connection pool and its share of the
        // units; all start at the same instant, a few seconds from now.
        var startAt = DateTimeOffset.UtcNow.AddSeconds(nodes > 1 ? 8 : 0);
        var others = Enumerable.Range(1, nodes - 1).Select(node => NodeProcess.Start(database.ConnectionString, periodId, units, writers, thinkMs, node, nodes, profile, startAt)).ToList();
        var mine = await WorkAsync(database, clock, periodId, [.. unitList.Where((_, u) => u % nodes == 0)], writers, thinkMs, profile, startAt, $"[{provider}] node 0");
        var theirs = new List<NodeWork>();
        foreach (var other in others) theirs.Add(await other.ResultAsync());
        var all = theirs.Prepend(mine).ToList();
        var wall = all.Max(w => w.Finished) - startAt;
        Console.Error.WriteLine($"[{provider}] writers done in {wall.TotalSeconds:0.0} s; checking the database");

        // The end state: one ledger row per unit and leaf, every unit submitted, the audit chain intact.
        var check = Stopwatch.StartNew();
        long ledger;
        int submitted;
        long audit;
        AuditBreak? broken;
        database.Interceptors = [];
        await using (var db = database.Open())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            ledger = await db.Scores.LongCountAsync();
            submitted = await db.Submissions.CountAsync(s => s.PeriodId == periodId && s.State == SubmissionState.Submitted);
            audit = await db.Audit.LongCountAsync();
            broken = await AuditChain.VerifyAsync(db, CancellationToken.None);
        }
        var size = await database.SizeAsync();
        Console.Error.WriteLine($"[{provider}] checked in {check.Elapsed.TotalSeconds:0.0} s: {ledger:N0} ledger rows, {submitted:N0} submitted, {audit:N0} audit entries, chain {(broken is null ? "intact" : $"BROKEN: {broken}")}");

        return new LoadResult(provider, units, writers, BenchFramework.LeafList.Count, thinkMs, experiment, nodes, wall,
            [.. all.SelectMany(w => w.SaveTicks)], [.. all.SelectMany(w => w.SubmitTicks)], all.Sum(w => w.Errors), [.. all.SelectMany(w => w.ErrorSamples)],
            ledger, submitted, audit, broken, size, mine.Cpu, mine.Gen0, profile ? string.Join("\n", all.Select((w, i) => $"  node {i}:\n{w.Profile}")) : null);
    }

    /// <summary>
    /// One node's writers: they take the node's units from a shared queue and save every leaf of each as its editor
    /// (expected version 0, a new context per save as a web request has), then submit it as its lead.
    /// </summary>
    public static async Task<NodeWork> WorkAsync(BenchDatabase database, TimeProvider clock, int periodId, (int Id, string Code)[] unitList, int writers, int thinkMs,
        bool profile, DateTimeOffset startAt, string label)
    {
        var profiler = profile ? new Profiler() : null;
        if (profiler is not null) database.Interceptors = [profiler, profiler.Transactions];
        var leaves = BenchFramework.LeafList;
        var saveTicks = new long[unitList.Length * leaves.Count];
        var submitTicks = new long[unitList.Length];
        var saves = 0;
        var submits = 0;
        var errors = 0;
        var errorSamples = new ConcurrentQueue<string>();
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, unitList.Length));
        using var stop = new CancellationTokenSource();

        void Fail(string what, Exception e)
        {
            if (Interlocked.Increment(ref errors) <= 5) errorSamples.Enqueue($"{what}: {e.GetType().Name}: {e.Message}");
            if (errors >= MaxErrors) stop.Cancel();
        }

        async Task Writer(int writer)
        {
            // People do not save in step: each pause is drawn uniformly from 0–2× the think time, and writers start staggered.
            var pause = new Random(writer);
            if (thinkMs > 0) await Task.Delay(pause.Next(thinkMs));
            while (!stop.IsCancellationRequested && queue.TryDequeue(out var u))
            {
                var (unitId, code) = unitList[u];
                var editor = Actor.Of($"u-{code}-editor", $"Cán bộ {code}", unitId, Role.UnitEditor);
                var random = new Random(2025 * 7919 + unitId);
                foreach (var leaf in leaves)
                {
                    var request = new SaveScore(periodId, code, leaf.Code, BenchFramework.Input(leaf, random), ExpectedVersion: 0,
                        leaf.EvidenceRequired ? "Văn bản đang trình ký, sẽ bổ sung / being signed, to follow" : null);
                    var started = Stopwatch.GetTimestamp();
                    try
                    {
                        await using var db = database.Open();
                        await new SaveScoreHandler(db, clock).HandleAsync(editor, request);
                    }
                    catch (Exception e)
                    {
                        Fail($"save {code}/{leaf.Code}", e);
                    }
                    saveTicks[Interlocked.Increment(ref saves) - 1] = Stopwatch.GetTimestamp() - started;
                    if (thinkMs > 0) await Task.Delay(pause.Next(2 * thinkMs + 1));
                }

                var lead = Actor.Of($"u-{code}-lead", $"Lãnh đạo {code}", unitId, Role.UnitLead);
                var submitStarted = Stopwatch.GetTimestamp();
                try
                {
                    await using var db = database.Open();
                    var state = await new SubmitSelfAssessmentHandler(db, clock).HandleAsync(lead, new SubmitSelfAssessment(periodId, code));
                    if (state != SubmissionState.Submitted) throw new InvalidOperationException($"submission went to {state}");
                }
                catch (Exception e)
                {
                    Fail($"submit {code}", e);
                }
                submitTicks[Interlocked.Increment(ref submits) - 1] = Stopwatch.GetTimestamp() - submitStarted;
            }
        }

        if (startAt > DateTimeOffset.UtcNow) await Task.Delay(startAt - DateTimeOffset.UtcNow);
        Console.Error.WriteLine($"{label}: {writers} writers start: {unitList.Length:N0} units × {leaves.Count} saves");
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var gcBefore = GC.CollectionCount(0);
        var wall = Stopwatch.StartNew();
        var tasks = Enumerable.Range(0, writers).Select(w => Task.Run(() => Writer(w))).ToArray();
        var all = Task.WhenAll(tasks);
        var lastSaves = 0;
        var lastAt = TimeSpan.Zero;
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(15))) != all)
        {
            var now = wall.Elapsed;
            var done = Volatile.Read(ref saves);
            Console.Error.WriteLine($"{label} {now.TotalSeconds,6:0} s  {done,9:N0} saves  {(done - lastSaves) / (now - lastAt).TotalSeconds,7:N0} saves/s  {Volatile.Read(ref submits):N0} submitted  {Volatile.Read(ref errors)} errors");
            (lastSaves, lastAt) = (done, now);
        }
        await all;
        database.Interceptors = [];
        return new NodeWork(DateTimeOffset.UtcNow, saveTicks.AsSpan(0, saves).ToArray(), submitTicks.AsSpan(0, submits).ToArray(), errors, [.. errorSamples],
            Process.GetCurrentProcess().TotalProcessorTime - cpuBefore, GC.CollectionCount(0) - gcBefore, profiler?.Report());
    }

    /// <summary>Framework through the importer, units inserted directly, a period created and opened for self-assessment.</summary>
    private static async Task<(int PeriodId, (int Id, string Code)[] Units)> SeedAsync(BenchDatabase database, TimeProvider clock, int units)
    {
        var admin = Actor.Operator("loadbench");
        var secretariat = Actor.Of("u-secretariat", "Văn phòng", null, Role.Secretariat);

        var file = Path.Combine(Path.GetTempPath(), $"parindex-loadbench-framework-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, BenchFramework.Json());
        try
        {
            await using var db = database.Open();
            await new ImportFrameworkHandler(db, clock).HandleAsync(admin, new ImportFramework(file));
        }
        finally
        {
            File.Delete(file);
        }

        await using (var db = database.Open())
        {
            for (var i = 0; i < units; i++)
                db.Units.Add(new Unit { Code = $"U{i:00000}", Name = $"Đơn vị {i}", Type = UnitType.Province, Group = BenchFramework.Group });
            await db.SaveChangesAsync();
        }

        int periodId;
        await using (var db = database.Open())
            periodId = (await new CreatePeriodHandler(db, clock).HandleAsync(secretariat,
                new CreatePeriod(2025, "Đo tải 2025", Deadlines, [BenchFramework.Code]))).Id;
        await using (var db = database.Open())
        {
            var state = (await new AdvancePeriodHandler(db, clock).HandleAsync(secretariat, new AdvancePeriod(periodId))).To;
            if (state != PeriodState.SelfAssessment) throw new InvalidOperationException($"the period advanced to {state}, not SelfAssessment");
        }

        await using (var db = database.Open())
        {
            var list = await db.Units.OrderBy(u => u.Code).Select(u => new { u.Id, u.Code }).ToListAsync();
            return (periodId, [.. list.Select(u => (u.Id, u.Code))]);
        }
    }

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
