namespace ParIndex.App.Files;

/// <summary>One data row of a table file with the line (CSV) or row (XLSX) it came from.</summary>
public sealed record TableRow(int Line, IReadOnlyList<string?> Cells)
{
    public string Cell(int column) => column >= 0 && column < Cells.Count ? (Cells[column] ?? "").Trim() : "";
}
