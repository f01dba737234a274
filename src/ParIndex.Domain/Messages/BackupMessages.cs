namespace ParIndex.Domain.Messages;

/// <summary>Why a backup or a restore is refused, and what the command line says around them and the evidence store.</summary>
public static class BackupMessages
{
    public static Message FolderNotEmpty(string folder) => new("backup.folder-not-empty", folder);

    public static Message EvidenceCorrupt(string sha256) => new("backup.evidence-corrupt", sha256);

    /// <summary>The files documents name that the store lacks, one a line with the documents naming it.</summary>
    public static Message EvidenceMissing(IReadOnlyList<Message> files) => new("backup.evidence-missing", files.Count, new Listing([.. files], int.MaxValue, ""));

    public static Message MissingFile(string sha256, IReadOnlyList<int> documents) => new("backup.missing-file", sha256, new Listing([.. documents.Cast<object>()], int.MaxValue));

    public static Message NotMigrated() => new("backup.not-migrated");

    public static Message OtherProvider(string backup, string target) => new("backup.other-provider", backup, target);

    public static Message UnknownStructure(string migration) => new("backup.unknown-structure", migration);

    public static Message TargetNotEmpty() => new("backup.target-not-empty");

    public static Message RestoredDiffers(string head, long entries, string expectedHead, long expectedEntries) =>
        new("backup.restored-differs", head, entries, expectedHead, expectedEntries);

    public static Message BadPartName(string path) => new("backup.bad-part-name", path);

    public static Message PartMissing(string path) => new("backup.part-missing", path);

    public static Message PartAltered(string path, string sha256, long bytes, string expectedSha256, long expectedBytes) =>
        new("backup.part-altered", path, sha256, bytes, expectedSha256, expectedBytes);

    public static Message StrayFile(string path, string manifest) => new("backup.stray-file", path, manifest);

    public static Message NoDatabase() => new("backup.no-database");

    public static Message CannotRun(string tool, string why) => new("backup.cannot-run", tool, why);

    public static Message ToolFailed(string tool, int exitCode, string output) => new("backup.tool-failed", tool, exitCode, output);

    public static Message NoManifest(string manifest, string folder) => new("backup.no-manifest", manifest, folder);

    public static Message ManifestEmpty(string manifest) => new("backup.manifest-empty", manifest);

    public static Message ManifestUnreadable(string manifest, string why) => new("backup.manifest-unreadable", manifest, why);

    public static Message BackingUp() => new("cli.backing-up");

    public static Message BackedUp(string provider, string migration, string folder) => new("cli.backed-up", provider, migration, folder);

    public static Message BackupAudit(long entries, string head) => new("cli.backup-audit", entries, head);

    public static Message BackupFiles(int files, long bytes) => new("cli.backup-files", files, bytes);

    public static Message Restoring() => new("cli.restoring");

    public static Message Restored(DateTimeOffset createdAt) => new("cli.restored", createdAt);

    public static Message RestoredAudit(long entries, string head) => new("cli.restored-audit", entries, head);

    public static Message RestoredFiles(int files) => new("cli.restored-files", files);

    public static Message EvidenceOk(int files, int documents) => new("cli.evidence-ok", files, documents);

    public static Message EvidenceDamaged(int damaged, int files) => new("cli.evidence-damaged", damaged, files);

    public static Message GraceTooShort(int hours) => new("cli.grace-too-short", hours);

    public static Message Swept(int removed, int files, int abandoned) => new("cli.swept", removed, files, abandoned);
}
