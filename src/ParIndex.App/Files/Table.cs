using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Files;

/// <summary>
/// A header and rows read from a CSV file or the first sheet of an XLSX workbook, so every input can come in
/// either form and every problem is located the same way (file, sheet, line, column).
/// </summary>
public sealed class Table
{
    private readonly bool _spreadsheet;

    private readonly int? _headerLine;

    private Table(string file, string? sheet, IReadOnlyList<string> header, IReadOnlyList<TableRow> rows, bool spreadsheet, int? headerLine = null)
    {
        File = file;
        Sheet = sheet;
        Header = header;
        Rows = rows;
        _spreadsheet = spreadsheet;
        _headerLine = headerLine;
    }

    public string File { get; }

    public string? Sheet { get; }

    public IReadOnlyList<string> Header { get; }

    public IReadOnlyList<TableRow> Rows { get; }

    public static Table Load(string path) =>
        IsCsv(path) ? FromCsv(Csv.Records(path), path) : FromXlsx(System.IO.File.ReadAllBytes(path), path);

    /// <summary>Whether a table file is CSV (else XLSX); a missing file or another extension is refused.</summary>
    internal static bool IsCsv(string path)
    {
        if (!System.IO.File.Exists(path)) throw new ImportException([new ImportProblem(path, NotFoundMessages.File())]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".xlsx" => false,
            ".csv" or ".txt" => true,
            var ext => throw new ImportException([new ImportProblem(path, ReaderMessages.WrongExtension(ext))]),
        };
    }

    public static Table FromCsv(string text, string file) => FromCsv(Csv.Parse(text, file), file);

    private static Table FromCsv(IEnumerable<(int Line, string[] Fields)> csv, string file)
    {
        var records = csv.ToList();
        if (records.Count == 0) throw EmptyCsv(file);
        var rows = records.Skip(1).Select(r => new TableRow(r.Line, r.Fields)).ToList();
        return new Table(file, null, CsvHeader(records[0].Fields), rows, spreadsheet: false);
    }

    /// <summary>
    /// The header of a CSV file read one row at a time, without rows; <paramref name="firstRowLine"/> is the line of
    /// the first data row (null when there is none), which locates a problem with the header as a whole table would.
    /// </summary>
    internal static Table CsvHeaderOnly(string file, string[] header, int? firstRowLine) =>
        new(file, null, CsvHeader(header), [], spreadsheet: false, firstRowLine is { } line ? Math.Max(1, line - 1) : 1);

    internal static ImportException EmptyCsv(string file) =>
        new([new ImportProblem(file, ReaderMessages.EmptyCsv(), 1)]);

    private static List<string> CsvHeader(string[] fields) => [.. fields.Select(h => h.Trim())];

    public static Table FromXlsx(byte[] bytes, string file)
    {
        var sheet = XlsxReader.Read(bytes, file).FirstOrDefault()
            ?? throw new ImportException([new ImportProblem(file, ReaderMessages.NoSheet())]);
        var nonEmpty = sheet.Rows.Select((cells, i) => (cells, line: i + 1)).Where(r => r.cells.Any(c => !string.IsNullOrWhiteSpace(c))).ToList();
        if (nonEmpty.Count == 0) throw new ImportException([new ImportProblem(file, ReaderMessages.EmptySheet(), Sheet: sheet.Name)]);
        var header = nonEmpty[0].cells.Select(h => (h ?? "").Trim()).ToList();
        var rows = nonEmpty.Skip(1).Select(r => new TableRow(r.line, r.cells)).ToList();
        return new Table(file, sheet.Name, header, rows, spreadsheet: true);
    }

    /// <summary>The column with that header (case and surrounding spaces ignored), or −1.</summary>
    public int Column(string name) =>
        Header.ToList().FindIndex(h => string.Equals(h, name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Finds the required columns, adding a problem for each one missing.</summary>
    public int[] RequireColumns(List<ImportProblem> problems, params string[] names)
    {
        var columns = names.Select(Column).ToArray();
        for (var i = 0; i < names.Length; i++)
            if (columns[i] < 0)
                problems.Add(new ImportProblem(File, ReaderMessages.MissingColumn(names[i], string.Join(",", Header)), HeaderLine, Sheet: Sheet));
        return columns;
    }

    public ImportProblem Problem(TableRow row, int column, string message, string? node = null) => Problem(row.Line, column, message, node);

    public ImportProblem Problem(TableRow row, int column, Domain.Messages.Message message, string? node = null) => Problem(row.Line, column, message, node);

    public ImportProblem Problem(int line, int column, string message, string? node = null) =>
        new(File, message, line, ColumnLabel(column), Sheet, node);

    public ImportProblem Problem(int line, int column, Domain.Messages.Message message, string? node = null) =>
        new(File, message, line, ColumnLabel(column), Sheet, node);

    private int HeaderLine => _headerLine ?? (Rows.Count > 0 ? Math.Max(1, Rows[0].Line - 1) : 1);

    private string? ColumnLabel(int column) => column < 0 ? null
        : _spreadsheet ? $"{CellRef.ColumnName(column)} ({HeaderName(column)})"
        : $"{column + 1} ({HeaderName(column)})";

    private string HeaderName(int column) => column < Header.Count ? Header[column] : "?";
}
