using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Fuzz;
using SQLitePCL;

namespace ParIndex.App.Tests.Crash;

/// <summary>
/// Copies of a test database for a child <c>parindex</c> process to work on, as the operator would point it at one
/// (<c>--provider</c>, <c>--connection</c>), and the state of a copy once whatever worked on it is gone. SQLite copies
/// are files next to the original; PostgreSQL copies are <c>CREATE DATABASE … TEMPLATE</c>, dropped on disposal.
/// </summary>
internal abstract class DatabaseCopies(TestDatabase original) : IAsyncDisposable
{
    public static DatabaseCopies Of(TestDatabase original) =>
        original.Provider == DatabaseProvider.Sqlite ? new SqliteCopies(original) : new PostgresCopies(original);

    public TestDatabase Original { get; } = original;

    /// <summary>A new copy of the original as it is now; no connection of this process may stay open on the original.</summary>
    public abstract Task<string> CopyAsync(string name);

    /// <summary>Whether a transaction on the copy has begun writing and not yet ended, seen from outside the writer.</summary>
    public abstract Task<bool> WritingAsync(string connection);

    /// <summary>Returns once nothing of a killed process is left working on the copy.</summary>
    public virtual Task SettleAsync(string connection) => Task.CompletedTask;

    public string[] Options(string connection) => ["--provider", Original.Provider.ToString(), "--connection", connection];

    public async Task<DatabaseState> StateAsync(string connection)
    {
        DatabaseState state;
        await using (var db = ParIndex.App.Data.Database.Open(Original.Provider, connection))
            state = await DatabaseState.ReadAsync(db);
        ClearPools();
        return state;
    }

    public abstract ValueTask DisposeAsync();

    /// <summary>Closes this process's idle pooled connections (on SQLite the last one checkpoints the WAL into the file).</summary>
    protected abstract void ClearPools();

    private sealed class SqliteCopies(TestDatabase original) : DatabaseCopies(original)
    {
        private readonly List<string> _files = [];

        public override Task<string> CopyAsync(string name)
        {
            ClearPools();
            var file = new SqliteConnectionStringBuilder(Original.ConnectionString).DataSource;
            var copy = Path.Combine(Path.GetDirectoryName(file)!, $"{name}.db");
            File.Copy(file, copy);
            _files.Add(copy);
            return Task.FromResult($"Data Source={copy}");
        }

        /// <summary>
        /// Another connection holding the write lock makes <c>BEGIN IMMEDIATE</c> fail at once with SQLITE_BUSY; run on
        /// the native handle, past Microsoft.Data.Sqlite's retry loop. When free the lock is held for a moment only
        /// (a writer arriving then sleeps 150 ms and tries again).
        /// </summary>
        public override async Task<bool> WritingAsync(string connection)
        {
            await using var probe = new SqliteConnection(new SqliteConnectionStringBuilder(connection) { Pooling = false }.ConnectionString);
            await probe.OpenAsync();
            raw.sqlite3_busy_timeout(probe.Handle, 0);
            var begun = raw.sqlite3_exec(probe.Handle, "BEGIN IMMEDIATE");
            if (begun == raw.SQLITE_BUSY) return true;
            SqliteException.ThrowExceptionForRC(begun, probe.Handle);
            SqliteException.ThrowExceptionForRC(raw.sqlite3_exec(probe.Handle, "ROLLBACK"), probe.Handle);
            return false;
        }

        public override ValueTask DisposeAsync()
        {
            ClearPools();
            foreach (var file in _files)
                foreach (var suffix in new[] { "", "-wal", "-shm" })
                    File.Delete(file + suffix);
            return ValueTask.CompletedTask;
        }

        protected override void ClearPools() => SqliteConnection.ClearAllPools();
    }

    private sealed class PostgresCopies(TestDatabase original) : DatabaseCopies(original)
    {
        private static readonly TimeSpan SettleTimeout = TimeSpan.FromSeconds(30);
        private readonly List<string> _names = [];

        public override async Task<string> CopyAsync(string name)
        {
            ClearPools();
            var copy = $"{Database(Original.ConnectionString)}_{name.Replace('-', '_')}";
            await ExecuteAsync($"CREATE DATABASE \"{copy}\" TEMPLATE \"{Database(Original.ConnectionString)}\"");
            _names.Add(copy);
            return With(copy);
        }

        /// <summary>A backend on the copy holds a transaction id: its open transaction has written.</summary>
        public override async Task<bool> WritingAsync(string connection) =>
            await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND backend_xid IS NOT NULL", Database(connection)) > 0;

        /// <summary>
        /// The server notices the killed client's socket closing, rolls its open transaction back and ends its backend:
        /// waits until no client backend is left on the copy, so that what is read afterwards is what the server kept.
        /// </summary>
        public override async Task SettleAsync(string connection)
        {
            var name = Database(connection);
            var watch = Stopwatch.StartNew();
            while (true)
            {
                var backends = await CountAsync("SELECT count(*) FROM pg_stat_activity WHERE datname = @name AND backend_type = 'client backend'", name);
                if (backends == 0) return;
                if (watch.Elapsed > SettleTimeout)
                    throw new TimeoutException($"{backends} backend(s) still on {name} {SettleTimeout.TotalSeconds:0} s after the client was killed");
                await Task.Delay(50);
            }
        }

        public override async ValueTask DisposeAsync()
        {
            ClearPools();
            foreach (var name in _names) await ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
        }

        protected override void ClearPools() => NpgsqlConnection.ClearAllPools();

        private static string Database(string connection) => new NpgsqlConnectionStringBuilder(connection).Database!;

        private string With(string database) => new NpgsqlConnectionStringBuilder(Original.ConnectionString) { Database = database }.ConnectionString;

        private async Task<long> CountAsync(string sql, string database)
        {
            await using var admin = new NpgsqlConnection(With("postgres"));
            await admin.OpenAsync();
            await using var count = new NpgsqlCommand(sql, admin);
            count.Parameters.AddWithValue("name", database);
            return (long)(await count.ExecuteScalarAsync())!;
        }

        private async Task ExecuteAsync(string sql)
        {
            await using var admin = new NpgsqlConnection(With("postgres"));
            await admin.OpenAsync();
            await using var command = new NpgsqlCommand(sql, admin);
            await command.ExecuteNonQueryAsync();
        }
    }
}
