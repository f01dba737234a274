using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace ParIndex.App.Evidence.Storage;

/// <summary>
/// Tells Office Open XML and OpenDocument files from other ZIP archives by their central directory, and refuses ZIP
/// bombs before anything is decompressed: too many entries, a declared total far over the upload limit, or a large
/// entry compressed at an absurd ratio.
/// </summary>
internal static partial class ZipDocument
{
    private const int MaxEntries = 10_000;
    private const int MaxExpansion = 20;
    private const long RatioCheckedFrom = 10 * 1024 * 1024;
    private const int MaxRatio = 100;

    private const uint EndOfCentralDirectorySignature = 0x06054B50;
    private const int EndOfCentralDirectorySize = 22;
    private const int MaxMimeTypeLength = 100;
    private const int MaxContentTypesLength = 1024 * 1024;

    /// <summary>The MIME type of the ZIP-based document in <paramref name="file"/>.</summary>
    /// <exception cref="EvidenceRejectedException">Not an Office or OpenDocument file, macro-enabled, or a ZIP bomb.</exception>
    public static string Detect(FileStream file, long maxBytes)
    {
        // ZipArchive stops reading the directory once it holds more entries than the end record declares, so checking
        // the declared count first bounds the memory a hostile directory can take.
        if (DeclaredEntryCount(file) > MaxEntries) throw EvidenceRejectedException.ExpandsTooMuch();
        file.Position = 0;
        try
        {
            using var zip = new ZipArchive(file, ZipArchiveMode.Read, leaveOpen: true);
            CheckExpansion(zip.Entries, maxBytes);
            return zip.GetEntry("[Content_Types].xml") is { } contentTypes ? OfficeOpenXml(contentTypes, zip.Entries)
                : zip.GetEntry("mimetype") is { } mimetype ? OpenDocument(mimetype)
                : throw EvidenceRejectedException.TypeNotAllowed();
        }
        catch (InvalidDataException)
        {
            throw EvidenceRejectedException.TypeNotAllowed();
        }
    }

    /// <summary>The entry count the end-of-central-directory record declares (ZIP64 archives count as too many).</summary>
    private static int DeclaredEntryCount(FileStream file)
    {
        var tailLength = (int)Math.Min(file.Length, EndOfCentralDirectorySize + ushort.MaxValue);
        var tail = new byte[tailLength];
        file.Position = file.Length - tailLength;
        file.ReadExactly(tail);
        for (var i = tailLength - EndOfCentralDirectorySize; i >= 0; i--)
        {
            var record = tail.AsSpan(i);
            if (BinaryPrimitives.ReadUInt32LittleEndian(record) != EndOfCentralDirectorySignature) continue;
            // any of these masked sends ZipArchive to the ZIP64 record, whose entry count this check would not see
            var zip64 = BinaryPrimitives.ReadUInt16LittleEndian(record[4..]) == ushort.MaxValue
                || BinaryPrimitives.ReadUInt32LittleEndian(record[16..]) == uint.MaxValue;
            return zip64 ? int.MaxValue : BinaryPrimitives.ReadUInt16LittleEndian(record[10..]);
        }
        throw EvidenceRejectedException.TypeNotAllowed();
    }

    private static void CheckExpansion(IEnumerable<ZipArchiveEntry> entries, long maxBytes)
    {
        long total = 0;
        foreach (var entry in entries)
        {
            total += entry.Length;
            var absurdRatio = entry.Length > (double)MaxRatio * Math.Max(entry.CompressedLength, 1);
            if (entry.Length > RatioCheckedFrom && absurdRatio) throw EvidenceRejectedException.ExpandsTooMuch();
            if (total > (double)MaxExpansion * maxBytes) throw EvidenceRejectedException.ExpandsTooMuch();
        }
    }

    private static string OfficeOpenXml(ZipArchiveEntry contentTypes, IEnumerable<ZipArchiveEntry> entries)
    {
        var names = entries.Select(e => e.FullName).ToList();
        if (names.Any(n => n.EndsWith("vbaProject.bin", StringComparison.OrdinalIgnoreCase)) || DeclaresMacros(contentTypes))
            throw EvidenceRejectedException.MacrosNotAllowed();
        bool Under(string folder) => names.Any(n => n.StartsWith(folder, StringComparison.Ordinal));
        return Under("word/") ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
            : Under("xl/") ? "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            : Under("ppt/") ? "application/vnd.openxmlformats-officedocument.presentationml.presentation"
            : throw EvidenceRejectedException.TypeNotAllowed();
    }

    /// <summary>
    /// A VBA project may sit in a part of any name: the content types say what it is (<c>vbaProject</c>, <c>vbaData</c>)
    /// or that the document is macro-enabled. Only the first <see cref="MaxContentTypesLength"/> characters are read.
    /// </summary>
    private static bool DeclaresMacros(ZipArchiveEntry contentTypes)
    {
        using var reader = new StreamReader(contentTypes.Open(), Encoding.UTF8);
        var buffer = new char[MaxContentTypesLength];
        var text = new string(buffer, 0, reader.ReadBlock(buffer));
        return MacroContentType().IsMatch(text);
    }

    [GeneratedRegex("vbaProject|vbaData|macroEnabled", RegexOptions.IgnoreCase)]
    private static partial Regex MacroContentType();

    /// <summary>An OpenDocument file names its type in a small "mimetype" entry, which becomes the content type.</summary>
    private static string OpenDocument(ZipArchiveEntry mimetype)
    {
        using var reader = new StreamReader(mimetype.Open(), Encoding.ASCII);
        Span<char> buffer = stackalloc char[MaxMimeTypeLength + 1];
        var type = buffer[..reader.ReadBlock(buffer)].ToString();
        return OpenDocumentType().IsMatch(type) ? type : throw EvidenceRejectedException.TypeNotAllowed();
    }

    [GeneratedRegex(@"^application/vnd\.oasis\.opendocument\.[a-z]+(-[a-z]+)?\z")]
    private static partial Regex OpenDocumentType();
}
