namespace ParIndex.Domain.Composite;

/// <summary>
/// A built index (COINr's "Aggregated" data set): per column (see <see cref="CompositeLayout"/>) the value of every
/// unit, NaN where missing; the rank of every unit on every aggregate (0 = missing) and on the top one; the weight
/// of every column within its parent as used; every cell that imputation or treatment changed; and the warnings.
/// </summary>
public sealed record CompositeResult(
    CompositeLayout Layout,
    IReadOnlyList<string> Units,
    double[][] Values,
    double[] Weights,
    IReadOnlyList<CellChange> Changes,
    IReadOnlyList<string> Warnings,
    CompositeOptions Options)
{
    /// <summary>Ranks on the top aggregate, 1 = highest.</summary>
    public int[] Ranks { get; } = MinRank.Descending(Values[Layout.TopColumn]);

    /// <summary>Ranks on every column (indicators normalised, aggregates), 1 = highest, as COINr's results tables.</summary>
    public int[] RankOf(int column) => column == Layout.TopColumn ? Ranks : MinRank.Descending(Values[column]);

    public double Value(string unit, string code) => Values[Column(code)][UnitIndex(unit)];

    public int Rank(string unit) => Ranks[UnitIndex(unit)];

    public int Column(string code)
    {
        for (var c = 0; c < Layout.Columns.Count; c++) if (Layout.Columns[c].Code == code) return c;
        throw new KeyNotFoundException(code);
    }

    private int UnitIndex(string unit)
    {
        for (var u = 0; u < Units.Count; u++) if (Units[u] == unit) return u;
        throw new KeyNotFoundException(unit);
    }
}
