using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Backup;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Cli;

/// <summary>
/// <c>parindex backup</c> and <c>parindex restore</c> on a published year: the restored instance verifies (audit chain,
/// published results) and its evidence opens; a tampered backup and a non-empty target are refused.
/// </summary>
public abstract class BackupCommandTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private readonly string _dir = Repo.TempDir();

    private string[] Source(string evidence) => ["--provider", World.Database.Provider.ToString(), "--connection", World.Database.ConnectionString, "--evidence", evidence];

    private static string[] On(TestDatabase database, string evidence) => ["--provider", database.Provider.ToString(), "--connection", database.ConnectionString, "--evidence", evidence];

    [Fact]
    public async Task A_published_year_backed_up_and_restored_into_an_empty_instance_verifies_and_its_evidence_opens()
    {
        var evidence = Path.Combine(_dir, "evidence");
        await new YearScript(World, evidence).PublishAsync();
        var backup = Path.Combine(_dir, "backup");

        var made = CliRun.Of(["backup", "--out", backup, .. Source(evidence)]);
        Assert.True(made.ExitCode == 0, made.Error);
        var manifest = BackupManifest.Read(backup);
        var (sourceHead, sourceEntries, document) = await World.Run(async db =>
            (await AuditChain.HeadAsync(db, default), await db.Audit.CountAsync(), await db.Evidence.SingleAsync()));
        Assert.Equal(World.Database.Provider, manifest.Provider);
        Assert.Equal(sourceHead, manifest.AuditHead);
        Assert.Equal(sourceEntries, manifest.AuditEntries);
        Assert.Equal(1, manifest.EvidenceFiles);
        Assert.Contains(manifest.Parts, p => p.Path == InstanceBackup.EvidencePath(document.FileSha256!) && p.Sha256 == document.FileSha256);
        Assert.Contains($"  {sourceEntries} mục nhật ký, đầu chuỗi ", made.Out);
        Assert.Contains("Backed up (", CliRun.Of(["backup", "--out", Path.Combine(_dir, "second"), "--en", .. Source(evidence)]).Out);
        Assert.Contains("không trống; hãy chọn thư mục mới", CliRun.Of(["backup", "--out", backup, .. Source(evidence)]).Error);

        await using var target = await TestDatabase.CreateAsync(World.Database.Provider, migrate: false);
        var targetEvidence = Path.Combine(_dir, "restored-evidence");

        var tampered = Path.Combine(_dir, "tampered");
        CopyFolder(backup, tampered);
        var evidencePart = InstanceBackup.EvidencePath(document.FileSha256!);
        File.WriteAllText(Path.Combine(tampered, evidencePart), "%PDF-1.4\n% sửa đổi\n%%EOF\n");
        var refused = CliRun.Of(["restore", "--from", tampered, .. On(target, targetEvidence)]);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains($"Phần {evidencePart} đã bị thay đổi", refused.Error);
        Assert.False(Directory.Exists(targetEvidence) && Directory.EnumerateFiles(targetEvidence, "*", SearchOption.AllDirectories).Any());

        var restored = CliRun.Of(["restore", "--from", backup, .. On(target, targetEvidence)]);
        Assert.True(restored.ExitCode == 0, restored.Error);
        Assert.Contains($"mục nhật ký, đầu chuỗi khớp {sourceHead}", restored.Out);

        var audit = CliRun.Of(["audit", "verify", .. On(target, targetEvidence)[..4]]);
        Assert.True(audit.ExitCode == 0, audit.Error);
        Assert.Contains($"OK: nhật ký nguyên vẹn, {sourceEntries} mục", audit.Out);
        var results = CliRun.Of(["results", "verify", "--period", World.PeriodId.ToString(), .. On(target, targetEvidence)[..4]]);
        Assert.True(results.ExitCode == 0, results.Error);
        Assert.Contains($"OK  {World.Group}: SHA-256", results.Out);

        await using (var restoredDb = target.Open())
            Assert.Equal("Quyết định công khai TTHC", (await restoredDb.Evidence.SingleAsync(d => d.FileSha256 == document.FileSha256)).Summary);
        await using (var file = await new FileSystemEvidenceStore(new EvidenceStoreOptions(targetEvidence)).OpenAsync(document.FileSha256!, default))
            Assert.Equal(System.Text.Encoding.ASCII.GetString(YearScript.DecisionPdf), await new StreamReader(file!).ReadToEndAsync());

        var again = CliRun.Of(["restore", "--from", backup, .. On(target, targetEvidence)]);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("thêm --force để ghi đè", again.Error);
        var forced = CliRun.Of(["restore", "--from", backup, "--force", .. On(target, targetEvidence)]);
        Assert.True(forced.ExitCode == 0, forced.Error);
        Assert.Equal(0, CliRun.Of(["audit", "verify", .. On(target, targetEvidence)[..4]]).ExitCode);
    }

    [Fact]
    public async Task A_backup_of_the_other_provider_or_with_an_unlisted_file_is_refused_before_anything_changes()
    {
        var evidence = Path.Combine(_dir, "evidence");
        var backup = Path.Combine(_dir, "backup");
        Assert.Equal(0, CliRun.Of(["backup", "--out", backup, .. Source(evidence)]).ExitCode);
        File.WriteAllText(Path.Combine(backup, "ghi-chu.txt"), "thêm vào sau");
        var target = Path.Combine(_dir, "target.db");

        var extra = CliRun.Of(["restore", "--from", backup, "--provider", "Sqlite", "--connection", $"Data Source={target}", "--evidence", Path.Combine(_dir, "e2")]);
        Assert.Equal(2, extra.ExitCode);
        Assert.Contains("Bản sao lưu có tệp lạ ghi-chu.txt không có trong manifest.json", extra.Error);
        File.Delete(Path.Combine(backup, "ghi-chu.txt"));

        var other = World.Database.Provider == DatabaseProvider.Sqlite
            ? CliRun.Of(["restore", "--from", backup, "--provider", "Postgres", "--connection", "Host=127.0.0.1;Port=1;Username=x"])
            : CliRun.Of(["restore", "--from", backup, "--provider", "Sqlite", "--connection", $"Data Source={target}", "--evidence", Path.Combine(_dir, "e2")]);
        Assert.Equal(2, other.ExitCode);
        Assert.Contains($"Bản sao lưu là {World.Database.Provider}", other.Error);
        Assert.False(File.Exists(target));
    }

    [Fact]
    public async Task A_file_a_document_names_missing_from_the_store_fails_the_backup_and_evidence_verify()
    {
        var evidence = Path.Combine(_dir, "evidence");
        await new YearScript(World, evidence).PublishAsync();
        var document = await World.Run(db => db.Evidence.SingleAsync());
        Assert.Contains("OK: 1 ", CliRun.Of(["evidence", "verify", .. Source(evidence)]).Out);
        File.Delete(Path.Combine(evidence, document.FileSha256![..2], document.FileSha256));

        var backup = CliRun.Of(["backup", "--out", Path.Combine(_dir, "backup"), .. Source(evidence)]);
        Assert.Equal(2, backup.ExitCode);
        Assert.Contains($"1 tệp kiểm chứng mà tài liệu dùng không có trong kho; chạy `parindex evidence verify`:", backup.Error);
        Assert.Contains($"\n  {document.FileSha256} (tài liệu {document.Id})", backup.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "backup", "manifest.json")));

        var verify = CliRun.Of(["evidence", "verify", .. Source(evidence)]);
        Assert.Equal(2, verify.ExitCode);
        Assert.Contains($"  {document.FileSha256} (tài liệu {document.Id}): tệp không có trong kho", verify.Error);
        Assert.Contains($"  {document.FileSha256} (document {document.Id}): the file is missing from the store", CliRun.Of(["evidence", "verify", "--en", .. Source(evidence)]).Error);
        var sweep = CliRun.Of(["evidence", "sweep", "--grace-hours", "0", .. Source(evidence)]);
        Assert.Equal(2, sweep.ExitCode);
        Assert.Contains("--grace-hours phải ít nhất 1 (nhận được 0)", sweep.Error);
        Assert.Contains("Đã xoá 0/0 tệp không tài liệu nào dùng", CliRun.Of(["evidence", "sweep", .. Source(evidence)]).Out);
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

public sealed class BackupCommandTestsOnSqlite() : BackupCommandTests(DatabaseProvider.Sqlite);

public sealed class BackupCommandTestsOnPostgres() : BackupCommandTests(DatabaseProvider.Postgres);
