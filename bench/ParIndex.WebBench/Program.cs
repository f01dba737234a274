using System.Diagnostics;
using System.Globalization;
using System.Net;
using ParIndex.WebBench;

// Autosave load: U editors, each signed in from a loopback source address of their own, save sub-criteria of their
// own area of their unit's self-assessment through the htmx autosave handler, pausing 0–P ms between saves, for S
// seconds. The users file has one "name,area" line per user; the password (the same for all) comes from
// PARINDEX_BENCH_PASSWORD. Prints one "key=value" result line on standard output. See bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["site"] = "", ["period"] = "", ["users"] = "", ["seconds"] = "60", ["pause-max-ms"] = "2000", ["per-source"] = "9" };
for (var i = 0; i < args.Length; i++)
{
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || !options.ContainsKey(args[i][2..]))
        return Usage($"unexpected argument '{args[i]}'");
    options[args[i][2..]] = args[++i];
}
if (!Uri.TryCreate(options["site"], UriKind.Absolute, out var site)) return Usage("--site must be a URL such as http://127.0.0.1:5180");
if (!int.TryParse(options["period"], out var period)) return Usage("--period must be a period id");
if (!File.Exists(options["users"])) return Usage("--users must name a file of name,area lines");
if (!int.TryParse(options["seconds"], out var seconds) || seconds < 1) return Usage("--seconds must be a positive whole number");
if (!int.TryParse(options["pause-max-ms"], out var pauseMaxMs) || pauseMaxMs < 0) return Usage("--pause-max-ms must be ≥ 0");
// Sign-in allows 20 attempts (POSTs) a minute per client address: at most 9 users per address keeps well under it,
// with room for a retry after a slow start.
if (!int.TryParse(options["per-source"], out var perSource) || perSource is < 1 or > 10) return Usage("--per-source must be 1–10");
var password = Environment.GetEnvironmentVariable("PARINDEX_BENCH_PASSWORD") is { Length: > 0 } p ? p : null;
if (password is null) return Usage("set PARINDEX_BENCH_PASSWORD to the users' password");

var lines = File.ReadAllLines(options["users"]).Where(l => l.Trim().Length > 0).ToList();
var users = lines.Select((line, i) =>
{
    var parts = line.Split(',');
    return new BenchUser(parts[0].Trim(), password, int.Parse(parts[1], CultureInfo.InvariantCulture), IPAddress.Parse($"127.0.0.{2 + i / perSource}"), site);
}).ToList();
if (2 + (users.Count - 1) / perSource > 254) return Usage("too many users for the loopback source addresses");

ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, 16), minIo);
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };

Console.Error.WriteLine($"ParIndex web bench: {users.Count} users sign in from 127.0.0.2–127.0.0.{2 + (users.Count - 1) / perSource} ({perSource} per address)…");
var preparing = Stopwatch.StartNew();
using (var gate = new SemaphoreSlim(8))
{
    await Task.WhenAll(users.Select(async u =>
    {
        await gate.WaitAsync(cancel.Token);
        try { await u.PrepareAsync(period, cancel.Token); }
        finally { gate.Release(); }
    }));
}
Console.Error.WriteLine($"  all signed in and on their form in {preparing.Elapsed.TotalSeconds:0.0} s; autosaving for {seconds} s, pauses 0–{pauseMaxMs} ms…");

var recorder = new Recorder();
var clock = Stopwatch.StartNew();
var until = TimeSpan.FromSeconds(seconds);
await Task.WhenAll(users.Select((u, i) => Task.Run(() => u.RunAsync(clock, until, pauseMaxMs, new Random(1000 + i), recorder, cancel.Token))));
var wall = clock.Elapsed.TotalSeconds;
foreach (var u in users) u.Dispose();

foreach (var (kind, count) in recorder.ErrorKinds.OrderByDescending(e => e.Value))
    Console.Error.WriteLine($"  error ×{count}: {kind}");
var f = (double v) => v.ToString("0.0", CultureInfo.InvariantCulture);
Console.WriteLine($"users={users.Count} seconds={f(wall)} saves={recorder.Count} errors={recorder.Errors} rps={f(recorder.Count / wall)} " +
    $"p50={f(recorder.Percentile(0.50))} p95={f(recorder.Percentile(0.95))} p99={f(recorder.Percentile(0.99))} max={f(recorder.Max)}");
return recorder.Errors == 0 && recorder.Count > 0 ? 0 : 1;

static int Usage(string error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("usage: PARINDEX_BENCH_PASSWORD=… dotnet bench/ParIndex.WebBench/…/ParIndex.WebBench.dll --site URL --period ID --users FILE [--seconds 60] [--pause-max-ms 2000] [--per-source 9]");
    return 2;
}
