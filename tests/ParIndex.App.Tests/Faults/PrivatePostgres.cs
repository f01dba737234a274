using System.Diagnostics;

namespace ParIndex.App.Tests.Faults;

/// <summary>
/// A PostgreSQL server of one test's own (tests/start-postgres.sh on another folder and port), so that the test may
/// restart it without disturbing the shared server every other test uses. Stopped on disposal.
/// </summary>
internal sealed class PrivatePostgres : IAsyncDisposable
{
    private readonly string _dir;

    private PrivatePostgres(string dir, string connectionString)
    {
        _dir = dir;
        ConnectionString = connectionString;
    }

    /// <summary>The admin connection string (database "postgres").</summary>
    public string ConnectionString { get; }

    public static async Task<PrivatePostgres> StartAsync(string dir, int port)
    {
        var output = await BashAsync(Path.Combine(Repo.Root, "tests", "start-postgres.sh"), ("PARINDEX_PG_DIR", dir), ("PARINDEX_PG_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        return new PrivatePostgres(dir, output.Trim().Split('\n')[^1]);
    }

    /// <summary><c>pg_ctl restart -m fast</c>: every open connection is cut, the server is back when this returns.</summary>
    public Task RestartAsync() => PgCtlAsync("-w restart -m fast");

    public async ValueTask DisposeAsync() => await PgCtlAsync("-w stop -m fast");

    private Task PgCtlAsync(string arguments) => BashAsync("-c",
        $"""pg_ctl=$(ls /usr/lib/postgresql/*/bin/pg_ctl | sort -V | tail -n 1); if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$pg_ctl" -D "{_dir}/data" -l "{_dir}/pg.log" {arguments}; else "$pg_ctl" -D "{_dir}/data" -l "{_dir}/pg.log" {arguments}; fi""");

    private static async Task<string> BashAsync(string first, params (string Name, string Value)[] environment) => await BashAsync([first], environment);

    private static Task<string> BashAsync(string flag, string script) => BashAsync([flag, script], []);

    private static async Task<string> BashAsync(string[] args, (string Name, string Value)[] environment)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0) throw new InvalidOperationException($"bash {string.Join(' ', args)} failed ({process.ExitCode}): {await error}");
        return await output;
    }
}
