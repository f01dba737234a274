using System.Globalization;
using ParIndex.App.Data;
using ParIndex.LoadBench;

// Load script: N units each save every leaf of a 100-leaf framework through SaveScoreHandler, W writers at once,
// then submit through SubmitSelfAssessmentHandler; on SQLite and/or PostgreSQL. See bench/README.md.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
{
    ["provider"] = "both", ["units"] = "4000", ["writers"] = "50", ["leaves"] = "100", ["experiment"] = "", ["think-ms"] = "0", ["nodes"] = "1",
    ["join"] = "", ["period"] = "0", ["node"] = "0", ["start-at"] = "", ["out"] = "",
};
var profile = false;
for (var i = 0; i < args.Length; i++)
{
    if (args[i] == "--profile") { profile = true; continue; }
    if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length || !options.ContainsKey(args[i][2..]))
        return Usage($"unexpected argument '{args[i]}'");
    options[args[i][2..]] = args[++i];
}
if (!int.TryParse(options["units"], out var units) || units < 1) return Usage("--units must be a positive whole number");
if (!int.TryParse(options["writers"], out var writers) || writers < 1) return Usage("--writers must be a positive whole number");
if (options["leaves"] != BenchFramework.Leaves.ToString(CultureInfo.InvariantCulture)) return Usage($"--leaves is fixed at {BenchFramework.Leaves}");
DatabaseProvider[] providers = options["provider"].ToLowerInvariant() switch
{
    "sqlite" => [DatabaseProvider.Sqlite],
    "postgres" => [DatabaseProvider.Postgres],
    "both" => [DatabaseProvider.Sqlite, DatabaseProvider.Postgres],
    _ => [],
};
if (providers.Length == 0) return Usage("--provider must be sqlite, postgres or both");
if (!int.TryParse(options["think-ms"], out var thinkMs) || thinkMs < 0) return Usage("--think-ms must be a whole number of milliseconds ≥ 0");
if (!int.TryParse(options["nodes"], out var nodes) || nodes < 1) return Usage("--nodes must be a positive whole number");
if (options["join"] is { Length: > 0 } join)
    return await NodeProcess.RunAsync(join, int.Parse(options["period"], CultureInfo.InvariantCulture), writers, thinkMs, int.Parse(options["node"], CultureInfo.InvariantCulture),
        nodes, profile, DateTimeOffset.Parse(options["start-at"], CultureInfo.InvariantCulture), options["out"]);
if (nodes > 1 && providers.Contains(DatabaseProvider.Sqlite)) return Usage("--nodes above 1 needs --provider postgres (SQLite is single-node)");
var experiment = options["experiment"] is "" ? null : options["experiment"];
if (experiment is not null && experiment.Split(',').Any(e => e is not "pg-async-commit"))
    return Usage("--experiment takes pg-async-commit");

// Every writer holds a thread while SQLite works (Microsoft.Data.Sqlite has no truly asynchronous I/O), so let the
// pool start with enough threads instead of measuring its warm-up injection rate.
ThreadPool.GetMinThreads(out var minWorkers, out var minIo);
ThreadPool.SetMinThreads(Math.Max(minWorkers, writers + 4), minIo);

Console.Error.WriteLine($"ParIndex load bench: {units:N0} units × {BenchFramework.Leaves} leaves, {nodes} node(s) × {writers} writers, think {thinkMs} ms, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
var results = new List<LoadResult>();
var failed = false;
foreach (var provider in providers)
{
    var result = await LoadRun.RunAsync(provider, units, writers, profile, experiment, thinkMs, nodes);
    results.Add(result);
    failed |= !result.Passed;
}

Console.WriteLine();
Console.WriteLine(LoadResult.Header);
foreach (var r in results) Console.WriteLine(r.Row());
Console.WriteLine();
foreach (var r in results) Console.WriteLine(r.Details());
return failed ? 1 : 0;

static int Usage(string error)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/ParIndex.LoadBench -- [--provider sqlite|postgres|both] [--units 4000] [--writers 50] [--leaves 100] [--think-ms 0] [--nodes 1] [--profile] [--experiment pg-async-commit]");
    Console.Error.WriteLine("--nodes N (PostgreSQL): N processes, as N web nodes, each with --writers writers and its share of the units.");
    Console.Error.WriteLine("--think-ms makes every writer pause between its saves, as a person does: 0–2× this, uniformly, writers staggered (0: save as fast as possible).");
    Console.Error.WriteLine("--profile times every database command by kind (adds overhead; not for the measured table).");
    Console.Error.WriteLine("--experiment changes the database configuration (never the use cases) to test an explanation; not for the measured table.");
    Console.Error.WriteLine("PostgreSQL: the server of tests/start-postgres.sh, or the admin connection string in PARINDEX_BENCH_POSTGRES.");
    return 2;
}
