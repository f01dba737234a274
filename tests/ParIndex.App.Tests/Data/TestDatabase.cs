using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParIndex.App.Data;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// A fresh, migrated database per test: a SQLite file, or a new database on the private PostgreSQL that ./test.sh
/// starts (started here through tests/start-postgres.sh when the tests run on their own). No mocks.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private static readonly Lazy<string> PostgresServer = new(FindOrStartPostgres);

    private TestDatabase(DatabaseProvider provider, string connectionString, string? postgresName, string? server = null)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _postgresName = postgresName;
        _server = server;
    }

    private readonly string? _postgresName;

    private readonly string? _server;

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    /// <param name="migrate">False for an empty database (a SQLite file not yet created, a PostgreSQL database with no tables).</param>
    /// <param name="server">A PostgreSQL server of the test's own (admin connection string); the shared one when null.</param>
    public static async Task<TestDatabase> CreateAsync(DatabaseProvider provider, bool migrate = true, string? server = null)
    {
        TestDatabase database;
        if (provider == DatabaseProvider.Sqlite)
            database = new TestDatabase(provider, $"Data Source={Path.Combine(Repo.TempDir(), "parindex.db")}", null);
        else
        {
            var name = "parindex_t_" + Guid.NewGuid().ToString("N");
            server ??= PostgresServer.Value;
            await using (var admin = new NpgsqlConnection(server))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
                await create.ExecuteNonQueryAsync();
            }
            database = new TestDatabase(provider, new NpgsqlConnectionStringBuilder(server) { Database = name }.ConnectionString, name, server);
        }
        if (!migrate) return database;
        await using var db = database.Open();
        await ParIndex.App.Data.Database.UpgradeAsync(db);
        return database;
    }

    public AppDbContext Open() => ParIndex.App.Data.Database.Open(Provider, ConnectionString);

    public async ValueTask DisposeAsync()
    {
        if (_postgresName is null) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server ?? PostgresServer.Value);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static string FindOrStartPostgres()
    {
        var configured = Environment.GetEnvironmentVariable("PARINDEX_TEST_POSTGRES");
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        var script = Path.Combine(Repo.Root, "tests", "start-postgres.sh");
        using var process = Process.Start(new ProcessStartInfo("bash", [script]) { RedirectStandardOutput = true })!;
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{script} failed with exit code {process.ExitCode}");
        return output.Trim().Split('\n')[^1];
    }
}
