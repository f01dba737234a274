using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Backup;

/// <summary>
/// Puts a backup made by <see cref="InstanceBackup"/> into an instance whose site is stopped. Before anything is changed
/// the backup is checked against its manifest (every file present, of the recorded size and SHA-256, and nothing else),
/// its provider against the target's, its migration against the ones this version knows, and the target must be empty
/// (no migrated database, no evidence file) unless <c>force</c>. Afterwards the restored audit head must be the
/// manifest's.
/// </summary>
public static class InstanceRestore
{
    /// <exception cref="BackupRefusedException">Why the restore did not start (or, after the copy, why it is not the backup's state).</exception>
    public static async Task<BackupManifest> RunAsync(string folder, BackupTarget target, bool force, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        var manifest = BackupManifest.Read(folder);
        await CheckAsync(folder, manifest, ct);
        if (manifest.Provider != target.Provider)
            throw new BackupRefusedException(BackupMessages.OtherProvider(manifest.Provider.ToString(), target.Provider.ToString()));
        if (target.Provider == DatabaseProvider.Postgres) await CreatePostgresDatabaseAsync(target.ConnectionString, ct);
        await using (var db = Database.Open(target.Provider, target.ConnectionString))
        {
            if (!db.Database.GetMigrations().Contains(manifest.Migration))
                throw new BackupRefusedException(BackupMessages.UnknownStructure(manifest.Migration));
            if (!force && await HasDataAsync(db, target, ct))
                throw new BackupRefusedException(BackupMessages.TargetNotEmpty());
        }

        var dump = Path.Combine(folder, target.DatabasePart);
        if (target.Provider == DatabaseProvider.Postgres) await RestorePostgresAsync(target.ConnectionString, dump, ct);
        else RestoreSqlite(target.ConnectionString, dump);

        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(target.EvidenceRoot, long.MaxValue));
        foreach (var part in manifest.Parts.Where(p => p.Path.StartsWith(BackupTarget.EvidenceFolder + "/", StringComparison.Ordinal)))
        {
            await using var content = File.OpenRead(Path.Combine(folder, part.Path));
            await store.RestoreAsync(content, Path.GetFileName(part.Path), ct);
        }

        await using (var restored = Database.Open(target.Provider, target.ConnectionString))
        {
            var (_, head, entries) = await InstanceBackup.StateAsync(restored, ct);
            if (head != manifest.AuditHead || entries != manifest.AuditEntries)
                throw new BackupRefusedException(BackupMessages.RestoredDiffers(head, entries, manifest.AuditHead, manifest.AuditEntries));
        }
        return manifest;
    }

    /// <summary>Every part present with its recorded size and hash, and no file the manifest does not list.</summary>
    public static async Task CheckAsync(string folder, BackupManifest manifest, CancellationToken ct)
    {
        foreach (var part in manifest.Parts)
        {
            if (part.Path.Contains("..", StringComparison.Ordinal) || Path.IsPathRooted(part.Path))
                throw new BackupRefusedException(BackupMessages.BadPartName(part.Path));
            if (!File.Exists(Path.Combine(folder, part.Path)))
                throw new BackupRefusedException(BackupMessages.PartMissing(part.Path));
            var actual = await BackupPart.OfAsync(folder, part.Path, ct);
            if (actual != part)
                throw new BackupRefusedException(BackupMessages.PartAltered(part.Path, actual.Sha256, actual.Bytes, part.Sha256, part.Bytes));
        }
        var listed = manifest.Parts.Select(p => p.Path).Append(BackupManifest.FileName).ToHashSet(StringComparer.Ordinal);
        var extra = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).FirstOrDefault(f => !listed.Contains(f));
        if (extra is not null)
            throw new BackupRefusedException(BackupMessages.StrayFile(extra, BackupManifest.FileName));
        if (!manifest.Parts.Any(p => p.Path is "database.sqlite" or "database.pgdump"))
            throw new BackupRefusedException(BackupMessages.NoDatabase());
    }

    private static async Task<bool> HasDataAsync(AppDbContext db, BackupTarget target, CancellationToken ct)
    {
        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(target.EvidenceRoot));
        await foreach (var _ in store.ListAsync(ct)) return true;
        if (target.Provider == DatabaseProvider.Sqlite && !File.Exists(SqliteFile(target.ConnectionString))) return false;
        return (await db.Database.GetAppliedMigrationsAsync(ct)).Any();
    }

    /// <summary>The SQLite online backup API, from the backup's file onto the target's (created if missing).</summary>
    private static void RestoreSqlite(string connectionString, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(SqliteFile(connectionString)))!);
        using (var from = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ConnectionString))
        using (var to = new SqliteConnection(connectionString))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            using var wal = to.CreateCommand();
            wal.CommandText = "PRAGMA journal_mode=WAL";
            wal.ExecuteNonQuery();
        }
        SqliteConnection.ClearAllPools();
    }

    /// <summary>An empty public schema (the target's tables dropped when forced), then pg_restore in one transaction.</summary>
    private static async Task RestorePostgresAsync(string connectionString, string dump, CancellationToken ct)
    {
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var reset = new NpgsqlCommand("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;", connection);
            await reset.ExecuteNonQueryAsync(ct);
        }
        NpgsqlConnection.ClearAllPools();
        await PostgresTools.RestoreAsync(connectionString, dump, ct);
    }

    /// <summary>Creates the target PostgreSQL database when the server does not have it yet (connecting to "postgres").</summary>
    private static async Task CreatePostgresDatabaseAsync(string connectionString, CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database ?? builder.Username;
        if (string.IsNullOrEmpty(name)) return;
        await using var server = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Database = "postgres", Pooling = false }.ConnectionString);
        await server.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", server);
        exists.Parameters.AddWithValue("name", name);
        if ((long)(await exists.ExecuteScalarAsync(ct))! > 0) return;
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", server);
        await create.ExecuteNonQueryAsync(ct);
    }

    private static string SqliteFile(string connectionString) => new SqliteConnectionStringBuilder(connectionString).DataSource;
}
