using System.Runtime.CompilerServices;
namespace ParIndex.App.Files;

/// <summary>
/// A table file read one row at a time, for inputs too large to hold as text: a CSV file is streamed (memory holds
/// one record, and a cell is read as characters without making a string of it), a workbook's first sheet is read whole
/// as a <see cref="Table"/>. Cells and problems are the same as <see cref="Table"/>'s: trimmed, the formula guard taken
/// away, located by file, sheet, line and column.
/// </summary>
public sealed class TableReader : IDisposable
{
    private readonly Table _table;
    private readonly CsvInput? _csv;
    private readonly IEnumerator<TableRow>? _rows;
    private readonly ProgressThrottle _progress;
    private char[][] _buffers = [];
    private bool _firstRowRead;

    private TableReader(Table table, CsvInput? csv, bool firstRowRead, IProgress<WorkProgress>? progress = null)
    {
        _table = table;
        _csv = csv;
        _firstRowRead = firstRowRead;
        _progress = new ProgressThrottle(progress, csv is null ? WorkMeasure.Rows : WorkMeasure.Bytes);
        if (csv is null) _rows = table.Rows.GetEnumerator();
    }

    public string File => _table.File;

    public string? Sheet => _table.Sheet;

    /// <summary>The line (CSV) or row (XLSX) of the current row.</summary>
    public int Line { get; private set; }

    /// <summary>How many data rows have been read so far.</summary>
    public int RowsRead { get; private set; }

    /// <summary>
    /// Opens a .csv (streamed) or .xlsx file; a missing, empty or unreadable file is refused. <paramref name="progress"/>
    /// is told the bytes of a CSV file read, or the rows of a workbook's sheet.
    /// </summary>
    public static TableReader Open(string path, IProgress<WorkProgress>? progress = null)
    {
        if (!Table.IsCsv(path)) return new TableReader(Table.Load(path), null, firstRowRead: false, progress);
        var csv = CsvInput.Open(path);
        try
        {
            if (!csv.Read()) throw Table.EmptyCsv(path);
            var header = csv.Fields();
            var firstRow = csv.Read();
            return new TableReader(Table.CsvHeaderOnly(path, header, firstRow ? csv.Line : null), csv, firstRow, progress);
        }
        catch
        {
            csv.Dispose();
            throw;
        }
    }

    /// <summary>The rows of a table already read.</summary>
    public static TableReader Over(Table table) => new(table, null, firstRowRead: false);

    /// <inheritdoc cref="Table.Column"/>
    public int Column(string name) => _table.Column(name);

    /// <inheritdoc cref="Table.RequireColumns"/>
    public int[] RequireColumns(List<ImportProblem> problems, params string[] names) => _table.RequireColumns(problems, names);

    /// <summary>Moves to the next row; false at the end of the table.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Read()
    {
        bool more;
        if (_csv is null) more = _rows!.MoveNext();
        else if (_firstRowRead)
        {
            more = true;
            _firstRowRead = false;
        }
        else more = _csv.Read();
        if (!more)
        {
            if (_progress.Listening) _progress.Finish(_csv?.Length ?? _table.Rows.Count);
            return false;
        }
        Line = _csv?.Line ?? _rows!.Current.Line;
        RowsRead++;
        if (_progress.Listening)
        {
            if (_csv is null) _progress.Report(RowsRead, _table.Rows.Count);
            else _progress.Report(_csv.BytesRead, _csv.Length);
        }
        return true;
    }

    /// <summary>The current row's cell, trimmed (empty past the end of the row); valid until the next <see cref="Read"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<char> Cell(int column)
    {
        if (_csv is null) return _rows!.Current.Cell(column);
        if (column < 0 || column >= _csv.Count) return [];
        var bytes = _csv.Utf8(column);
        // A quoted cell, or one that may carry the formula guard, is read as CsvInput reads it.
        if (bytes.Contains((byte)'"') || bytes.StartsWith("'"u8)) return _csv[column].AsSpan().Trim();
        if (_buffers.Length <= column) Array.Resize(ref _buffers, column + 1);
        var buffer = _buffers[column] ??= new char[64];
        if (buffer.Length < bytes.Length) buffer = _buffers[column] = new char[bytes.Length];
        var length = System.Text.Encoding.UTF8.GetChars(bytes, buffer);
        return buffer.AsSpan(0, length).Trim();
    }

    /// <summary>The current row's cell as text.</summary>
    public string Text(int column) => Cell(column).ToString();

    /// <summary>A problem at a cell of the current row.</summary>
    public ImportProblem Problem(int column, string message, string? node = null) => _table.Problem(Line, column, message, node);

    public ImportProblem Problem(int column, Domain.Messages.Message message, string? node = null) => _table.Problem(Line, column, message, node);

    public void Dispose()
    {
        _csv?.Dispose();
        _rows?.Dispose();
    }
}
