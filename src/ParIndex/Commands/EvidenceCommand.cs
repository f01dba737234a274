using System.CommandLine;
using System.Globalization;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Evidence;
using ParIndex.Domain.Messages;
using ParIndex.Web;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex evidence verify [--hashes]</c>: every file a document names is in the store (exit 2 naming the documents
/// otherwise); <c>parindex evidence sweep [--grace-hours 24]</c>: removes stored files no document names.
/// </summary>
internal static class EvidenceCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var hashes = new Option<bool>("--hashes") { Description = Cli.T("Đọc lại và băm từng tệp (chậm)", "read and re-hash every file (slow)") };
        var verifyEvidence = BackupCommand.EvidenceOption();
        var verify = database.With(new Command("verify", Cli.T("Kiểm tra mọi tệp mà tài liệu kiểm chứng dùng đều còn trong kho", "check that every file a document names is in the store")) { hashes, verifyEvidence });
        verify.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await new VerifyEvidenceHandler(db, Store(database, parsed, verifyEvidence)).HandleAsync(actor, new VerifyEvidence(parsed.GetValue(hashes)), ct);
            if (result.Ok)
            {
                parsed.InvocationConfiguration.Output.WriteLine(BackupMessages.EvidenceOk(result.Files, result.Documents).In(Cli.Language));
                return Cli.Ok;
            }
            var error = parsed.InvocationConfiguration.Error;
            error.WriteLine(BackupMessages.EvidenceDamaged(result.Problems.Count, result.Files).In(Cli.Language));
            foreach (var problem in result.Problems) error.WriteLine("  " + problem.Says.In(Cli.Language));
            return Cli.BadInput;
        }));

        var grace = new Option<int>("--grace-hours")
        {
            Description = Cli.T("Chỉ xoá tệp đã lưu quá ngần này giờ (tối thiểu 1)", "only remove files stored longer ago than this (at least 1)"),
            DefaultValueFactory = _ => (int)SweepEvidence.DefaultGrace.TotalHours,
        };
        var sweepEvidence = BackupCommand.EvidenceOption();
        var sweep = database.With(new Command("sweep", Cli.T("Xoá tệp không tài liệu nào dùng (do tải lên bị lỗi)", "remove files no document names (left by failed uploads)")) { grace, sweepEvidence });
        sweep.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var hours = parsed.GetValue(grace);
            if (hours < SweepEvidence.MinimumGrace.TotalHours)
                throw new UsageException(BackupMessages.GraceTooShort(hours).In(Cli.Language));
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await new SweepEvidenceHandler(db, Store(database, parsed, sweepEvidence)).HandleAsync(actor, new SweepEvidence(TimeSpan.FromHours(hours)), ct);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(BackupMessages.Swept(result.Removed.Count, result.Files, result.AbandonedUploads).In(Cli.Language));
            foreach (var sha256 in result.Removed) o.WriteLine("  " + sha256);
            return Cli.Ok;
        }));

        return new Command("evidence", Cli.T("Tệp kiểm chứng", "evidence files")) { verify, sweep };
    }

    private static FileSystemEvidenceStore Store(DatabaseOptions database, ParseResult parsed, Option<string?> evidence) =>
        new(new EvidenceStoreOptions(parsed.GetValue(evidence) ?? SiteFolders.EvidenceRoot(database.Configuration(parsed))));
}
