using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Backup;

/// <summary>
/// Copies a running instance into an empty folder: the database first (SQLite through its online backup API, PostgreSQL
/// through <c>pg_dump -Fc</c>, both a consistent snapshot while the site keeps serving), then the evidence files, then
/// <see cref="BackupManifest"/>. A file the snapshot's documents name is never removed from the store (the evidence sweep
/// removes only files no document names), so each must be there: one missing refuses the backup, naming its documents.
/// </summary>
public static class InstanceBackup
{
    /// <exception cref="BackupRefusedException">The folder is not empty, the database is not migrated, a stored file is corrupt,
    /// or a file a document names is missing from the store.</exception>
    public static async Task<BackupManifest> CreateAsync(BackupTarget source, string folder, TimeProvider clock, CancellationToken ct)
    {
        folder = Path.GetFullPath(folder);
        if (Directory.Exists(folder) && Directory.EnumerateFileSystemEntries(folder).Any())
            throw new BackupRefusedException(BackupMessages.FolderNotEmpty(folder));
        Directory.CreateDirectory(folder);
        var createdAt = clock.GetUtcNow();

        var databaseFile = Path.Combine(folder, source.DatabasePart);
        var (migration, auditHead, auditEntries, referenced) = source.Provider == DatabaseProvider.Postgres
            ? await DumpPostgresAsync(source.ConnectionString, databaseFile, ct)
            : await CopySqliteAsync(source.ConnectionString, databaseFile, ct);

        var parts = new List<BackupPart> { await BackupPart.OfAsync(folder, source.DatabasePart, ct) };
        var copied = new HashSet<string>(StringComparer.Ordinal);
        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(source.EvidenceRoot));
        await foreach (var sha in store.ListAsync(ct))
        {
            var relative = EvidencePath(sha);
            var target = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            await using (var from = await store.OpenAsync(sha, ct))
            await using (var to = File.Create(target))
                if (from is not null) await from.CopyToAsync(to, ct);
            var part = await BackupPart.OfAsync(folder, relative, ct);
            if (part.Sha256 != sha)
                throw new BackupRefusedException(BackupMessages.EvidenceCorrupt(sha));
            parts.Add(part);
            copied.Add(sha);
        }
        var missing = referenced.Where(r => !copied.Contains(r.Sha256)).ToList();
        if (missing.Count > 0)
            throw new BackupRefusedException(BackupMessages.EvidenceMissing([.. missing.Select(m => BackupMessages.MissingFile(m.Sha256, m.DocumentIds))]));

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, createdAt, source.Provider, migration, auditHead, auditEntries, parts.Count - 1, parts);
        manifest.Write(folder);
        return manifest;
    }

    /// <summary>Where an evidence file sits in a backup folder: evidence/&lt;first 2 hex&gt;/&lt;sha256&gt;, as in the store.</summary>
    public static string EvidencePath(string sha256) => $"{BackupTarget.EvidenceFolder}/{sha256[..2]}/{sha256}";

    /// <summary>
    /// pg_dump of a snapshot exported by a repeatable-read transaction, in which the migration and audit head are read:
    /// they describe exactly the dumped data, whatever the site writes meanwhile.
    /// </summary>
    private static async Task<(string, string, int, IReadOnlyList<ReferencedFile>)> DumpPostgresAsync(string connectionString, string file, CancellationToken ct)
    {
        await using var db = Database.Open(DatabaseProvider.Postgres, connectionString);
        await db.Database.OpenConnectionAsync(ct);
        await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var id = await db.Database.SqlQueryRaw<string>("SELECT pg_export_snapshot() AS \"Value\"").SingleAsync(ct);
        var state = await SnapshotAsync(db, ct);
        await PostgresTools.DumpAsync(connectionString, file, id, ct);
        await snapshot.CommitAsync(ct);
        return state;
    }

    /// <summary>The SQLite online backup API into a new file, read back for its migration and audit head.</summary>
    private static async Task<(string, string, int, IReadOnlyList<ReferencedFile>)> CopySqliteAsync(string connectionString, string file, CancellationToken ct)
    {
        using (var from = new SqliteConnection(connectionString))
        using (var to = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ConnectionString))
        {
            from.Open();
            to.Open();
            from.BackupDatabase(to);
            using var journal = to.CreateCommand();
            journal.CommandText = "PRAGMA journal_mode=DELETE"; // one self-contained file, no -wal beside it
            journal.ExecuteNonQuery();
        }
        await using var copy = Database.Open(DatabaseProvider.Sqlite,
            new SqliteConnectionStringBuilder { DataSource = file, Pooling = false, Mode = SqliteOpenMode.ReadOnly }.ConnectionString);
        return await SnapshotAsync(copy, ct);
    }

    /// <summary>The last applied migration, the audit head and the number of audit entries.</summary>
    internal static async Task<(string Migration, string AuditHead, int AuditEntries)> StateAsync(AppDbContext db, CancellationToken ct)
    {
        var migration = (await db.Database.GetAppliedMigrationsAsync(ct)).LastOrDefault()
            ?? throw new BackupRefusedException(BackupMessages.NotMigrated());
        return (migration, await AuditChain.HeadAsync(db, ct), await db.Audit.CountAsync(ct));
    }

    /// <summary>The state, and the files the documents name, read in one snapshot.</summary>
    private static async Task<(string, string, int, IReadOnlyList<ReferencedFile>)> SnapshotAsync(AppDbContext db, CancellationToken ct)
    {
        var (migration, head, entries) = await StateAsync(db, ct);
        var documents = await db.Evidence.AsNoTracking().Where(d => d.FileSha256 != null).Select(d => new { d.Id, Sha256 = d.FileSha256! }).ToListAsync(ct);
        return (migration, head, entries, [.. documents.GroupBy(d => d.Sha256, StringComparer.Ordinal)
            .Select(g => new ReferencedFile(g.Key, [.. g.Select(d => d.Id).Order()]))]);
    }

    private sealed record ReferencedFile(string Sha256, IReadOnlyList<int> DocumentIds);
}
