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

    public static async Task<LoadResult> RunAsync(DatabaseProvider provider, int units, int writers, bool profile = false, string? experiment = null, int thinkMs = 0)
    {
        var clock = new FixedClock(On(2, 1));
        var setup = Stopwatch.StartNew();
        await using var database = await BenchDatabase.CreateAsync(provider, experiment);
        Console.Error.WriteLine($"[{provider}] {database.Describe}{(experiment is null ? "" : $" (experiment {experiment})")} created and migrated in {setup.Elapsed.TotalSeconds:0.0} s");

        var (periodId, unitList) = await SeedAsync(database, clock, units);
        Console.Error.WriteLine($"[{provider}] seeded {units:N0} units, framework {BenchFramework.Code} and period {periodId} (self-assessment) in {setup.Elapsed.TotalSeconds:0.0} s");

        var profiler = profile ? new Profiler() : null;
        if (profiler is not null) database.Interceptors = [profiler, profiler.Transactions];

        var leaves = BenchFramework.LeafList;
        var saveTicks = new long[units * leaves.Count];
        var submitTicks = new long[units];
        var saves = 0;
        var submits = 0;
        var errors = 0;
        var errorSamples = new ConcurrentQueue<string>();
        var queue = new ConcurrentQueue<int>(Enumerable.Range(0, units));
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
                var random = new Random(2025 * 7919 + u);
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

        Console.Error.WriteLine($"[{provider}] {writers} writers start: {units:N0} units × {leaves.Count} saves");
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
            Console.Error.WriteLine($"[{provider}] {now.TotalSeconds,6:0} s  {done,9:N0} saves  {(done - lastSaves) / (now - lastAt).TotalSeconds,7:N0} saves/s  {Volatile.Read(ref submits):N0} submitted  {Volatile.Read(ref errors)} errors");
            (lastSaves, lastAt) = (done, now);
        }
        await all;
        wall.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        var gcs = GC.CollectionCount(0) - gcBefore;
        Console.Error.WriteLine($"[{provider}] writers done in {wall.Elapsed.TotalSeconds:0.0} s; checking the database");

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
        Console.Error.WriteLine($"[{provider}] checked in {check.Elapsed.TotalSeconds:0.0} s: {ledger:N0} ledger rows, {submitted:N0} submitted, {audit:N0} audit entries, chain {(broken is null ? "intact" : $"BROKEN at entry {broken.EntryId}: {broken.Problem}")}");

        return new LoadResult(provider, units, writers, leaves.Count, thinkMs, experiment, wall.Elapsed,
            saveTicks.AsSpan(0, saves).ToArray(), submitTicks.AsSpan(0, submits).ToArray(), errors, [.. errorSamples],
            ledger, submitted, audit, broken, size, cpu, gcs, profiler?.Report());
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

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
