using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Faults;

/// <summary>
/// The site on a PostgreSQL server of its own, four unit editors autosaving sub-criterion 1.3 as fast as they can, and
/// the server restarted (<c>pg_ctl restart -m fast</c>) in the middle: requests may fail while it is down, but the
/// site serves saves again afterwards without being restarted, and every save it acknowledged ("Đã lưu", a new
/// version) is in the ledger with the points that were sent.
/// </summary>
public sealed partial class PostgresRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Port = 55461;
    private static readonly TimeSpan Before = TimeSpan.FromSeconds(3), After = TimeSpan.FromSeconds(4);
    private static readonly string[] Units = ["A", "B", "C", "D"];
    private static readonly decimal[] Points = [0.25m, 0.5m, 0.75m, 1m, 0m];

    private PrivatePostgres? _server;
    private TestDatabase? _database;

    public async Task InitializeAsync() => _server = await PrivatePostgres.StartAsync(Path.Combine(Path.GetTempPath(), "parindex-pg-restart-test"), Port);

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
        if (_server is not null) await _server.DisposeAsync();
    }

    private sealed record Acknowledged(string Unit, int Version, decimal Points, bool AfterRestart);

    [Fact]
    public async Task Saves_acknowledged_around_a_database_restart_are_all_in_the_ledger()
    {
        _database = await TestDatabase.CreateAsync(DatabaseProvider.Postgres, server: _server!.ConnectionString);
        var world = await new World(_database).SetUpAsync();
        world.Clock.Now = World.On(2, 10);
        await world.Run(db => new AdvancePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new AdvancePeriod(world.PeriodId)));
        await SiteSession.AddUsersAsync(world, Units.Select(u => ($"bien.tap.{u.ToLowerInvariant()}", Role.UnitEditor, (string?)u)));
        await using var site = await RunningSite.StartAsync(world.Database, world.Clock);

        var acknowledged = new List<Acknowledged>();
        var failures = 0;
        var restarted = false;
        using var stop = new CancellationTokenSource();
        var form = $"/tu-danh-gia/{world.PeriodId}";

        var sessions = new Dictionary<string, SiteSession>();
        foreach (var unit in Units) sessions[unit] = await SiteSession.SignInAsync(site, $"bien.tap.{unit.ToLowerInvariant()}");

        async Task EditAsync(string unit)
        {
            await using var session = sessions[unit];
            var version = 0;
            var token = await session.TokenAsync(form);
            for (var i = 0; !stop.IsCancellationRequested; i++)
            {
                var points = Points[i % Points.Length];
                var afterRestart = Volatile.Read(ref restarted);
                try
                {
                    var response = await session.PostWithTokenAsync($"{form}?handler=Autosave&leaf=2",
                        [new("l2.points", points.ToString(CultureInfo.InvariantCulture)), new("l2.version", version.ToString(CultureInfo.InvariantCulture))], token);
                    var text = await SiteSession.TextAsync(response);
                    if (response.StatusCode == HttpStatusCode.OK && text.Contains("Đã lưu lúc") && VersionField().Match(text) is { Success: true } m)
                    {
                        version = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                        lock (acknowledged) acknowledged.Add(new Acknowledged(unit, version, points, afterRestart));
                        continue;
                    }
                }
                catch (HttpRequestException)
                {
                    // the site answered nothing: counted below, like an error page
                }
                Interlocked.Increment(ref failures);
                // A failed request may or may not have saved: start again from the version the page shows now.
                await Task.Delay(100);
                try
                {
                    var page = await session.Client.GetAsync(form);
                    if (page.StatusCode == HttpStatusCode.OK && VersionField().Match(await SiteSession.TextAsync(page)) is { Success: true } current)
                        version = int.Parse(current.Groups[1].Value, CultureInfo.InvariantCulture);
                }
                catch (HttpRequestException)
                {
                    // still down: the next round tries again
                }
            }
        }

        var editors = Units.Select(u => Task.Run(() => EditAsync(u))).ToList();
        await Task.Delay(Before);
        var watch = Stopwatch.StartNew();
        await _server.RestartAsync();
        var downtime = watch.Elapsed;
        Volatile.Write(ref restarted, true);
        await Task.Delay(After);
        await stop.CancelAsync();
        await Task.WhenAll(editors);

        var units = (await world.Run(db => db.Submissions.Select(s => new { s.Id, s.Unit.Code }).ToListAsync())).ToDictionary(s => s.Id, s => s.Code);
        var ledger = await world.Run(db => db.Scores.AsNoTracking().Where(s => s.LeafCode == "1.3" && s.Stage == ScoreStage.SelfAssessed).ToListAsync());
        var stored = ledger.ToDictionary(s => (units[s.SubmissionId], s.Version), s => s.Points);
        var summary = $"{acknowledged.Count} saves acknowledged ({acknowledged.Count(a => a.AfterRestart)} after the restart), {failures} failed requests, restart took {downtime.TotalMilliseconds:0} ms, ledger {ledger.Count} rows";
        output.WriteLine(summary);
        Console.WriteLine(summary);

        var lost = acknowledged.Where(a => !stored.TryGetValue((a.Unit, a.Version), out var p) || p != a.Points).ToList();
        Assert.True(lost.Count == 0, $"acknowledged but not in the ledger: {string.Join(", ", lost.Take(10))}");
        foreach (var unit in Units)
            Assert.Contains(acknowledged, a => a.Unit == unit && a.AfterRestart);
        Assert.Null(await world.Run(db => Audit.AuditChain.VerifyAsync(db, CancellationToken.None)));
    }

    [GeneratedRegex("name=\"l2.version\" value=\"(\\d+)\"")]
    private static partial Regex VersionField();
}
