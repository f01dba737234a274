namespace ParIndex.App.Spreadsheets;

/// <summary>
/// One worksheet as read: <c>Rows[0]</c> is Excel row 1, and within a row index 0 is column A. Cells are text:
/// strings as stored, numbers exactly as stored (invariant culture, e.g. "0.5"), booleans "TRUE"/"FALSE", empty cells
/// null. Missing rows and cells are padded so every value keeps its position; trailing empty cells and rows are dropped.
/// </summary>
public sealed record SheetData(string Name, IReadOnlyList<IReadOnlyList<string?>> Rows)
{
    /// <summary>The cell at a 0-based row and column, or null when the sheet has nothing there.</summary>
    public string? Cell(int row, int column) =>
        row < Rows.Count && column < Rows[row].Count ? Rows[row][column] : null;
}
