namespace ParIndex.Domain.Composite;

/// <summary>
/// COINr's iData: the units in file order; for each indicator its values in unit order (NaN = missing); and the
/// other columns as text (groupings such as <c>EurAsia_group</c>, null where empty), by column name.
/// <see cref="IndicatorOrder"/> is the order of the indicator columns in the file, the order COINr writes them.
/// </summary>
public sealed record UnitData(string File, IReadOnlyList<string> Units, IReadOnlyList<string> IndicatorOrder,
    IReadOnlyDictionary<string, double[]> Values, IReadOnlyDictionary<string, string?[]> Groups);
