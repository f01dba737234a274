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
    public static IReadOnlyList<(int Line, string[] Fields)> Parse(string text, string file)
    {
        if (text.Length > 0 && text[0] == '\uFEFF') text = text[1..];
        var end = text.IndexOfAny(['\r', '\n']);
        var firstLine = end < 0 ? text : text[..end];
        var separator = firstLine.Contains(';') && !firstLine.Contains(',') ? ';' : ',';

        var records = new List<(int, string[])>();
        var fields = new List<string>();
        var field = new StringBuilder();
        int line = 1, recordLine = 1, i = 0;
        var quotedField = false;
        while (i <= text.Length)
        {
            if (i == text.Length || text[i] is '\r' or '\n')
            {
                fields.Add(field.ToString());
                if (fields.Count > 1 || fields[0].Length > 0 || quotedField) records.Add((recordLine, fields.ToArray()));
                fields.Clear();
                field.Clear();
                quotedField = false;
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                i++;
                line++;
                recordLine = line;
                continue;
            }
            var c = text[i];
            if (c == '"' && field.Length == 0 && !quotedField)
            {
                quotedField = true;
                var start = line;
                i++;
                while (true)
                {
                    if (i >= text.Length) throw new ImportException([new ImportProblem(file, "một ô mở ngoặc kép mà không đóng / a quoted field is never closed", start)]);
                    if (text[i] == '"')
                    {
                        if (i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    if (text[i] == '\n') line++;
                    field.Append(text[i++]);
                }
                if (i < text.Length && text[i] != separator && text[i] is not ('\r' or '\n'))
                    throw new ImportException([new ImportProblem(file, "có chữ sau dấu ngoặc kép đóng / unexpected text after a closing quote", line)]);
                continue;
            }
            if (c == separator)
            {
                fields.Add(field.ToString());
                field.Clear();
                quotedField = false;
            }
            else field.Append(c);
            i++;
        }
        return records;
    }

    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\r', '\n', ';']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    public static string Line(IEnumerable<string> fields) => string.Join(',', fields.Select(Field));
}
