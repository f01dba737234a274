namespace ParIndex.App.Spreadsheets;

/// <summary>
/// A native clustered bar chart of a sheet's own cells: categories from <paramref name="CategoryColumn"/>, one
/// series per column of <paramref name="SeriesColumns"/> (named by its header), over the data rows (all rows after
/// the header). Columns are 0-based. <paramref name="Horizontal"/> draws bars instead of columns.
/// </summary>
public sealed record SheetChart(string Title, int CategoryColumn, IReadOnlyList<int> SeriesColumns, bool Horizontal = false);
