using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Faults;

/// <summary>
/// The last minutes before the self-assessment deadline on PostgreSQL: N units' editors (default 50) save their five
/// sub-criteria over and over for S seconds (default 10), concurrently, each save in its own unit of work as a web
/// request has; then every lead submits. Zero errors, every acknowledged save in the ledger with its version, every
/// unit submitted, the audit chain intact; and at the deadline instant itself the next save is refused.
/// <c>PARINDEX_RUSH_USERS=500 PARINDEX_RUSH_SECONDS=120</c> is the full profile (bench/README.md).
/// </summary>
public sealed class DeadlineRushTests(ITestOutputHelper output) : ProviderTest(DatabaseProvider.Postgres)
{
    private static readonly DateTimeOffset Deadline = new(2026, 3, 31, 17, 0, 0, World.Vietnam);
    private static readonly (string Leaf, string[] Inputs)[] Leaves =
    [
        ("1.1", ["ontime", "late"]), ("1.2", ["95%", "80%"]), ("1.3", ["0.5", "0.75"]), ("2.1", ["pass", "fail"]), ("2.2", ["1", "0"]),
    ];

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : fallback;

    [Fact]
    public async Task Concurrent_saves_and_submissions_before_the_deadline_lose_nothing()
    {
        var users = Setting("PARINDEX_RUSH_USERS", 50);
        var seconds = Setting("PARINDEX_RUSH_SECONDS", 10);
        var codes = Enumerable.Range(1, users).Select(i => $"R{i:D3}").ToList();
        const string Late = "TRE"; // saves only around the deadline instant
        await World.Run(async db =>
        {
            db.Units.AddRange(codes.Append(Late).Select(c => new Unit { Code = c, Name = $"Sở {c}", Type = UnitType.Department, Group = World.Group }));
            await db.SaveChangesAsync();
        });
        var ids = await World.Run(db => db.Units.Where(u => u.Code.StartsWith("R") || u.Code == Late).ToDictionaryAsync(u => u.Code, u => u.Id));
        var deadlines = new PeriodDeadlines(new DateTimeOffset(2026, 1, 1, 0, 0, 0, World.Vietnam), Deadline, Deadline.AddDays(30), Deadline.AddDays(45), Deadline.AddDays(60));
        World.Clock.Now = new DateTimeOffset(2025, 12, 1, 9, 0, 0, World.Vietnam);
        var period = (await World.Run(db => new CreatePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new CreatePeriod(2026, "Cao điểm 2026", deadlines, ["TEST-SO"], [.. codes, Late])))).Id;
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(period)));
        World.Clock.Now = Deadline.AddMinutes(-3);

        var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(string Unit, string Leaf, int Version)>();
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = new System.Collections.Concurrent.ConcurrentBag<string>();
        var until = Stopwatch.StartNew();

        async Task RushAsync(string unit)
        {
            var editor = Actor.Of($"u-{unit}-editor", $"Cán bộ {unit}", ids[unit], Role.UnitEditor);
            var lead = Actor.Of($"u-{unit}-lead", $"Lãnh đạo {unit}", ids[unit], Role.UnitLead);
            for (var round = 0; round == 0 || until.Elapsed.TotalSeconds < seconds; round++)
                foreach (var (leaf, inputs) in Leaves)
                {
                    var watch = Stopwatch.StartNew();
                    try
                    {
                        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(editor,
                            new SaveScore(period, unit, leaf, inputs[round % 2], round, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
                        acknowledged.Add((unit, leaf, round + 1));
                    }
                    catch (Exception e)
                    {
                        errors.Add($"{unit} {leaf} v{round}: {e.GetType().Name}: {e.Message}");
                    }
                    latencies.Add(watch.Elapsed.TotalMilliseconds);
                }
            try
            {
                await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(lead, new SubmitSelfAssessment(period, unit)));
            }
            catch (Exception e)
            {
                errors.Add($"{unit} submit: {e.GetType().Name}: {e.Message}");
            }
        }

        await Task.WhenAll(codes.Select(c => Task.Run(() => RushAsync(c))));
        var wall = until.Elapsed;

        var sorted = latencies.Order().ToList();
        double P(double q) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(q * sorted.Count))];
        var summary = $"{users} users, {sorted.Count} saves in {wall.TotalSeconds:0.0} s ({sorted.Count / wall.TotalSeconds:0} saves/s): " +
                      $"p50 {P(0.5):0} ms, p95 {P(0.95):0} ms, p99 {P(0.99):0} ms, max {sorted[^1]:0} ms; {errors.Count} errors";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        Assert.True(errors.IsEmpty, string.Join(Environment.NewLine, errors.Take(10)));

        var submissions = (await World.Run(db => db.Submissions.Where(s => s.PeriodId == period && s.Unit.Code != Late).Select(s => new { s.Id, s.Unit.Code, s.State }).ToListAsync()));
        Assert.Equal(users, submissions.Count);
        Assert.All(submissions, s => Assert.Equal(SubmissionState.Submitted, s.State));
        var unitOf = submissions.ToDictionary(s => s.Id, s => s.Code);
        var ledger = (await World.Run(db => db.Scores.Where(s => unitOf.Keys.Contains(s.SubmissionId)).Select(s => new { s.SubmissionId, s.LeafCode, s.Version }).ToListAsync()))
            .Select(s => (unitOf[s.SubmissionId], s.LeafCode, s.Version)).ToHashSet();
        Assert.Equal(acknowledged.Count, ledger.Count);
        Assert.All(acknowledged, a => Assert.Contains(a, ledger));
        Assert.Null(await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));

        // One tick before the deadline a save is in time; at the deadline instant the next one is refused.
        var late = Actor.Of("u-tre-editor", "Cán bộ TRE", ids[Late], Role.UnitEditor);
        World.Clock.Now = Deadline.AddTicks(-1);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(late, new SaveScore(period, Late, "1.3", "0.5", 0)));
        World.Clock.Now = Deadline;
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(
            late, new SaveScore(period, Late, "1.3", "1", 1))));
        Assert.Contains("31/03/2026 17:00", refused.Message);
    }
}
