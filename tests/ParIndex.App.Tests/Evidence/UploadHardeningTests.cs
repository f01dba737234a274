using System.IO.Compression;
using System.Text;
using ParIndex.App.Evidence.Storage;

namespace ParIndex.App.Tests.Evidence;

/// <summary>
/// Hostile uploads beyond the basic type checks: PDFs that run JavaScript or programs when opened, VBA projects hidden
/// under another part name or declared only by content type, a DOCX-shaped ZIP bomb, and names that try to climb out
/// of the store or smuggle separators and NUL characters.
/// </summary>
public sealed class UploadHardeningTests : IDisposable
{
    private readonly EvidenceStoreFixture fixture = new();

    /// <summary>A PDF with one extra catalog entry, the objects and cross-reference table written out as a reader expects.</summary>
    internal static byte[] Pdf(string catalogExtra, string? extraObject = null)
    {
        var objects = new List<string>
        {
            $"<< /Type /Catalog /Pages 2 0 R {catalogExtra} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        if (extraObject is not null) objects.Add(extraObject);
        var pdf = new StringBuilder("%PDF-1.4\n%\u00E2\u00E3\u00CF\u00D3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    public static TheoryData<string, string?> ActivePdfs => new()
    {
        { "/OpenAction << /S /JavaScript /JS (app.alert\\(document.cookie\\)) >>", null },
        { "/OpenAction 4 0 R", "<</S/JavaScript/JS 5 0 R>>" },
        { "/OpenAction << /S /J#61va#53cript /J#53 (app.alert(1)) >>", null },
        { "/Names << /JavaScript << /Names [(x) 4 0 R] >> >>", "<< /S /JavaScript /JS (this.print()) >>" },
        { "/OpenAction << /S /Launch /F (cmd.exe) >>", null },
    };

    [Theory]
    [MemberData(nameof(ActivePdfs))]
    public async Task A_pdf_that_runs_javascript_or_a_program_when_opened_is_refused(string catalogExtra, string? extraObject)
    {
        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(Pdf(catalogExtra, extraObject), "bao-cao.pdf"));

        Assert.Equal(EvidenceRejectionReason.TypeNotAllowed, e.Reason);
        Assert.StartsWith("Tệp PDF có mã lệnh tự chạy (JavaScript, mở chương trình) không được chấp nhận", e.Message);
        Assert.Empty(fixture.AllFiles());
    }

    /// <summary>
    /// A PDF 1.5 whose action lives in an uncompressed object stream (object 4 holds object 5, the JavaScript action the
    /// catalog opens with), indexed by a cross-reference stream as a reader expects (/W [1 4 2], entries written out).
    /// </summary>
    private static byte[] PdfWithObjectStream()
    {
        var file = new MemoryStream();
        var offsets = new Dictionary<int, long>();
        void Write(string text) => file.Write(Encoding.Latin1.GetBytes(text));
        void Object(int number, string body)
        {
            offsets[number] = file.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }
        Write("%PDF-1.5\n%\u00E2\u00E3\u00CF\u00D3\n");
        Object(1, "<< /Type /Catalog /Pages 2 0 R /OpenAction 5 0 R >>");
        Object(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object(3, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        const string inside = "<< /S /JavaScript /JS (app.alert\\(1\\)) >>";
        const string header = "5 0 ";
        Object(4, $"<< /Type /ObjStm /N 1 /First {header.Length} /Length {header.Length + inside.Length} >>\nstream\n{header}{inside}\nendstream");
        offsets[6] = file.Position;
        var entries = new MemoryStream();
        void Entry(byte type, long field2, int field3)
        {
            entries.WriteByte(type);
            for (var shift = 24; shift >= 0; shift -= 8) entries.WriteByte((byte)(field2 >> shift));
            entries.WriteByte((byte)(field3 >> 8));
            entries.WriteByte((byte)field3);
        }
        Entry(0, 0, 65535);
        foreach (var n in new[] { 1, 2, 3, 4 }) Entry(1, offsets[n], 0);
        Entry(2, 4, 0);                                   // object 5: the first object of stream 4
        Entry(1, offsets[6], 0);
        Write($"6 0 obj\n<< /Type /XRef /Size 7 /W [1 4 2] /Root 1 0 R /Length {entries.Length} >>\nstream\n");
        file.Write(entries.ToArray());
        Write($"\nendstream\nendobj\nstartxref\n{offsets[6]}\n%%EOF\n");
        return file.ToArray();
    }

    [Fact]
    public async Task Javascript_after_a_bare_stream_token_or_inside_an_uncompressed_object_stream_is_refused()
    {
        // A token scan skipped from a bare "stream" to the next "endstream" — here none — and never read object streams.
        var decoy = Encoding.Latin1.GetString(Pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"));
        var afterHeader = decoy.IndexOf("1 0 obj", StringComparison.Ordinal);
        var shifted = decoy[..afterHeader] + "stream\n" + decoy[afterHeader..];
        var xref = shifted.IndexOf("xref", StringComparison.Ordinal);
        var offsets = System.Text.RegularExpressions.Regex.Replace(shifted[xref..], @"(\d{10}) 00000 n", m => $"{long.Parse(m.Groups[1].Value) + 7:D10} 00000 n");
        var bareStream = shifted[..xref] + offsets.Replace($"startxref\n{xref - 7}", $"startxref\n{xref}");

        foreach (var pdf in new[] { Encoding.Latin1.GetBytes(bareStream), PdfWithObjectStream() })
        {
            var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(pdf, "bao-cao.pdf"));
            Assert.StartsWith("Tệp PDF có mã lệnh tự chạy (JavaScript, mở chương trình) không được chấp nhận", e.Message);
        }
        Assert.Empty(fixture.AllFiles());
    }

    [Fact]
    public async Task A_pdf_that_cannot_be_parsed_is_refused_and_the_same_objects_without_the_action_are_accepted()
    {
        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync("%PDF-1.4\n%%EOF\n"u8.ToArray(), "hong.pdf"));
        Assert.Equal(EvidenceRejectionReason.TypeNotAllowed, e.Reason);
        Assert.StartsWith("Tệp PDF bị hỏng, không đọc được", e.Message);
        Assert.Empty(fixture.AllFiles());

        var inert = PdfWithObjectStream().AsSpan();
        var action = Encoding.Latin1.GetBytes("/S /JavaScript /JS");
        var at = inert.IndexOf(action);
        Encoding.Latin1.GetBytes("/S /GoTo       /D ").CopyTo(inert[at..]);   // same length: every offset still holds
        Assert.Equal("application/pdf", (await fixture.SaveAsync(inert.ToArray(), "on.pdf")).ContentType);
    }

    [Fact]
    public async Task Javascript_in_text_or_in_image_bytes_is_not_active_content()
    {
        var image = "/JavaScript /JS (x) /Launch";
        var stream = $"<< /Length {image.Length} /Subtype /Image >>\nstream\n{image}\nendstream";
        var pdf = Pdf("/Title (Hướng dẫn /JavaScript và /Launch) /Info << /Subject (\\(/JS\\)) >>", stream);

        var stored = await fixture.SaveAsync(pdf, "huong-dan.pdf");

        Assert.Equal("application/pdf", stored.ContentType);
    }

    public static TheoryData<string, string, string, string> MacroDocuments => new()
    {
        // a .xlsm as Excel writes it
        { "bang-diem.xlsm", "xl/vbaProject.bin", "application/vnd.ms-office.vbaProject", "application/vnd.ms-excel.sheet.macroEnabled.main+xml" },
        // the VBA project renamed, declared only by its content type, the workbook claiming to be a plain .xlsx
        { "bang-diem.xlsx", "xl/du-lieu.bin", "application/vnd.ms-office.vbaProject", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" },
        // a macro-enabled document whose VBA lives in an unlisted part
        { "bao-cao.docx", "word/media/image1.png", "image/png", "application/vnd.ms-word.document.macroEnabled.main+xml" },
    };

    [Theory]
    [MemberData(nameof(MacroDocuments))]
    public async Task Office_files_with_macros_are_refused_whatever_the_part_is_called(string fileName, string part, string partType, string mainType)
    {
        var folder = part[..part.IndexOf('/')];
        var main = folder == "xl" ? "xl/workbook.xml" : "word/document.xml";
        var types = $"""<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/{main}" ContentType="{mainType}"/><Override PartName="/{part}" ContentType="{partType}"/></Types>""";
        var document = EvidenceSamples.Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(types)), (main, "<x/>"u8.ToArray()), (part, [0xD0, 0xCF, 0x11, 0xE0]));

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(document, fileName));

        Assert.Equal(EvidenceRejectionReason.TypeNotAllowed, e.Reason);
        Assert.StartsWith("Tệp có macro (VBA) không được chấp nhận", e.Message);
        Assert.Empty(fixture.AllFiles());
    }

    [Fact]
    public async Task A_plain_docx_with_its_content_types_is_still_accepted()
    {
        var stored = await fixture.SaveAsync(EvidenceSamples.Docx(), "bao-cao.docx");

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", stored.ContentType);
    }

    [Fact]
    public async Task A_docx_shaped_zip_bomb_is_refused_before_anything_is_expanded()
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open()) types.Write("<Types/>"u8);
            using var body = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 60; i++) body.Write(spaces);
        }
        Assert.True(memory.Length < 1024 * 1024);

        var e = await Assert.ThrowsAsync<EvidenceRejectedException>(() => fixture.SaveAsync(memory.ToArray(), "bao-cao.docx"));

        Assert.Equal(EvidenceRejectionReason.TooLarge, e.Reason);
        Assert.Empty(fixture.AllFiles());
    }

    [Theory]
    [InlineData("../../x.pdf", "x.pdf")]
    [InlineData("/etc/cron.d/x.pdf", "x.pdf")]
    [InlineData("C:\\Windows\\System32\\x.pdf", "x.pdf")]
    [InlineData("\\\\may-chu\\chia-se\\x.pdf", "x.pdf")]
    [InlineData("x.pdf\0/../../y.pdf", "y.pdf")]
    [InlineData("bao-cao.pdf\0.exe", "bao-cao.pdf.exe")]
    [InlineData("..\\../..\\Ba\u0301o ca\u0301o.pdf", "Báo cáo.pdf")]
    public async Task A_name_never_becomes_a_path_in_the_store(string name, string safe)
    {
        var stored = await fixture.SaveAsync(EvidenceSamples.Pdf(), name);

        Assert.Equal(safe, stored.SafeFileName);
        var only = Assert.Single(fixture.AllFiles());
        Assert.Equal(Path.Combine(fixture.Root, stored.Sha256[..2], stored.Sha256), only);
    }

    [Fact]
    public async Task A_very_long_decomposed_vietnamese_name_is_stored_composed_and_cut_to_150_characters()
    {
        var name = string.Concat(Enumerable.Repeat("Ke\u0302\u0301 hoa\u0323ch ca\u0309i ca\u0301ch ha\u0300nh chi\u0301nh ", 40)) + "2025.pdf";

        var stored = await fixture.SaveAsync(EvidenceSamples.Pdf(), name);

        Assert.True(stored.SafeFileName.Length <= 150, stored.SafeFileName);
        Assert.StartsWith("Kế hoạch cải cách hành chính Kế hoạch", stored.SafeFileName);
        Assert.EndsWith(".pdf", stored.SafeFileName);
        Assert.True(stored.SafeFileName.IsNormalized(NormalizationForm.FormC));
    }

    public void Dispose() => fixture.Dispose();
}
