using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Evidence;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.EvidenceUseCases;

/// <summary>
/// Evidence (tài liệu kiểm chứng) through the use cases, on a real database and a real store in a scratch folder:
/// uploads are refused by content and size with nothing left behind, identical files are stored once, one document
/// supports several sub-criteria, and only the right people open a file.
/// </summary>
public abstract class EvidenceUseCaseTests(DatabaseProvider provider) : ProviderTest(provider), IDisposable
{
    /// <summary>A minimal valid PDF.</summary>
    private static readonly byte[] Pdf = ParIndex.App.Features.Demo.DemoPdf.Create("Kế hoạch CCHC", ["Ke hoach CCHC"]);

    /// <summary>A Windows executable's first bytes: "MZ" and the DOS stub's message.</summary>
    private static readonly byte[] Executable = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, .. "This program cannot be run in DOS mode.\r\n"u8];

    private static readonly byte[] Html = "<!DOCTYPE html><html><head><title>QĐ</title></head><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    private readonly EvidenceStoreFixture files = new();

    private int Period => World.PeriodId;

    public void Dispose()
    {
        files.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task OpenSelfAssessment() =>
        World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));

    private Task<EvidenceDocument> Add(Actor actor, string unit, byte[]? file, string? fileName, params string[] leaves) =>
        Add(actor, unit, file is null ? null : new MemoryStream(file), fileName, leaves);

    private Task<EvidenceDocument> Add(Actor actor, string unit, Stream? file, string? fileName, string[] leaves, IEvidenceStore? store = null, CancellationToken ct = default) =>
        World.Run(db => new AddEvidenceHandler(db, World.Clock, store ?? files.Store).HandleAsync(actor,
            new AddEvidence(Period, unit, "125/QĐ-UBND", new DateOnly(2024, 12, 26), "UBND tỉnh", "Kế hoạch CCHC năm 2025", file, fileName, leaves), ct));

    private Task<EvidenceView> Link(Actor actor, string unit, int document, params string[] leaves) =>
        World.Run(db => new LinkEvidenceHandler(db, World.Clock).HandleAsync(actor, new LinkEvidence(Period, unit, document, leaves)));

    private Task<EvidenceView> Unlink(Actor actor, string unit, int document, params string[] leaves) =>
        World.Run(db => new UnlinkEvidenceHandler(db, World.Clock).HandleAsync(actor, new UnlinkEvidence(Period, unit, document, leaves)));

    private Task<IReadOnlyList<EvidenceView>> List(Actor actor, string unit) =>
        World.Run(db => new ListEvidenceHandler(db).HandleAsync(actor, new ListEvidence(Period, unit)));

    private Task<EvidenceFile> Open(Actor actor, int document) =>
        World.Run(db => new OpenEvidenceFileHandler(db, files.Store).HandleAsync(actor, new OpenEvidenceFile(document)));

    private async Task<byte[]> ReadAll(Actor actor, int document)
    {
        await using var file = await Open(actor, document);
        using var copy = new MemoryStream();
        await file.Content.CopyToAsync(copy);
        return copy.ToArray();
    }

    private Task Assign(string appraiser, string? unit, string? area) =>
        World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, appraiser, unit, area)));

    /// <summary>Everything an upload could change: the rows, the audit log, the stored files and any file under the store's root.</summary>
    private sealed record State(int Documents, int Links, int Audit, string Stored, string OnDisk);

    private async Task<State> StateNow()
    {
        var stored = string.Join(",", (await files.Store.ListAsync().ToListAsync()).Order(StringComparer.Ordinal));
        var onDisk = string.Join(",", files.AllFiles().Order(StringComparer.Ordinal));
        return await World.Run(async db => new State(await db.Evidence.CountAsync(), await db.EvidenceLinks.CountAsync(), await db.Audit.CountAsync(), stored, onDisk));
    }

    [Theory]
    [InlineData("executable")]
    [InlineData("html")]
    public async Task A_file_renamed_to_pdf_that_is_not_a_pdf_is_refused_and_changes_nothing(string kind)
    {
        await OpenSelfAssessment();
        await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var before = await StateNow();

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() =>
            Add(World.Editor("A"), "A", kind == "html" ? Html : Executable, "Quyết định 125.pdf", "1.1", "2.1"));

        Assert.Equal(EvidenceRejectionReason.TypeNotAllowed, e.Reason);
        Assert.StartsWith("Loại tệp không được chấp nhận: chỉ nhận PDF", e.Message);
        Assert.StartsWith("This type of file is not accepted: only PDF", e.Says.In(Language.En));
        Assert.Equal(before, await StateNow());
    }

    [Fact]
    public async Task A_200_MB_upload_is_refused_at_the_limit_while_streaming_and_leaves_nothing()
    {
        await OpenSelfAssessment();
        await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var before = await StateNow();
        var upload = new GeneratedStream(200L * 1024 * 1024);

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => Add(World.Editor("A"), "A", upload, "ban-scan.pdf", ["2.1"]));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
        Assert.Equal("Tệp quá lớn: tối đa 50 MB.", e.Message);
        Assert.Equal("The file is too large: at most 50 MB.", e.Says.In(Language.En));
        Assert.InRange(upload.BytesRead, 50L * 1024 * 1024 + 1, 50L * 1024 * 1024 + 81_920); // stopped at the limit, not read to the end
        Assert.Equal(before, await StateNow());
        Assert.Empty(Directory.GetFiles(Path.Combine(files.Root, ".tmp")));
    }

    [Fact]
    public async Task Unknown_or_non_leaf_codes_are_all_named_and_no_file_is_stored()
    {
        await OpenSelfAssessment();
        var before = await StateNow();

        var e = await Assert.ThrowsAsync<ImportException>(() => Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1", "9.9", "1"));

        Assert.Equal(["9.9", "1"], e.Problems.Select(p => p.Node));
        Assert.Equal("Không có tiêu chí thành phần “9.9” trong bộ chỉ số TEST-SO", e.Problems[0].Says.In(Language.Vi));
        Assert.Equal("There is no sub-criterion “9.9” in the framework TEST-SO", e.Problems[0].Says.In(Language.En));
        Assert.Equal("“1” is an area or a criterion, not a sub-criterion; attach evidence to sub-criteria", e.Problems[1].Says.In(Language.En));
        Assert.Equal(before, await StateNow());
        Assert.Empty(await files.Store.ListAsync().ToListAsync());
        Assert.Empty(files.AllFiles());
    }

    [Fact]
    public async Task A_document_needs_a_file_or_a_number_or_summary_and_every_problem_is_listed()
    {
        await OpenSelfAssessment();

        var e = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new AddEvidenceHandler(db, World.Clock, files.Store).HandleAsync(World.Editor("A"),
            new AddEvidence(Period, "A", "  ", new DateOnly(2025, 12, 1), "UBND tỉnh", null, null, null, ["1.1", "x"]))));

        Assert.Equal(3, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Says.In(Language.En) == "Evidence needs a file, or at least a document number or a summary");
        Assert.Contains(e.Problems, p => p.Message == "Ngày ban hành 01/12/2025 sau ngày hôm nay 02/01/2025" && p.Says.In(Language.En) == "The issue date 01/12/2025 is after today 02/01/2025");
        Assert.Contains(e.Problems, p => p.Node == "x");

        // Metadata alone is enough: a paper document kept at the unit.
        var paper = await World.Run(db => new AddEvidenceHandler(db, World.Clock, files.Store).HandleAsync(World.Editor("A"),
            new AddEvidence(Period, "A", " 12/KH-SNV ", new DateOnly(2025, 1, 2), null, null, null, null, [])));
        Assert.Equal("12/KH-SNV", paper.Number);
        Assert.Null(paper.FileSha256);
        var listed = Assert.Single(await List(World.Editor("A"), "A"));
        Assert.False(listed.HasFile);
        Assert.Empty(listed.LeafCodes);
        await Assert.ThrowsAsync<NotFoundException>(() => Open(World.Editor("A"), paper.Id));
    }

    [Fact]
    public async Task The_same_pdf_uploaded_twice_is_two_documents_and_one_stored_file()
    {
        await OpenSelfAssessment();

        var first = await Add(World.Editor("A"), "A", Pdf, "Quyết định 125.pdf", "1.1");
        var second = await Add(World.Lead("A"), "A", Pdf, "../bản sao.pdf", "2.1");

        Assert.NotEqual(first.Id, second.Id);
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(Pdf));
        Assert.Equal(sha256, first.FileSha256);
        Assert.Equal(sha256, second.FileSha256);
        Assert.Equal("Quyết định 125.pdf", first.FileName);
        Assert.Equal("bản sao.pdf", second.FileName);
        Assert.Equal(("application/pdf", (long)Pdf.Length), (second.ContentType!, second.FileSize!.Value));
        Assert.Equal([sha256], await files.Store.ListAsync().ToListAsync());
        Assert.Equal([Path.Combine(files.Root, sha256[..2], sha256)], files.AllFiles());
        Assert.Equal(2, await World.Run(db => db.Evidence.CountAsync()));
        Assert.Equal(["Quyết định 125.pdf", "bản sao.pdf"], (await List(World.Editor("A"), "A")).Select(d => d.FileName));
    }

    [Fact]
    public async Task A_document_supporting_two_sub_criteria_evidences_both_for_submission()
    {
        await OpenSelfAssessment();
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1") })
            await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", leaf, input, 0)));
        Task<SubmissionState> Submit() =>
            World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(Period, "A")));

        var document = await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var incomplete = await Assert.ThrowsAsync<WorkflowException>(Submit);
        Assert.Contains("thiếu tài liệu kiểm chứng hoặc giải trình 2.1)", incomplete.Message);

        var linked = await Link(World.Editor("A"), "A", document.Id, "2.1");
        Assert.Equal(["1.1", "2.1"], linked.LeafCodes);
        Assert.Equal(SubmissionState.Submitted, await Submit());

        // Submitted: evidence is frozen with the scores.
        await Assert.ThrowsAsync<WorkflowException>(() => Add(World.Editor("A"), "A", Pdf, "bo-sung.pdf", "1.2"));
        await Assert.ThrowsAsync<WorkflowException>(() => Unlink(World.Editor("A"), "A", document.Id, "1.1"));
    }

    [Fact]
    public async Task Linking_is_idempotent_and_unlinking_keeps_the_document_for_reuse()
    {
        await OpenSelfAssessment();
        var document = await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf");
        Assert.Empty(Assert.Single(await List(World.Editor("A"), "A")).LeafCodes);
        var audit = await World.Run(db => db.Audit.CountAsync());

        Assert.Equal(["1.1", "2.1"], (await Link(World.Editor("A"), "A", document.Id, "2.1", " 1.1", "2.1")).LeafCodes);
        Assert.Equal(["1.1", "2.1"], (await Link(World.Lead("A"), "A", document.Id, "1.1")).LeafCodes);
        Assert.Equal(2, await World.Run(db => db.EvidenceLinks.CountAsync()));
        Assert.Equal(audit + 1, await World.Run(db => db.Audit.CountAsync()));

        await Assert.ThrowsAsync<ImportException>(() => Link(World.Editor("A"), "A", document.Id, "2"));
        await Assert.ThrowsAsync<ImportException>(() => Link(World.Editor("A"), "A", document.Id));
        await Assert.ThrowsAsync<NotFoundException>(() => Link(World.Editor("A"), "A", document.Id + 100, "1.1"));

        Assert.Equal(["2.1"], (await Unlink(World.Editor("A"), "A", document.Id, "1.1")).LeafCodes);
        Assert.Equal(["2.1"], (await Unlink(World.Editor("A"), "A", document.Id, "1.1")).LeafCodes);
        Assert.Equal(audit + 2, await World.Run(db => db.Audit.CountAsync()));

        // An appraiser of the unit sees what the submission uses; the unit sees its whole library.
        await Assign("tham-dinh-1", "A", null);
        var seen = Assert.Single(await List(World.Appraiser("tham-dinh-1"), "A"));
        Assert.Equal((document.Id, "125/QĐ-UBND", new DateOnly(2024, 12, 26), "UBND tỉnh", "Kế hoạch CCHC năm 2025"),
            (seen.Id, seen.Number, seen.IssuedOn!.Value, seen.Issuer, seen.Summary));
        await Unlink(World.Editor("A"), "A", document.Id, "2.1");
        Assert.Empty(await List(World.Appraiser("tham-dinh-1"), "A"));
        Assert.Empty(Assert.Single(await List(World.Editor("A"), "A")).LeafCodes);
        await Assert.ThrowsAsync<ForbiddenException>(() => List(World.Viewer, "A"));
        await Assert.ThrowsAsync<ForbiddenException>(() => List(World.Editor("B"), "A"));

        Assert.Null(await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));
        var actions = await World.Run(db => db.Audit.Where(a => a.Entity == "Evidence").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
        Assert.Equal(["evidence.add", "evidence.link", "evidence.unlink", "evidence.unlink"], actions);
    }

    [Fact]
    public async Task Another_units_editor_may_not_add_link_or_open()
    {
        await OpenSelfAssessment();
        var document = await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var before = await StateNow();
        var intruder = World.Editor("B");

        await Assert.ThrowsAsync<ForbiddenException>(() => Add(intruder, "A", Pdf, "gia-mao.pdf", "1.1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Link(intruder, "A", document.Id, "2.1"));
        var foreign = await Assert.ThrowsAsync<ForbiddenException>(() => Link(intruder, "B", document.Id, "2.1"));
        Assert.Equal(EvidenceMessages.OtherUnit(document.Id, "B"), foreign.Says);
        Assert.Equal($"The evidence document {document.Id} belongs to another unit and cannot be used in the submission of B", foreign.Says.In(Language.En));
        await Assert.ThrowsAsync<ForbiddenException>(() => Unlink(intruder, "B", document.Id, "1.1"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Open(intruder, document.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => Open(World.Viewer, document.Id));

        Assert.Equal(before, await StateNow());
    }

    [Fact]
    public async Task Only_appraisers_assigned_to_what_the_document_supports_open_it_and_read_the_same_bytes()
    {
        await OpenSelfAssessment();
        var document = await Add(World.Editor("A"), "A", Pdf, "Kế hoạch CCHC 2025.pdf", "1.1");
        await Assign("tham-dinh-1", "A", null);   // unit A, every area
        await Assign("tham-dinh-2", null, "2");   // area 2 of every unit
        var unitAppraiser = World.Appraiser("tham-dinh-1");
        var areaAppraiser = World.Appraiser("tham-dinh-2");
        var stranger = World.Appraiser("tham-dinh-3");

        await Assert.ThrowsAsync<ForbiddenException>(() => Open(stranger, document.Id));
        await Assert.ThrowsAsync<ForbiddenException>(() => Open(areaAppraiser, document.Id));
        await using (var file = await Open(unitAppraiser, document.Id))
        {
            Assert.Equal(("application/pdf", "Kế hoạch CCHC 2025.pdf", (long)Pdf.Length), (file.ContentType, file.FileName, file.Size));
        }
        Assert.Equal(Pdf, await ReadAll(unitAppraiser, document.Id));

        await Link(World.Editor("A"), "A", document.Id, "2.1");
        Assert.Equal(Pdf, await ReadAll(areaAppraiser, document.Id));
        Assert.Equal(Pdf, await ReadAll(World.Secretariat, document.Id));
        Assert.Equal(Pdf, await ReadAll(World.Council, document.Id));
        Assert.Equal(Pdf, await ReadAll(World.Lead("A"), document.Id));
    }

    [Fact]
    public async Task A_cancelled_write_leaves_its_file_for_the_sweep_which_removes_it_only_after_the_grace()
    {
        await OpenSelfAssessment();
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var pngSha = Convert.ToHexStringLower(SHA256.HashData(png));
        var kept = await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var rows = await StateNow();

        foreach (var content in new[] { png, Pdf })
        {
            using var cancel = new CancellationTokenSource();
            var failing = new PausingStore(files.Store, () => cancel.CancelAsync());
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                Add(World.Editor("A"), "A", new MemoryStream(content), "anh.png", ["2.1"], failing, cancel.Token));
        }

        // No row, no audit entry; the new file stays (a concurrent upload of it may be committing) until the sweep.
        var after = await StateNow();
        Assert.Equal((rows.Documents, rows.Links, rows.Audit), (after.Documents, after.Links, after.Audit));
        Assert.Equal(new[] { kept.FileSha256!, pngSha }.Order(), (await files.Store.ListAsync().ToListAsync()).Order());

        var sweep = new SweepEvidence(TimeSpan.FromHours(24));
        Assert.Empty((await Sweep(sweep)).Removed); // too new: an upload may still be on its way
        foreach (var sha in new[] { kept.FileSha256!, pngSha })
            File.SetLastWriteTimeUtc(Path.Combine(files.Root, sha[..2], sha), DateTime.UtcNow.AddHours(-25));
        var swept = await Sweep(sweep);

        Assert.Equal(2, swept.Files);
        Assert.Equal([pngSha], swept.Removed);
        Assert.Equal([kept.FileSha256!], await files.Store.ListAsync().ToListAsync());
        Assert.Equal(Pdf, await ReadAll(World.Editor("A"), kept.Id));
        Assert.True((await VerifyFiles()).Ok);
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new SweepEvidenceHandler(db, files.Store).HandleAsync(World.Secretariat, sweep)));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Sweep(new SweepEvidence(TimeSpan.FromMinutes(5))));
    }

    [Fact]
    public async Task Two_uploads_of_the_same_file_at_once_where_the_first_fails_keep_the_file_the_second_document_names()
    {
        await OpenSelfAssessment();
        var secondStored = new TaskCompletionSource();
        var firstFailed = new TaskCompletionSource();
        using var cancel = new CancellationTokenSource();

        // The first upload stores the file, then its write fails (cancelled) once the second has found the file stored.
        var first = Add(World.Editor("A"), "A", new MemoryStream(Pdf), "quyet-dinh.pdf", ["1.1"],
            new PausingStore(files.Store, async () => { await secondStored.Task; await cancel.CancelAsync(); }), cancel.Token);
        // The second, the same provincial decision attached by unit B, commits only after the first has failed.
        var second = Add(World.Editor("B"), "B", new MemoryStream(Pdf), "quyet-dinh.pdf", ["1.1"],
            new PausingStore(files.Store, async () => { secondStored.SetResult(); await firstFailed.Task; }));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        firstFailed.SetResult();
        var saved = await second;

        Assert.Equal(Pdf, await ReadAll(World.Editor("B"), saved.Id));
        var verified = await VerifyFiles();
        Assert.True(verified.Ok, string.Join("; ", verified.Problems));
        Assert.Equal((1, 1), (verified.Files, verified.Documents));
    }

    [Fact]
    public async Task Verify_names_the_documents_whose_file_is_missing_or_damaged()
    {
        await OpenSelfAssessment();
        var pdf = await Add(World.Editor("A"), "A", Pdf, "ke-hoach.pdf", "1.1");
        var again = await Add(World.Editor("A"), "A", Pdf, "ban-sao.pdf", "2.1");
        var png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
        var image = await Add(World.Editor("A"), "A", png, "anh.png", "1.2");
        Assert.True((await VerifyFiles(hashes: true)).Ok);

        File.Delete(Path.Combine(files.Root, pdf.FileSha256![..2], pdf.FileSha256));
        var damaged = Path.Combine(files.Root, image.FileSha256![..2], image.FileSha256);
        var bytes = await File.ReadAllBytesAsync(damaged);
        bytes[^1] ^= 0xFF;
        await File.WriteAllBytesAsync(damaged, bytes);

        var quick = await VerifyFiles();
        var problem = Assert.Single(quick.Problems);
        Assert.Equal(pdf.FileSha256, problem.Sha256);
        Assert.Equal([pdf.Id, again.Id], problem.DocumentIds);
        Assert.Equal("the file is missing from the store", problem.Problem.In(Language.En));
        Assert.Equal($"{pdf.FileSha256} (tài liệu {pdf.Id}, {again.Id}): tệp không có trong kho", problem.ToString());
        var full = await VerifyFiles(hashes: true);
        Assert.Equal(new[] { pdf.FileSha256, image.FileSha256 }.Order(StringComparer.Ordinal), full.Problems.Select(p => p.Sha256));
        Assert.Equal(EvidenceMessages.HashDiffers(), full.Problems.Single(p => p.Sha256 == image.FileSha256).Problem);
        Assert.Equal("nội dung tệp không khớp mã băm (tệp bị hỏng)", full.Problems.Single(p => p.Sha256 == image.FileSha256).Problem.ToString());
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new VerifyEvidenceHandler(db, files.Store).HandleAsync(World.Secretariat, new VerifyEvidence())));
    }

    private Task<EvidenceSweep> Sweep(SweepEvidence request) =>
        World.Run(db => new SweepEvidenceHandler(db, files.Store).HandleAsync(World.Admin, request));

    private Task<EvidenceVerification> VerifyFiles(bool hashes = false) =>
        World.Run(db => new VerifyEvidenceHandler(db, files.Store).HandleAsync(World.Admin, new VerifyEvidence(hashes)));

    /// <summary>A store that runs <paramref name="afterSave"/> once a file is stored, before the caller goes on to write its row.</summary>
    private sealed class PausingStore(IEvidenceStore inner, Func<Task> afterSave) : IEvidenceStore
    {
        public async Task<StoredFile> SaveAsync(Stream content, string fileName, CancellationToken ct)
        {
            var stored = await inner.SaveAsync(content, fileName, ct);
            await afterSave();
            return stored;
        }

        public Task<Stream?> OpenAsync(string sha256, CancellationToken ct) => inner.OpenAsync(sha256, ct);

        public Task<bool> ExistsAsync(string sha256, CancellationToken ct) => inner.ExistsAsync(sha256, ct);

        public Task<bool> RemoveUnreferencedAsync(string sha256, TimeSpan minAge, Func<CancellationToken, Task<bool>> isReferenced, CancellationToken ct) =>
            inner.RemoveUnreferencedAsync(sha256, minAge, isReferenced, ct);

        public int RemoveAbandonedUploads(TimeSpan minAge) => inner.RemoveAbandonedUploads(minAge);

        public IAsyncEnumerable<string> ListAsync(CancellationToken ct = default) => inner.ListAsync(ct);
    }
}

public sealed class EvidenceUseCaseTestsOnSqlite() : EvidenceUseCaseTests(DatabaseProvider.Sqlite);

public sealed class EvidenceUseCaseTestsOnPostgres() : EvidenceUseCaseTests(DatabaseProvider.Postgres);
