using System.Globalization;
using System.Text;

namespace ParIndex.App.Features.Demo;

/// <summary>
/// Tiny but valid one-page PDF documents for the demo's evidence (PDF 1.4: catalog, page tree, one page, a standard
/// Helvetica font, an info dictionary, and a correct cross-reference table). The page text is written without
/// diacritics, since the standard fonts cannot show Vietnamese; the document title keeps them (UTF-16 in the info
/// dictionary), so a viewer's title bar shows the real name.
/// </summary>
internal static class DemoPdf
{
    public static byte[] Create(string title, IReadOnlyList<string> lines)
    {
        var content = new StringBuilder();
        content.Append("BT\n/F1 11 Tf\n14 TL\n56 780 Td\n");
        foreach (var line in lines)
            content.Append('(').Append(Escape(Ascii(line))).Append(") Tj T*\n");
        content.Append("ET\n");
        var stream = content.ToString();

        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            $"<< /Length {Encoding.ASCII.GetByteCount(stream)} >>\nstream\n{stream}endstream",
            $"<< /Title <{Utf16Hex(title)}> /Producer (ParIndex demo) >>",
        };

        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length); // ASCII only, so characters are bytes
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Info {objects.Length} 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }

    /// <summary>Vietnamese without diacritics ("Sở Nội vụ" → "So Noi vu"); anything else non-ASCII becomes '?'.</summary>
    public static string Ascii(string text)
    {
        var decomposed = text.Replace('Đ', 'D').Replace('đ', 'd').Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            sb.Append(c is >= ' ' and <= '~' ? c : '?');
        }
        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("\\", "\\\\").Replace("(", "\\(").Replace(")", "\\)");

    private static string Utf16Hex(string text) => "FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(text));
}
