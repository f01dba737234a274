using System.Globalization;
using CsvHelper;

namespace ParIndex.App.Files;

/// <summary>
/// Writes the project's CSV dialect with CsvHelper (decision 012): UTF-8, comma-separated, records ending with a line
/// feed, fields quoted only when they hold a comma, semicolon, quote or line break. Numbers are written as numbers in
/// the invariant culture; text is guarded against spreadsheet formulas (<see cref="SpreadsheetGuard"/>).
/// </summary>
public sealed class CsvOutput : IDisposable
{
    private readonly CsvWriter _writer;

    private CsvOutput(CsvWriter writer) => _writer = writer;

    private static CsvWriterOptions Options(bool byteOrderMark) => new()
    {
        NewLine = "\n",
        ValidateFieldCount = false,
        WriteByteOrderMark = byteOrderMark,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Writes UTF-8 to a stream (with a byte order mark if asked: Excel then reads the diacritics right).</summary>
    public static CsvOutput To(Stream stream, bool byteOrderMark = false, bool leaveOpen = true) =>
        new(CsvWriter.Create(stream, Options(byteOrderMark), leaveOpen));

    public static CsvOutput To(TextWriter writer, bool leaveOpen = true) => new(CsvWriter.Create(writer, Options(false), leaveOpen));

    /// <summary>A whole CSV document as UTF-8 bytes.</summary>
    public static byte[] Bytes(Action<CsvOutput> write, bool byteOrderMark = false)
    {
        using var memory = new MemoryStream();
        using (var csv = To(memory, byteOrderMark)) write(csv);
        return memory.ToArray();
    }

    /// <summary>A whole CSV document as text.</summary>
    public static string Text(Action<CsvOutput> write)
    {
        var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = To(text)) write(csv);
        return text.ToString();
    }

    /// <summary>A text field, guarded against formulas; <c>null</c> is an empty field.</summary>
    public CsvOutput Field(string? value)
    {
        if (string.IsNullOrEmpty(value)) _writer.WriteField(ReadOnlySpan<char>.Empty);
        else
        {
            var text = SpreadsheetGuard.Guard(value);
            // A lone field with a semicolon is quoted too, so the header rule never reads it as a separator.
            _writer.WriteField(text, text.Contains(';') ? CsvQuoting.Always : CsvQuoting.WhenNeeded);
        }
        return this;
    }

    public CsvOutput Number(long value)
    {
        _writer.WriteField(value, default);
        return this;
    }

    /// <summary>A number in the invariant culture with a .NET format (<c>0.00</c>); <c>null</c> is an empty field.</summary>
    public CsvOutput Number(decimal? value, string format)
    {
        if (value is { } v) _writer.WriteField(v, format);
        else _writer.WriteField(ReadOnlySpan<char>.Empty);
        return this;
    }

    public CsvOutput Number(double? value, string format)
    {
        if (value is { } v) _writer.WriteField(v, format);
        else _writer.WriteField(ReadOnlySpan<char>.Empty);
        return this;
    }

    /// <summary>Ends the record.</summary>
    public void EndRow() => _writer.EndRecord();

    /// <summary>A record of text fields.</summary>
    public void Row(IEnumerable<string?> fields)
    {
        foreach (var f in fields) Field(f);
        _writer.EndRecord();
    }

    public void Dispose() => _writer.Dispose();
}
