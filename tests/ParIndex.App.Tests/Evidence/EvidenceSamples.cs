using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using P = DocumentFormat.OpenXml.Presentation;
using S = DocumentFormat.OpenXml.Spreadsheet;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace ParIndex.App.Tests.Evidence;

/// <summary>Real files, and real-looking impostors, built in memory for the evidence store tests.</summary>
internal static class EvidenceSamples
{
    /// <summary>A real 1×1 RGBA PNG.</summary>
    public static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    /// <summary>A real 1×1 GIF.</summary>
    public static readonly byte[] Gif = Convert.FromBase64String("R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==");

    /// <summary>A real 1×1 lossless WebP.</summary>
    public static readonly byte[] WebP = Convert.FromBase64String("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    /// <summary>A JPEG/JFIF header followed by padding (the sniffer reads signatures, not pixels).</summary>
    public static readonly byte[] JpegHeader =
        [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, (byte)'J', (byte)'F', (byte)'I', (byte)'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    /// <summary>A little-endian TIFF header pointing at an empty IFD.</summary>
    public static readonly byte[] TiffHeader = [0x49, 0x49, 0x2A, 0x00, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00];

    /// <summary>An OLE2 compound-file header, as legacy .doc/.xls/.ppt and .msi files start.</summary>
    public static readonly byte[] OleHeader = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

    /// <summary>A Windows executable's first bytes (MZ, the DOS stub's message).</summary>
    public static readonly byte[] WindowsExecutable = [(byte)'M', (byte)'Z', 0x90, 0x00, 0x03, .. "This program cannot be run in DOS mode."u8];

    /// <summary>A Linux executable's first bytes (ELF, 64-bit, little-endian).</summary>
    public static readonly byte[] Elf = [0x7F, (byte)'E', (byte)'L', (byte)'F', 0x02, 0x01, 0x01, 0x00, .. new byte[56]];

    public static readonly byte[] Html = "<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"u8.ToArray();

    public static readonly byte[] SvgWithScript =
        """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.cookie)</script></svg>"""u8.ToArray();

    public static readonly byte[] ShellScript = "#!/bin/sh\nrm -rf /\n"u8.ToArray();

    public static readonly byte[] PlainText = "Báo cáo tự đánh giá chỉ số cải cách hành chính năm 2024"u8.ToArray();

    /// <summary>A minimal valid PDF 1.4: one empty A4 page, with a correct cross-reference table.</summary>
    public static byte[] Pdf()
    {
        string[] objects =
        [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        ];
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append($"{offset:D10} 00000 n \n");
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    public static byte[] Docx()
    {
        using var memory = new MemoryStream();
        using (var document = WordprocessingDocument.Create(memory, WordprocessingDocumentType.Document))
        {
            document.AddMainDocumentPart().Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("Báo cáo")))));
        }
        return memory.ToArray();
    }

    public static byte[] Xlsx()
    {
        using var memory = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(memory, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new S.Workbook();
            var sheet = workbook.AddNewPart<WorksheetPart>();
            sheet.Worksheet = new S.Worksheet(new S.SheetData());
            workbook.Workbook.AppendChild(new S.Sheets(new S.Sheet { Id = workbook.GetIdOfPart(sheet), SheetId = 1, Name = "Điểm" }));
        }
        return memory.ToArray();
    }

    public static byte[] Pptx()
    {
        using var memory = new MemoryStream();
        using (var document = PresentationDocument.Create(memory, PresentationDocumentType.Presentation))
        {
            document.AddPresentationPart().Presentation = new P.Presentation();
        }
        return memory.ToArray();
    }

    /// <summary>An OpenDocument text: the stored "mimetype" entry first, as ODF requires.</summary>
    public static byte[] Odt() => Zip(
        ("mimetype", "application/vnd.oasis.opendocument.text"u8.ToArray()),
        ("content.xml", """<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>"""u8.ToArray()),
        ("META-INF/manifest.xml", """<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>"""u8.ToArray()));

    /// <summary>A Word file shaped like .docm: it carries a VBA project.</summary>
    public static byte[] MacroEnabledWord() => Zip(
        ("[Content_Types].xml", "<Types/>"u8.ToArray()),
        ("word/document.xml", "<w:document/>"u8.ToArray()),
        ("word/vbaProject.bin", [0xD0, 0xCF, 0x11, 0xE0]));

    public static byte[] Zip(params (string Name, byte[] Content)[] entries)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                var level = name == "mimetype" ? CompressionLevel.NoCompression : CompressionLevel.Optimal;
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }
        return memory.ToArray();
    }

    /// <summary>An .xlsx-shaped ZIP bomb: one sheet of <paramref name="zeroBytes"/> zeros, compressed about 1000:1.</summary>
    public static byte[] XlsxBomb(long zeroBytes)
    {
        using var memory = new MemoryStream();
        using (var zip = new ZipArchive(memory, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = zip.CreateEntry("[Content_Types].xml").Open()) types.Write("<Types/>"u8);
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (long written = 0; written < zeroBytes; written += zeros.Length) sheet.Write(zeros, 0, (int)Math.Min(zeros.Length, zeroBytes - written));
        }
        return memory.ToArray();
    }

    /// <summary>An .xlsx-shaped ZIP with <paramref name="count"/> tiny entries.</summary>
    public static byte[] XlsxWithEntries(int count) =>
        Zip([("[Content_Types].xml", "<Types/>"u8.ToArray()), .. Enumerable.Range(0, count).Select(i => ($"xl/media/{i}.xml", Array.Empty<byte>()))]);
}
