using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Npgsql;
using ParIndex.App.Data;

namespace ParIndex.LoadBench;

/// <summary>
/// A fresh, migrated database for one run: a SQLite file in a new folder under /tmp, or a new
/// <c>parindex_bench_&lt;guid&gt;</c> database on the private PostgreSQL (tests/start-postgres.sh), dropped at the end.
/// </summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    private readonly string? _folder;
    private readonly string? _postgresName;
    private readonly string? _admin;

    private BenchDatabase(DatabaseProvider provider, string connectionString, string? folder, string? postgresName, string? admin)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _folder = folder;
        _postgresName = postgresName;
        _admin = admin;
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <summary>Optional interceptors (the <c>--profile</c> timings); none in measured runs.</summary>
    public IInterceptor[] Interceptors { get; set; } = [];


    public string Describe => _postgresName is not null ? $"PostgreSQL database {_postgresName}" : $"SQLite file {Path.Combine(_folder!, "parindex.db")}";

    /// <summary>
    /// A fresh database prepared as <c>parindex db migrate</c> does. <paramref name="experiment"/> changes the
    /// database, never the use cases, to test an explanation: <c>pg-async-commit</c> sets <c>synchronous_commit=off</c> on the bench's PostgreSQL sessions.
    /// </summary>
    public static async Task<BenchDatabase> CreateAsync(DatabaseProvider provider, string? experiment = null)
    {
        BenchDatabase database;
        if (provider == DatabaseProvider.Sqlite)
        {
            var folder = Path.Combine(Path.GetTempPath(), "parindex-loadbench-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(folder);
            database = new BenchDatabase(provider, $"Data Source={Path.Combine(folder, "parindex.db")}", folder, null, null);
        }
        else
        {
            var admin = FindOrStartPostgres();
            var name = "parindex_bench_" + Guid.NewGuid().ToString("N");
            await using (var connection = new NpgsqlConnection(admin))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
                await create.ExecuteNonQueryAsync();
            }
            var builder = new NpgsqlConnectionStringBuilder(admin) { Database = name };
            if (Has(experiment, "pg-async-commit")) builder.Options = "-c synchronous_commit=off";
            database = new BenchDatabase(provider, builder.ConnectionString, null, name, admin);
        }
        await using var db = database.Open();
        await Database.UpgradeAsync(db);
        return database;
    }

    /// <summary>Another node's handle on the database the first process created (<c>--nodes</c>); it drops nothing.</summary>
    public static BenchDatabase Join(string connectionString) => new(DatabaseProvider.Postgres, connectionString, null, null, null);

    /// <summary>A new context, as each web request gets (the same configuration as <see cref="Database.Open"/>).</summary>
    public AppDbContext Open()
    {
        if (Interceptors.Length == 0) return Database.Open(Provider, ConnectionString);
        var builder = Database.Configure(new DbContextOptionsBuilder<AppDbContext>(), Provider, ConnectionString);
        builder.AddInterceptors(Interceptors);
        return new AppDbContext(builder.Options);
    }

    /// <summary>Bytes on disk: the SQLite file, or pg_database_size.</summary>
    public async Task<long> SizeAsync()
    {
        if (_folder is not null) return Directory.EnumerateFiles(_folder).Sum(f => new FileInfo(f).Length);
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var size = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)(await size.ExecuteScalarAsync())!;
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_folder, recursive: true); }
            catch (IOException e) { Console.Error.WriteLine($"could not delete {_folder}: {e.Message}"); }
            return;
        }
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    public static bool Has(string? experiments, string name) => (experiments ?? "").Split(',').Contains(name);

    private static string FindOrStartPostgres()
    {
        var configured = Environment.GetEnvironmentVariable("PARINDEX_BENCH_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var script = Path.Combine(RepoRoot(), "tests", "start-postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}");
        return output.Trim().Split('\n')[^1];
    }

    private static string RepoRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "ParIndex.slnx"))) return dir.FullName;
        throw new InvalidOperationException("cannot find the repository root (ParIndex.slnx) to run tests/start-postgres.sh; set PARINDEX_BENCH_POSTGRES");
    }
}
