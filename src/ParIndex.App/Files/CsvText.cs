using System.Text;

namespace ParIndex.App.Files;

/// <summary>
/// RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. A UTF-8 BOM is dropped. The separator
/// is a comma, or a semicolon when the header has semicolons and no commas (Excel in Vietnamese writes those,
/// since the comma is its decimal mark).
/// </summary>
public static class CsvText
{
    /// <summary>The records of a CSV text, each with the line it starts on; blank lines are skipped.</summary>
    public static IReadOnlyList<(int Line, string[] Fields)> Parse(string text, string file) =>
        [.. Records(new StringReader(text), file)];

    /// <summary>
    /// The records of a CSV stream read one character at a time, so memory holds one record, not the file; an
    /// exception from the reader (e.g. invalid UTF-8 with a throwing decoder) passes through.
    /// </summary>
    public static IEnumerable<(int Line, string[] Fields)> Records(TextReader reader, string file)
    {
        var source = new Source(reader);
        var separator = source.Head.Contains(';') && !source.Head.Contains(',') ? ';' : ',';
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1;
        var quotedField = false;
        while (true)
        {
            var c = source.Read();
            if (c == '\0') throw NulCharacter(file, line);
            if (c < 0 || c is '\r' or '\n')
            {
                fields.Add(field.ToString());
                if (fields.Count > 1 || fields[0].Length > 0 || quotedField) yield return (recordLine, fields.ToArray());
                fields.Clear();
                field.Clear();
                quotedField = false;
                if (c < 0) yield break;
                if (c == '\r' && source.Peek() == '\n') source.Read();
                line++;
                recordLine = line;
                continue;
            }
            if (c == '"' && field.Length == 0 && !quotedField)
            {
                quotedField = true;
                var start = line;
                while (true)
                {
                    var q = source.Read();
                    if (q < 0) throw new ImportException([new ImportProblem(file, "một ô mở ngoặc kép mà không đóng / a quoted field is never closed", start)]);
                    if (q == '"')
                    {
                        if (source.Peek() == '"') { field.Append('"'); source.Read(); continue; }
                        break;
                    }
                    if (q == '\0') throw NulCharacter(file, line);
                    if (q == '\n') line++;
                    field.Append((char)q);
                }
                var next = source.Peek();
                if (next >= 0 && next != separator && next is not ('\r' or '\n'))
                    throw new ImportException([new ImportProblem(file, "có chữ sau dấu ngoặc kép đóng / unexpected text after a closing quote", line)]);
                continue;
            }
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
            }
            else field.Append((char)c);
        }
    }

    /// <summary>See <see cref="NulText"/>; in a CSV file it usually means UTF-16 or a binary file.</summary>
    private static ImportException NulCharacter(string file, int line) =>
        new([new ImportProblem(file, NulText.Message + ": tệp không phải UTF-8 (có thể là UTF-16 hoặc tệp nhị phân) / the file is not UTF-8 (perhaps UTF-16 or a binary file)", line)]);

    /// <summary>A reader whose first line (after a byte order mark) is known before reading starts, to choose the separator.</summary>
    private sealed class Source
    {
        private readonly TextReader _reader;
        private int _at;

        public Source(TextReader reader)
        {
            _reader = reader;
            if (reader.Peek() == '\uFEFF') reader.Read();
            var head = new StringBuilder();
            while (reader.Peek() is >= 0 and not ('\r' or '\n')) head.Append((char)reader.Read());
            Head = head.ToString();
        }

        public string Head { get; }

        public int Peek() => _at < Head.Length ? Head[_at] : _reader.Peek();

        public int Read() => _at < Head.Length ? Head[_at++] : _reader.Read();
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
