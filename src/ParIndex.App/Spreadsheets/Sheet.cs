namespace ParIndex.App.Spreadsheets;

/// <summary>
/// One worksheet to write: rows of cells, each a <see cref="string"/>, <see cref="decimal"/>, <see cref="int"/>,
/// <see cref="bool"/> or null (an empty cell). The first row is a header (bold); <paramref name="Formats"/> maps a
/// 0-based column index to an Excel number format code such as "0.00".
/// </summary>
public sealed record Sheet(
    string Name,
    IReadOnlyList<IReadOnlyList<object?>> Rows,
    int FrozenRows = 1,
    IReadOnlyDictionary<int, string>? Formats = null);
