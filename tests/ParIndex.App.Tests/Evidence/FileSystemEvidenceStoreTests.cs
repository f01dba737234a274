using System.Security.Cryptography;
using ParIndex.App.Evidence.Storage;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Evidence;

public sealed class FileSystemEvidenceStoreTests : IDisposable
{
    private readonly EvidenceStoreFixture fixture = new();

    [Fact]
    public async Task A_saved_file_lives_under_its_hash_and_reads_back_unchanged()
    {
        var pdf = EvidenceSamples.Pdf();

        var stored = await fixture.SaveAsync(pdf, "../Báo cáo.pdf");

        var sha256 = Convert.ToHexStringLower(SHA256.HashData(pdf));
        Assert.Equal(new StoredFile(sha256, pdf.Length, "application/pdf", "Báo cáo.pdf", AlreadyStored: false), stored);
        Assert.Equal([Path.Combine(fixture.Root, sha256[..2], sha256)], fixture.AllFiles());
        await using var read = await fixture.Store.OpenAsync(sha256, CancellationToken.None);
        using var copy = new MemoryStream();
        await read!.CopyToAsync(copy);
        Assert.Equal(pdf, copy.ToArray());
    }

    [Fact]
    public async Task The_same_content_uploaded_twice_is_stored_once()
    {
        var first = await fixture.SaveAsync(EvidenceSamples.Png, "anh.png");
        var second = await fixture.SaveAsync(EvidenceSamples.Png, "anh-lan-2.png");

        Assert.False(first.AlreadyStored);
        Assert.True(second.AlreadyStored);
        Assert.Equal(first.Sha256, second.Sha256);
        Assert.Equal("anh-lan-2.png", second.SafeFileName);
        Assert.Single(fixture.AllFiles());
    }

    [Fact]
    public async Task An_upload_over_the_limit_stops_streaming_at_the_limit_and_leaves_nothing_behind()
    {
        using var small = new EvidenceStoreFixture(maxBytes: 1024 * 1024);
        var upload = new GeneratedStream(2 * 1024 * 1024);

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => small.Store.SaveAsync(upload, "ban-scan.pdf", CancellationToken.None));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
        Assert.Equal("Tệp quá lớn: tối đa 1 MB.", e.Message);
        Assert.Equal("The file is too large: at most 1 MB.", e.Says.In(Language.En));
        Assert.InRange(upload.BytesRead, 1024 * 1024 + 1, 1024 * 1024 + 81_920);
        Assert.Empty(small.AllFiles());
        Assert.Empty(await small.Store.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task An_upload_of_exactly_the_limit_is_accepted()
    {
        using var small = new EvidenceStoreFixture(maxBytes: 1024 * 1024);

        var stored = await small.Store.SaveAsync(new GeneratedStream(1024 * 1024), "ban-scan.pdf", CancellationToken.None);

        Assert.Equal(1024 * 1024, stored.Size);
    }

    [Fact]
    public async Task A_cancelled_upload_leaves_nothing_behind()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => fixture.Store.SaveAsync(new GeneratedStream(1000), "bao-cao.pdf", cancelled.Token));

        Assert.Empty(fixture.AllFiles());
    }

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..\\..\\Windows\\win.ini")]
    [InlineData("/etc/passwd")]
    [InlineData("")]
    [InlineData("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855")] // upper case
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85")] // 63 digits
    [InlineData("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85/")] // a separator at the end
    public async Task A_hash_that_is_not_64_lowercase_hex_digits_is_refused_and_never_becomes_a_path(string hash)
    {
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.OpenAsync(hash, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.ExistsAsync(hash, CancellationToken.None));
        await Assert.ThrowsAsync<ArgumentException>(() => fixture.Store.RemoveUnreferencedAsync(hash, TimeSpan.Zero, _ => Task.FromResult(false), CancellationToken.None));
    }

    [Fact]
    public async Task An_absent_hash_opens_as_null()
    {
        var absent = Convert.ToHexStringLower(SHA256.HashData("không có"u8));

        Assert.Null(await fixture.Store.OpenAsync(absent, CancellationToken.None));
        Assert.False(await fixture.Store.ExistsAsync(absent, CancellationToken.None));
    }

    [Fact]
    public async Task List_gives_every_stored_hash_and_the_sweep_removes_an_old_unreferenced_one()
    {
        var pdf = await fixture.SaveAsync(EvidenceSamples.Pdf(), "a.pdf");
        var png = await fixture.SaveAsync(EvidenceSamples.Png, "b.png");
        var docx = await fixture.SaveAsync(EvidenceSamples.Docx(), "c.docx");
        File.WriteAllText(Path.Combine(fixture.Root, ".tmp", "upload-in-progress"), "%PDF-");
        Assert.Equal(new[] { pdf.Sha256, png.Sha256, docx.Sha256 }.Order(), (await fixture.Store.ListAsync().ToListAsync()).Order());
        Age(png.Sha256, TimeSpan.FromHours(3));
        Age(docx.Sha256, TimeSpan.FromHours(3));

        // pdf is too new, docx is referenced, png is neither.
        Assert.False(await fixture.Store.RemoveUnreferencedAsync(pdf.Sha256, TimeSpan.FromHours(2), _ => Task.FromResult(false), CancellationToken.None));
        Assert.False(await fixture.Store.RemoveUnreferencedAsync(docx.Sha256, TimeSpan.FromHours(2), _ => Task.FromResult(true), CancellationToken.None));
        Assert.True(await fixture.Store.RemoveUnreferencedAsync(png.Sha256, TimeSpan.FromHours(2), _ => Task.FromResult(false), CancellationToken.None));
        Assert.False(await fixture.Store.RemoveUnreferencedAsync(png.Sha256, TimeSpan.FromHours(2), _ => Task.FromResult(false), CancellationToken.None)); // twice is harmless

        Assert.False(await fixture.Store.ExistsAsync(png.Sha256, CancellationToken.None));
        Assert.Equal(new[] { pdf.Sha256, docx.Sha256 }.Order(), (await fixture.Store.ListAsync().ToListAsync()).Order());
        Assert.Equal([Path.Combine(fixture.Root, ".tmp", "upload-in-progress")], Directory.GetFiles(Path.Combine(fixture.Root, ".tmp")));
    }

    [Fact]
    public async Task Uploading_content_that_is_already_stored_marks_it_as_stored_now_so_the_sweep_leaves_it()
    {
        var png = await fixture.SaveAsync(EvidenceSamples.Png, "b.png");
        Age(png.Sha256, TimeSpan.FromDays(3));

        Assert.True((await fixture.SaveAsync(EvidenceSamples.Png, "lai.png")).AlreadyStored);

        Assert.False(await fixture.Store.RemoveUnreferencedAsync(png.Sha256, TimeSpan.FromHours(1), _ => Task.FromResult(false), CancellationToken.None));
        Assert.True(await fixture.Store.ExistsAsync(png.Sha256, CancellationToken.None));
    }

    [Fact]
    public async Task An_upload_of_the_same_content_while_the_sweep_holds_the_file_aside_keeps_a_copy_either_way()
    {
        var png = await fixture.SaveAsync(EvidenceSamples.Png, "b.png");
        Age(png.Sha256, TimeSpan.FromDays(3));
        StoredFile? during = null;

        // The second look of the sweep happens with the file set aside: an upload then finds no file and stores its own.
        var looks = 0;
        var removed = await fixture.Store.RemoveUnreferencedAsync(png.Sha256, TimeSpan.FromHours(1), async _ =>
        {
            if (++looks == 2) during = await fixture.SaveAsync(EvidenceSamples.Png, "cung-luc.png");
            return false;
        }, CancellationToken.None);

        Assert.True(removed); // the old copy went, the upload's own copy is there
        Assert.False(during!.AlreadyStored);
        Assert.True(await fixture.Store.ExistsAsync(png.Sha256, CancellationToken.None));
        Assert.Equal([png.Sha256], await fixture.Store.ListAsync().ToListAsync());
    }

    [Fact]
    public async Task A_file_referenced_by_the_second_look_is_put_back()
    {
        var png = await fixture.SaveAsync(EvidenceSamples.Png, "b.png");
        Age(png.Sha256, TimeSpan.FromDays(3));
        var looks = 0;

        Assert.False(await fixture.Store.RemoveUnreferencedAsync(png.Sha256, TimeSpan.FromHours(1), _ => Task.FromResult(++looks == 2), CancellationToken.None));

        Assert.Equal(2, looks);
        Assert.True(await fixture.Store.ExistsAsync(png.Sha256, CancellationToken.None));
        Assert.Empty(Directory.GetFiles(Path.Combine(fixture.Root, ".sweep")));
    }

    [Fact]
    public async Task Abandoned_temporary_uploads_older_than_the_grace_are_removed()
    {
        var old = Path.Combine(fixture.Root, ".tmp", "killed-mid-upload");
        var fresh = Path.Combine(fixture.Root, ".tmp", "upload-in-progress");
        await File.WriteAllTextAsync(old, "%PDF-");
        await File.WriteAllTextAsync(fresh, "%PDF-");
        File.SetLastWriteTimeUtc(old, DateTime.UtcNow.AddHours(-30));

        Assert.Equal(1, fixture.Store.RemoveAbandonedUploads(TimeSpan.FromHours(24)));

        Assert.Equal([fresh], Directory.GetFiles(Path.Combine(fixture.Root, ".tmp")));
    }

    private void Age(string sha256, TimeSpan age) =>
        File.SetLastWriteTimeUtc(Path.Combine(fixture.Root, sha256[..2], sha256), DateTime.UtcNow - age);

    [Fact]
    public void The_root_is_created_when_missing()
    {
        Assert.True(Directory.Exists(fixture.Root));
    }

    public void Dispose() => fixture.Dispose();
}
