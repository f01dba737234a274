namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Decides what an uploaded file really is from its first bytes, never from its name: PDF, PNG, JPEG, GIF, WebP,
/// TIFF, Office Open XML, OpenDocument and legacy (OLE2) Office files are accepted; everything else is refused —
/// HTML and SVG (whatever their extension), scripts, executables, plain text, other archives, PDFs that carry
/// JavaScript or launch actions and PDFs that cannot be parsed (<see cref="PdfActiveContent"/>).
/// </summary>
internal static class ContentSniffer
{
    private static ReadOnlySpan<byte> Pdf => "%PDF-"u8;
    private static ReadOnlySpan<byte> Png => [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static ReadOnlySpan<byte> Jpeg => [0xFF, 0xD8, 0xFF];
    private static ReadOnlySpan<byte> Gif87 => "GIF87a"u8;
    private static ReadOnlySpan<byte> Gif89 => "GIF89a"u8;
    private static ReadOnlySpan<byte> Riff => "RIFF"u8;
    private static ReadOnlySpan<byte> WebP => "WEBP"u8;
    private static ReadOnlySpan<byte> TiffLittleEndian => [0x49, 0x49, 0x2A, 0x00];
    private static ReadOnlySpan<byte> TiffBigEndian => [0x4D, 0x4D, 0x00, 0x2A];
    private static ReadOnlySpan<byte> Zip => [0x50, 0x4B, 0x03, 0x04];
    private static ReadOnlySpan<byte> Ole2 => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    /// <summary>The MIME type of the file at <paramref name="path"/> (an upload already streamed to disk).</summary>
    /// <param name="path">The file to inspect; it is reopened, and only its head (or a ZIP's directory) is read.</param>
    /// <param name="fileName">The uploaded name: consulted only after the OLE2 signature matched, to tell legacy Word,
    /// Excel and PowerPoint apart.</param>
    /// <param name="maxBytes">The upload limit, which also bounds what a ZIP-based document may expand to.</param>
    /// <exception cref="EvidenceRejectedException">The content is not an accepted type, or is a ZIP bomb.</exception>
    public static string Detect(string path, string fileName, long maxBytes)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
        Span<byte> buffer = stackalloc byte[16];
        ReadOnlySpan<byte> head = buffer[..file.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false)];

        if (head.StartsWith(Pdf))
        {
            file.Position = 0;
            return PdfActiveContent.Scan(file) switch
            {
                PdfActiveContent.Verdict.Inert => "application/pdf",
                PdfActiveContent.Verdict.Active => throw EvidenceRejectedException.ActiveContent(),
                _ => throw EvidenceRejectedException.UnreadablePdf(),
            };
        }
        if (head.StartsWith(Png)) return "image/png";
        if (head.StartsWith(Jpeg)) return "image/jpeg";
        if (head.StartsWith(Gif87) || head.StartsWith(Gif89)) return "image/gif";
        if (head.Length >= 12 && head.StartsWith(Riff) && head[8..12].SequenceEqual(WebP)) return "image/webp";
        if (head.StartsWith(TiffLittleEndian) || head.StartsWith(TiffBigEndian)) return "image/tiff";
        if (head.StartsWith(Zip)) return ZipDocument.Detect(file, maxBytes);
        if (head.StartsWith(Ole2)) return LegacyOffice(fileName);
        throw EvidenceRejectedException.TypeNotAllowed();
    }

    /// <summary>
    /// Legacy .doc, .xls and .ppt share the OLE2 compound-file format, so the extension picks among them once the
    /// signature matched. Other OLE2 files (Windows Installer .msi packages, Outlook .msg…) are refused.
    /// </summary>
    private static string LegacyOffice(string fileName) =>
        Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".doc" or ".dot" => "application/msword",
            ".xls" or ".xlt" => "application/vnd.ms-excel",
            ".ppt" or ".pps" or ".pot" => "application/vnd.ms-powerpoint",
            _ => throw EvidenceRejectedException.TypeNotAllowed(),
        };
}
