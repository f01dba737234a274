using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Faults;

/// <summary>One save a rush user makes: the sub-criterion, its input, the version the user last saw, the explanation.</summary>
internal sealed record RushSave(string Unit, string Leaf, string Input, int ExpectedVersion, string? Explanation);

/// <summary>
/// The last minutes before the self-assessment deadline of 31/03/2026 17:00 (Vietnam time), shared by the rush
/// through the use cases and the rush over HTTP: N units R001…RNNN (<c>PARINDEX_RUSH_USERS</c>, default 50) and a
/// unit <see cref="Late"/> kept for the deadline instant, in one period whose self-assessment is open, the world's
/// clock 3 minutes before the deadline. <see cref="RunAsync"/> has every unit's user save the five sub-criteria again
/// and again for S seconds (<c>PARINDEX_RUSH_SECONDS</c>, default 10), then submit; <see cref="AssertNothingLostAsync"/>
/// checks the outcome against the database.
/// </summary>
internal sealed class DeadlineRush
{
    /// <summary>The rush tests run one after the other, so that neither one's figures include the other's load.</summary>
    public const string Collection = "Deadline rush";

    public static readonly DateTimeOffset Deadline = new(2026, 3, 31, 17, 0, 0, World.Vietnam);

    /// <summary>How a refusal at the deadline names it: Vietnam time, whatever the server's zone.</summary>
    public const string DeadlineText = "31/03/2026 17:00";

    /// <summary>The unit that saves only around the deadline instant.</summary>
    public const string Late = "TRE";

    private static readonly (string Leaf, string[] Inputs)[] Leaves =
    [
        ("1.1", ["ontime", "late"]), ("1.2", ["95%", "80%"]), ("1.3", ["0.5", "0.75"]), ("2.1", ["pass", "fail"]), ("2.2", ["1", "0"]),
    ];

    private readonly World _world;

    private DeadlineRush(World world, int periodId, IReadOnlyList<string> codes, IReadOnlyDictionary<string, int> unitIds, int seconds)
    {
        _world = world;
        PeriodId = periodId;
        Codes = codes;
        UnitIds = unitIds;
        Seconds = seconds;
    }

    public int PeriodId { get; }

    /// <summary>The rushing units' codes (without <see cref="Late"/>).</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Every unit's id by code, <see cref="Late"/> included.</summary>
    public IReadOnlyDictionary<string, int> UnitIds { get; }

    public int Seconds { get; }

    public static async Task<DeadlineRush> SetUpAsync(World world)
    {
        var users = Setting("PARINDEX_RUSH_USERS", 50);
        var codes = Enumerable.Range(1, users).Select(i => $"R{i:D3}").ToList();
        await world.Run(async db =>
        {
            db.Units.AddRange(codes.Append(Late).Select(c => new Unit { Code = c, Name = $"Sở {c}", Type = UnitType.Department, Group = World.Group }));
            await db.SaveChangesAsync();
        });
        var ids = await world.Run(db => db.Units.Where(u => u.Code.StartsWith("R") || u.Code == Late).ToDictionaryAsync(u => u.Code, u => u.Id));
        var deadlines = new PeriodDeadlines(new DateTimeOffset(2026, 1, 1, 0, 0, 0, World.Vietnam), Deadline, Deadline.AddDays(30), Deadline.AddDays(45), Deadline.AddDays(60));
        world.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, World.Vietnam);
        var period = (await world.Run(db => new CreatePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat,
            new CreatePeriod(2026, "Cao điểm 2026", deadlines, ["TEST-SO"], [.. codes, Late])))).Id;
        await world.Run(db => new AdvancePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new AdvancePeriod(period)));
        world.Clock.Now = Deadline.AddMinutes(-3);
        return new DeadlineRush(world, period, codes, ids, Setting("PARINDEX_RUSH_SECONDS", 10));
    }

    /// <summary>
    /// Every unit at once: its user saves the five sub-criteria in rounds, each at the version the last save of it
    /// returned, for <see cref="Seconds"/> (at least one round), then submits. <paramref name="save"/> returns the
    /// acknowledged version; whatever it or <paramref name="submit"/> throws is an error.
    /// </summary>
    public async Task<RushResult> RunAsync(Func<RushSave, Task<int>> save, Func<string, Task> submit)
    {
        var result = new RushResult(Codes.Count);
        var clock = Stopwatch.StartNew();

        async Task RushAsync(string unit)
        {
            var versions = Leaves.ToDictionary(l => l.Leaf, _ => 0);
            for (var round = 0; round == 0 || clock.Elapsed.TotalSeconds < Seconds; round++)
                foreach (var (leaf, inputs) in Leaves)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        versions[leaf] = await save(new RushSave(unit, leaf, inputs[round % 2], versions[leaf], leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null));
                        result.Acknowledged.Add((unit, leaf, versions[leaf]));
                    }
                    catch (Exception e)
                    {
                        result.Errors.Add($"{unit} {leaf} v{versions[leaf]}: {e.GetType().Name}: {e.Message}");
                    }
                    result.Latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            try
            {
                await submit(unit);
            }
            catch (Exception e)
            {
                result.Errors.Add($"{unit} submit: {e.GetType().Name}: {e.Message}");
            }
        }

        await Task.WhenAll(Codes.Select(c => Task.Run(() => RushAsync(c))));
        result.Wall = clock.Elapsed;
        return result;
    }

    /// <summary>
    /// Zero errors; every rushing unit's submission submitted; the ledger holds exactly the acknowledged saves, each
    /// under its version; the audit chain verifies.
    /// </summary>
    public async Task AssertNothingLostAsync(RushResult result)
    {
        Assert.True(result.Errors.IsEmpty, $"{result.Errors.Count} errors:{Environment.NewLine}{string.Join(Environment.NewLine, result.Errors.Take(10))}");
        var submissions = await _world.Run(db => db.Submissions.Where(s => s.PeriodId == PeriodId && s.Unit.Code != Late)
            .Select(s => new { s.Id, s.Unit.Code, s.State }).ToListAsync());
        Assert.Equal(Codes.Count, submissions.Count);
        Assert.All(submissions, s => Assert.Equal(SubmissionState.Submitted, s.State));
        var unitOf = submissions.ToDictionary(s => s.Id, s => s.Code);
        var ledger = (await _world.Run(db => db.Scores.Where(s => unitOf.Keys.Contains(s.SubmissionId)).Select(s => new { s.SubmissionId, s.LeafCode, s.Version }).ToListAsync()))
            .Select(s => (unitOf[s.SubmissionId], s.LeafCode, s.Version)).ToHashSet();
        Assert.Equal(result.Acknowledged.Count, ledger.Count);
        Assert.All(result.Acknowledged, a => Assert.Contains(a, ledger));
        Assert.Null(await _world.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;
}

/// <summary>What a rush did: the acknowledged saves (unit, leaf, version), every save's latency, the errors, the wall time.</summary>
internal sealed class RushResult(int users)
{
    public ConcurrentBag<(string Unit, string Leaf, int Version)> Acknowledged { get; } = [];

    public ConcurrentBag<double> Latencies { get; } = [];

    public ConcurrentBag<string> Errors { get; } = [];

    public TimeSpan Wall { get; set; }

    /// <summary>Users, saves, saves/s and the latency p50/p95/p99/max, to the test's output and the console.</summary>
    public void Report(string how, ITestOutputHelper output)
    {
        var sorted = Latencies.Order().ToList();
        double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"deadline rush {how}: {users} users, {sorted.Count} saves in {Wall.TotalSeconds:0.0} s ({sorted.Count / Wall.TotalSeconds:0} saves/s): " +
            $"p50 {P(0.5):0} ms, p95 {P(0.95):0} ms, p99 {P(0.99):0} ms, max {sorted[^1]:0} ms; {Errors.Count} errors");
        output.WriteLine(summary);
        Console.WriteLine(summary);
    }
}
