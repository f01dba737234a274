using System.Text;

namespace ParIndex.Domain.Composite;

/// <summary>
/// A CSV file as RFC 4180 defines it: comma-separated fields, records ended by CRLF or LF, fields optionally in double
/// quotes (a quoted field may hold commas, line breaks and doubled quotes). A leading UTF-8 byte order mark is
/// dropped, blank lines are skipped, and every record must have as many fields as the header.
/// </summary>
public sealed class CsvTable
{
    public string File { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<CsvRow> Rows { get; }

    private CsvTable(string file, IReadOnlyList<string> header, IReadOnlyList<CsvRow> rows)
    {
        File = file;
        Header = header;
        Rows = rows;
    }

    /// <summary>The position of a column by name (ignoring case and surrounding spaces), or -1.</summary>
    public int ColumnIndex(string name)
    {
        for (var i = 0; i < Header.Count; i++)
            if (string.Equals(Header[i], name, StringComparison.OrdinalIgnoreCase)) return i;
        return -1;
    }

    public static CsvTable Parse(string file, string text)
    {
        var records = Records(file, text);
        if (records.Count == 0) throw new CompositeException(new CompositeProblem(file, "the file is empty; a header row is needed"));
        var header = records[0].Cells.Select(c => c.Trim()).ToList();
        var problems = new List<CompositeProblem>();
        var rows = new List<CsvRow>();
        foreach (var record in records.Skip(1))
        {
            if (record.Cells.Count != header.Count)
                problems.Add(new CompositeProblem(file, $"this row has {record.Cells.Count} fields, the header has {header.Count}", record.Line));
            else rows.Add(record);
        }
        if (problems.Count > 0) throw new CompositeException(problems);
        return new CsvTable(file, header, rows);
    }

    private static List<CsvRow> Records(string file, string text)
    {
        var records = new List<CsvRow>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var line = 1;
        var recordLine = 1;
        var quotedField = false;

        void EndField()
        {
            fields.Add(field.ToString());
            field.Clear();
            quotedField = false;
        }

        void EndRecord()
        {
            EndField();
            if (fields.Count > 1 || fields[0].Trim().Length > 0) records.Add(new CsvRow(recordLine, fields.ToArray()));
            fields.Clear();
        }

        while (i < text.Length)
        {
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quotedField)
            {
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length)
                        throw new CompositeException(new CompositeProblem(file, "a quoted field is never closed (missing \")", start));
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"')
                        {
                            field.Append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i]);
                    i++;
                }
                quotedField = true;
                if (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                    throw new CompositeException(new CompositeProblem(file, "unexpected text after a closing quote", line));
                continue;
            }
            if (c == ',')
            {
                EndField();
                i++;
            }
            else if (c is '\r' or '\n')
            {
                EndRecord();
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                line++;
                recordLine = line;
            }
            else
            {
                field.Append(c);
                i++;
            }
        }
        if (field.Length > 0 || fields.Count > 0 || quotedField) EndRecord();
        return records;
    }
}
