using System.CommandLine;
using ParIndex.App.Backup;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;
using ParIndex.Web;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex backup --out DIR</c> and <c>parindex restore --from DIR [--force]</c>: the database (SQLite online backup,
/// or pg_dump/pg_restore), the evidence files and a manifest with the SHA-256 of every part.
/// </summary>
internal static class BackupCommand
{
    public static IEnumerable<Command> Create(DatabaseOptions database)
    {
        var outDir = new Option<string>("--out") { Description = Cli.T("Thư mục mới, trống", "a new, empty folder for the backup"), Required = true };
        var backupEvidence = EvidenceOption();
        var backup = database.With(new Command("backup", Cli.T("Sao lưu cơ sở dữ liệu và tệp kiểm chứng", "back up the database and evidence files")) { outDir, backupEvidence }, actor: false);
        backup.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var source = Target(database, parsed, backupEvidence);
            var manifest = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, BackupMessages.BackingUp().In(Cli.Language),
                () => InstanceBackup.CreateAsync(source, parsed.GetValue(outDir)!, database.Clock, ct));
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(BackupMessages.BackedUp(manifest.Provider.ToString(), manifest.Migration, Path.GetFullPath(parsed.GetValue(outDir)!)).In(Cli.Language));
            o.WriteLine(BackupMessages.BackupAudit(manifest.AuditEntries, manifest.AuditHead).In(Cli.Language));
            o.WriteLine(BackupMessages.BackupFiles(manifest.EvidenceFiles, manifest.Parts.Sum(p => p.Bytes)).In(Cli.Language));
            return Cli.Ok;
        }));

        var from = new Option<string>("--from") { Description = Cli.T("Thư mục sao lưu", "the backup folder"), Required = true };
        var force = new Option<bool>("--force") { Description = Cli.T("Ghi đè dữ liệu đang có", "overwrite the data the target holds") };
        var restoreEvidence = EvidenceOption();
        var restore = database.With(new Command("restore", Cli.T("Khôi phục từ bản sao lưu (dừng máy chủ web trước)", "restore a backup (stop the web server first)")) { from, force, restoreEvidence }, actor: false);
        restore.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var target = Target(database, parsed, restoreEvidence);
            var manifest = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, BackupMessages.Restoring().In(Cli.Language),
                () => InstanceRestore.RunAsync(parsed.GetValue(from)!, target, parsed.GetValue(force), ct));
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(BackupMessages.Restored(manifest.CreatedAt).In(Cli.Language));
            o.WriteLine(BackupMessages.RestoredAudit(manifest.AuditEntries, manifest.AuditHead).In(Cli.Language));
            o.WriteLine(BackupMessages.RestoredFiles(manifest.EvidenceFiles).In(Cli.Language));
            return Cli.Ok;
        }));
        return [backup, restore];
    }

    internal static Option<string?> EvidenceOption() => new("--evidence")
    {
        HelpName = "DIR",
        Description = Cli.T("Thư mục tệp kiểm chứng (thay Evidence:Root, mặc định data/evidence)", "the evidence folder, overriding Evidence:Root"),
    };

    private static BackupTarget Target(DatabaseOptions database, ParseResult parsed, Option<string?> evidence)
    {
        var configuration = database.Configuration(parsed);
        DatabaseProvider provider;
        string connection;
        try
        {
            (provider, connection) = Database.FromConfiguration(configuration);
        }
        catch (InvalidOperationException e)
        {
            throw new UsageException(e.Message);
        }
        return new BackupTarget(provider, connection, parsed.GetValue(evidence) ?? SiteFolders.EvidenceRoot(configuration));
    }
}
