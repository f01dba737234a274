using ParIndex.App.Files;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>
/// A composite-index CSV file (structure, data or weights) as a header and rows, read with the App's CSV reader
/// (<see cref="CsvInput"/>, the one place this feature parses CSV); every row must have as many fields as the header.
/// </summary>
public sealed class CompositeTable
{
    public string File { get; }
    public IReadOnlyList<string> Header { get; }
    public IReadOnlyList<(int Line, string[] Cells)> Rows { get; }

    private CompositeTable(string file, IReadOnlyList<string> header, IReadOnlyList<(int, string[])> rows)
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

    public static CompositeTable Parse(string file, string text)
    {
        List<(int Line, string[] Fields)> records;
        try
        {
            records = [];
            using var csv = CsvInput.FromText(text, file);
            while (csv.Read())
                if (csv.Count > 1 || csv[0].Trim().Length > 0) records.Add((csv.Line, csv.Fields()));
        }
        catch (ImportException e)
        {
            throw new CompositeException(e.Problems.Select(p => new CompositeProblem(p.File, p.Message, p.Line)).ToList());
        }
        if (records.Count == 0) throw new CompositeException(new CompositeProblem(file, "the file is empty; a header row is needed"));
        var header = records[0].Fields.Select(c => c.Trim()).ToList();
        var problems = records.Skip(1).Where(r => r.Fields.Length != header.Count)
            .Select(r => new CompositeProblem(file, $"this row has {r.Fields.Length} fields, the header has {header.Count}", r.Line)).ToList();
        if (problems.Count > 0) throw new CompositeException(problems);
        return new CompositeTable(file, header, records.Skip(1).ToList());
    }
}
