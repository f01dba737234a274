namespace ParIndex.App.Spreadsheets;

/// <summary>Excel cell references: column letters (A, B, …, Z, AA, …) and "B12"-style addresses.</summary>
public static class CellRef
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumns = 16384;

    public const int MaxRows = 1048576;

    public static string ColumnName(int zeroBasedIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(zeroBasedIndex);
        var name = "";
        for (var n = zeroBasedIndex + 1; n > 0; n = (n - 1) / 26)
            name = (char)('A' + (n - 1) % 26) + name;
        return name;
    }

    /// <summary>The address of a 0-based column and 1-based row, e.g. (1, 12) → "B12".</summary>
    public static string Address(int zeroBasedColumn, int row) => ColumnName(zeroBasedColumn) + row;

    /// <summary>Splits "B12" into column 1 (0-based) and row 12; a reference without a row gives row 0.</summary>
    internal static bool TryParse(string reference, out int zeroBasedColumn, out int row)
    {
        zeroBasedColumn = -1;
        row = 0;
        var i = 0;
        var column = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns) return false;
        }
        if (i == 0) return false;
        for (; i < reference.Length && char.IsAsciiDigit(reference[i]); i++)
        {
            row = row * 10 + (reference[i] - '0');
            if (row > MaxRows) return false;
        }
        zeroBasedColumn = column - 1;
        return i == reference.Length;
    }
}
