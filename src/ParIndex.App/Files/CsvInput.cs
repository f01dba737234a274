using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Files;

/// <summary>
/// Reads the project's one CSV dialect (docs/formats.md, decision 012) with CsvHelper, one record at a time, so memory
/// holds one record whatever the file's length: RFC 4180 in UTF-8 (a UTF-8 byte order mark is dropped), separated by
/// commas, or by semicolons when the header has semicolons and no comma (Excel in Vietnamese writes those, since the
/// comma is its decimal mark). Blank lines are skipped; each record knows the line it starts on. A quote inside an
/// unquoted field is kept as text. Refused where it stands, with the file and line: a NUL character, bytes that are not
/// UTF-8, a UTF-16 file, a quoted field never closed, text after a closing quote, a record over
/// <see cref="MaxRecordBytes"/>. A value that <see cref="CsvOutput"/> guarded against spreadsheet formulas
/// (<c>'=…</c>) is read back as it was written.
/// </summary>
public sealed class CsvInput : IDisposable
{
    /// <summary>The longest record read: far beyond any real row, short of what a hostile file could make us hold.</summary>
    public const int MaxRecordBytes = 64 << 20;

    /// <summary>How much of a file is looked at for the header line that decides the separator.</summary>
    private const int HeadBytes = 1 << 20;

    private readonly CsvReader _reader;
    private readonly string _file;
    private readonly Stream? _stream;
    private CsvMalformedRecord? _malformed;

    private CsvInput(Func<CsvReaderOptions, CsvReader> open, char separator, string file, Stream? stream = null)
    {
        _file = file;
        _stream = stream;
        _reader = open(new CsvReaderOptions
        {
            HasHeader = false,
            Separator = separator,
            DetectSeparatorHint = false,
            TrackLineNumbers = true,
            MaxRecordSize = MaxRecordBytes,
            OnMalformedRecord = m => _malformed ??= m,
        });
    }

    /// <summary>The line (1-based) the current record starts on.</summary>
    public int Line { get; private set; }

    /// <summary>How many bytes of the file have been read so far (0 for text held in memory): a long read's progress.</summary>
    public long BytesRead => _stream?.Position ?? 0;

    /// <summary>The file's length in bytes (0 for text held in memory).</summary>
    public long Length => _stream?.Length ?? 0;

    /// <summary>The number of fields of the current record.</summary>
    public int Count => _reader.FieldCount;

    /// <summary>Field <paramref name="index"/> of the current record as text (empty past the end of the record).</summary>
    public string this[int index] => SpreadsheetGuard.Unguard(_reader.GetString(index));

    /// <summary>Field <paramref name="index"/> as UTF-8 bytes, valid until the next <see cref="Read"/>; a guard is not removed.</summary>
    public ReadOnlySpan<byte> Utf8(int index) => _reader.GetSpan(index);

    /// <summary>Every field of the current record.</summary>
    public string[] Fields()
    {
        var fields = new string[Count];
        for (var i = 0; i < fields.Length; i++) fields[i] = this[i];
        return fields;
    }

    /// <summary>A CSV file, read as UTF-8 bytes.</summary>
    public static CsvInput Open(string path)
    {
        var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        try
        {
            var head = new byte[Math.Min(HeadBytes, stream.Length)];
            head = head[..stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false)];
            if (head is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..])
                throw new ImportException([new ImportProblem(path, ReaderMessages.Utf16(), 1)]);
            var end = head.AsSpan().IndexOfAny((byte)'\r', (byte)'\n');
            var separator = Separator(head.AsSpan(0, end < 0 ? head.Length : end), (byte)';', (byte)',');
            stream.Position = 0;
            return new CsvInput(o => CsvReader.Create(stream, o, leaveOpen: false), (char)separator, path, stream);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>CSV text held in a string; <paramref name="file"/> names it in problems.</summary>
    public static CsvInput FromText(string text, string file)
    {
        var start = text.StartsWith('\uFEFF') ? 1 : 0;
        var end = text.AsSpan(start).IndexOfAny('\r', '\n');
        var separator = Separator(text.AsSpan(start, end < 0 ? text.Length - start : end), ';', ',');
        return new CsvInput(o => CsvReader.FromText(text, o), separator, file);
    }

    /// <summary>
    /// CSV text from a reader, which is read as records are asked for (its first line first, to choose the separator);
    /// an exception from the reader (e.g. invalid UTF-8 with a throwing decoder) passes through.
    /// </summary>
    public static CsvInput FromReader(TextReader reader, string file)
    {
        if (reader.Peek() == '\uFEFF') reader.Read();
        var head = new StringBuilder();
        while (reader.Peek() is >= 0 and not ('\r' or '\n') && head.Length < HeadBytes) head.Append((char)reader.Read());
        var separator = Separator(head.ToString().AsSpan(), ';', ',');
        return new CsvInput(o => CsvReader.Create(new HeadFirst(head.ToString(), reader), o, leaveOpen: false), separator, file);
    }

    private static T Separator<T>(ReadOnlySpan<T> header, T semicolon, T comma) where T : IEquatable<T> =>
        header.Contains(semicolon) && !header.Contains(comma) ? semicolon : comma;

    /// <summary>Moves to the next record that is not a blank line; false at the end of the file.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        _malformed = null;
        try
        {
            if (!_reader.Read()) return false;
        }
        catch (CsvFormatException e)
        {
            throw new ImportException([new ImportProblem(_file, ReaderMessages.RecordTooLong(MaxRecordBytes >> 20),
                e.LineNumber > 0 ? (int)e.LineNumber : Line + 1)]);
        }
        Line = (int)_reader.LineNumber;
        var raw = _reader.RawRecord;
        var nul = raw.IndexOf((byte)0);
        if (nul >= 0)
            throw Problem(nul, ReaderMessages.NulNotUtf8());
        if (!System.Text.Unicode.Utf8.IsValid(raw))
            throw Problem(InvalidAt(raw), ReaderMessages.NotUtf8());
        if (_malformed is { Reason: CsvMalformedReason.UnterminatedQuote })
            throw Problem(0, ReaderMessages.UnclosedQuote());
        if (_malformed is { Reason: CsvMalformedReason.TextAfterClosingQuote } m)
            throw Problem((int)Math.Clamp(m.ByteOffset - _reader.ByteOffset, 0, raw.Length), ReaderMessages.TextAfterQuote());
        return true;
    }

    /// <summary>A problem at byte <paramref name="at"/> of the current record, on the line that byte is on.</summary>
    private ImportException Problem(int at, Message message)
    {
        var raw = _reader.RawRecord[..at];
        var breaks = raw.Count((byte)'\n') + raw.Count((byte)'\r') - raw.Count("\r\n"u8);
        return new ImportException([new ImportProblem(_file, message, Line + breaks)]);
    }

    private static int InvalidAt(ReadOnlySpan<byte> raw)
    {
        System.Text.Unicode.Utf8.ToUtf16(raw, new char[raw.Length], out var read, out _, replaceInvalidSequences: false);
        return read;
    }

    public void Dispose() => _reader.Dispose();

    /// <summary>The header line already taken from a reader, then the rest of it.</summary>
    private sealed class HeadFirst(string head, TextReader rest) : TextReader
    {
        private int _at;

        public override int Peek() => _at < head.Length ? head[_at] : rest.Peek();

        public override int Read() => _at < head.Length ? head[_at++] : rest.Read();

        public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

        public override int Read(Span<char> buffer)
        {
            if (_at >= head.Length) return rest.Read(buffer);
            var n = Math.Min(buffer.Length, head.Length - _at);
            head.AsSpan(_at, n).CopyTo(buffer);
            _at += n;
            return n;
        }

        protected override void Dispose(bool disposing)
        {
            if (disposing) rest.Dispose();
            base.Dispose(disposing);
        }
    }
}
