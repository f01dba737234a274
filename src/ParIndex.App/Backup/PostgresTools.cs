using System.Diagnostics;
using Npgsql;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Backup;

/// <summary>
/// <c>pg_dump</c> and <c>pg_restore</c>: from <c>PARINDEX_PG_BIN</c>, else the newest Debian server version under
/// /usr/lib/postgresql (as tests/start-postgres.sh finds its server), else the PATH. The connection string's host,
/// port, user, database and password are passed as libpq options and <c>PGPASSWORD</c>, never on the command line.
/// </summary>
internal static class PostgresTools
{
    /// <param name="snapshot">A snapshot exported by an open transaction (<c>pg_export_snapshot()</c>), dumped as it is.</param>
    public static Task DumpAsync(string connectionString, string file, string snapshot, CancellationToken ct) =>
        RunAsync("pg_dump", connectionString, ["--format=custom", "--no-owner", "--no-privileges", "--snapshot", snapshot, "--file", file], ct);

    public static Task RestoreAsync(string connectionString, string file, CancellationToken ct) =>
        RunAsync("pg_restore", connectionString, ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", file], ct);

    public static string Find(string tool)
    {
        var configured = Environment.GetEnvironmentVariable("PARINDEX_PG_BIN");
        if (!string.IsNullOrWhiteSpace(configured)) return Path.Combine(configured, tool);
        var debian = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => (Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0, Path: Path.Combine(d, "bin", tool)))
                .Where(t => File.Exists(t.Path)).OrderByDescending(t => t.Version).Select(t => t.Path).FirstOrDefault()
            : null;
        return debian ?? tool;
    }

    private static async Task RunAsync(string tool, string connectionString, string[] args, CancellationToken ct)
    {
        var c = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "--host", c.Host ?? "localhost", "--port", c.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--username", c.Username ?? Environment.UserName, "--dbname", c.Database ?? c.Username ?? Environment.UserName, "--no-password" })
            start.ArgumentList.Add(a);
        foreach (var a in args) start.ArgumentList.Add(a);
        if (!string.IsNullOrEmpty(c.Password)) start.Environment["PGPASSWORD"] = c.Password;
        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new BackupRefusedException(BackupMessages.CannotRun(tool, e.Message));
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync(ct);
            var output = process.StandardOutput.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            if (process.ExitCode != 0)
                throw new BackupRefusedException(BackupMessages.ToolFailed(tool, process.ExitCode, $"{(await error).Trim()} {(await output).Trim()}".Trim()));
        }
    }
}
