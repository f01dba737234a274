using ParIndex.App.Evidence.Storage;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Evidence;

public sealed class ContentSniffingTests : IDisposable
{
    private readonly EvidenceStoreFixture fixture = new();

    public static TheoryData<string, string, string> Allowed => new()
    {
        { "pdf", "bao-cao.pdf", "application/pdf" },
        { "png", "anh-chup.png", "image/png" },
        { "png", "anh-chup-dat-ten-sai.pdf", "image/png" },
        { "jpeg", "anh.jpg", "image/jpeg" },
        { "gif", "anh.gif", "image/gif" },
        { "webp", "anh.webp", "image/webp" },
        { "tiff", "ban-scan.tif", "image/tiff" },
        { "docx", "bao-cao.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document" },
        { "xlsx", "bang-diem.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "xlsx", "bang-diem-khong-duoi", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
        { "pptx", "trinh-chieu.pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation" },
        { "odt", "van-ban.odt", "application/vnd.oasis.opendocument.text" },
        { "ole", "cong-van.doc", "application/msword" },
        { "ole", "bang-diem.XLS", "application/vnd.ms-excel" },
        { "ole", "trinh-chieu.ppt", "application/vnd.ms-powerpoint" },
    };

    public static TheoryData<string, string> NotAllowed => new()
    {
        { "exe", "report.pdf" },
        { "elf", "bao-cao.pdf" },
        { "html", "bao-cao.pdf" },
        { "svg", "anh.png" },
        { "svg", "anh.pdf" },
        { "script", "bao-cao.docx" },
        { "text", "bao-cao.pdf" },
        { "zip", "bao-cao.docx" },
        { "docm", "bao-cao.docx" },
        { "ole", "setup.msi" },
        { "ole", "khong-duoi" },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public async Task Each_allowed_type_is_accepted_with_the_content_type_its_bytes_say(string sample, string fileName, string contentType)
    {
        var stored = await fixture.SaveAsync(Sample(sample), fileName);

        Assert.Equal(contentType, stored.ContentType);
        Assert.True(await fixture.Store.ExistsAsync(stored.Sha256, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(NotAllowed))]
    public async Task Executables_markup_scripts_text_and_other_archives_are_refused_whatever_their_name(string sample, string fileName)
    {
        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(Sample(sample), fileName));

        Assert.Equal(EvidenceRejectionReason.TypeNotAllowed, e.Reason);
        Assert.Empty(fixture.AllFiles());
    }

    [Fact]
    public async Task Refusals_explain_themselves_in_Vietnamese_or_English()
    {
        var type = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(EvidenceSamples.WindowsExecutable, "report.pdf"));
        var macros = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(EvidenceSamples.MacroEnabledWord(), "bao-cao.docm"));

        Assert.StartsWith("Loại tệp không được chấp nhận: chỉ nhận PDF, ảnh", type.Message);
        Assert.StartsWith("This type of file is not accepted: only PDF, images", type.Says.In(Language.En));
        Assert.StartsWith("Tệp có macro (VBA) không được chấp nhận", macros.Message);
        Assert.StartsWith("Files with macros (VBA) are not accepted", macros.Says.In(Language.En));
    }

    [Fact]
    public async Task An_empty_file_is_refused_as_empty()
    {
        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync([], "bao-cao.pdf"));

        Assert.Equal(EvidenceRejectionReason.Empty, e.Reason);
        Assert.Equal("Tệp rỗng, không có nội dung.", e.Message);
        Assert.Equal("The file is empty.", e.Says.In(Language.En));
        Assert.Empty(fixture.AllFiles());
    }

    [Theory]
    [InlineData(50 * 1024 * 1024)] // within the expansion budget, but 50 MB of zeros compress about 1000:1
    [InlineData(1024 * 1024)] // over 20 × the limit
    public async Task An_xlsx_shaped_zip_bomb_is_refused_before_anything_is_expanded(long maxBytes)
    {
        using var small = new EvidenceStoreFixture(maxBytes);
        var bomb = EvidenceSamples.XlsxBomb(50L * 1024 * 1024);
        Assert.True(bomb.Length < 1024 * 1024);

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => small.SaveAsync(bomb, "bang-diem.xlsx"));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
        Assert.Empty(small.AllFiles());
    }

    [Fact]
    public async Task A_zip_with_more_than_ten_thousand_entries_is_refused()
    {
        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(
            () => fixture.SaveAsync(EvidenceSamples.XlsxWithEntries(10_001), "bang-diem.xlsx"));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
    }

    [Fact]
    public async Task A_zip_whose_end_record_defers_to_zip64_is_refused_before_its_directory_is_read()
    {
        var xlsx = EvidenceSamples.Xlsx();
        xlsx.AsSpan(xlsx.Length - 6, 4).Fill(0xFF); // the central directory offset, masked: "see the ZIP64 record"

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(xlsx, "bang-diem.xlsx"));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
    }

    [Fact]
    public async Task A_zip_with_ten_thousand_entries_is_still_a_document()
    {
        var stored = await fixture.SaveAsync(EvidenceSamples.XlsxWithEntries(9_999), "bang-diem.xlsx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", stored.ContentType);
    }

    private static byte[] Sample(string name) => name switch
    {
        "pdf" => EvidenceSamples.Pdf(),
        "png" => EvidenceSamples.Png,
        "jpeg" => EvidenceSamples.JpegHeader,
        "gif" => EvidenceSamples.Gif,
        "webp" => EvidenceSamples.WebP,
        "tiff" => EvidenceSamples.TiffHeader,
        "docx" => EvidenceSamples.Docx(),
        "xlsx" => EvidenceSamples.Xlsx(),
        "pptx" => EvidenceSamples.Pptx(),
        "odt" => EvidenceSamples.Odt(),
        "ole" => EvidenceSamples.OleHeader,
        "exe" => EvidenceSamples.WindowsExecutable,
        "elf" => EvidenceSamples.Elf,
        "html" => EvidenceSamples.Html,
        "svg" => EvidenceSamples.SvgWithScript,
        "script" => EvidenceSamples.ShellScript,
        "text" => EvidenceSamples.PlainText,
        "zip" => EvidenceSamples.Zip(("bao-cao.txt", EvidenceSamples.PlainText)),
        "docm" => EvidenceSamples.MacroEnabledWord(),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
    };

    public void Dispose() => fixture.Dispose();
}
