namespace ParIndex.App.Spreadsheets;

/// <summary>
/// One worksheet to write: rows of cells, each a <see cref="string"/>, <see cref="decimal"/>, <see cref="int"/>,
/// <see cref="bool"/> or null (an empty cell). The first row is a header (bold); <paramref name="Formats"/> maps a
/// 0-based column index to an Excel number format code such as "0.00". <paramref name="StyledHeader"/> draws the
/// header white on dark blue with borders; <paramref name="Chart"/> adds a native chart of the sheet's own cells.
/// </summary>
public sealed record Sheet(
    string Name,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int FrozenRows = 1,
    IReadOnlyDictionary<int, string>? Formats = null,
    bool StyledHeader = false,
    SheetChart? Chart = null);
