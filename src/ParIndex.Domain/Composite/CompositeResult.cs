namespace ParIndex.Domain.Composite;

/// <summary>
/// A built index (COINr's "Aggregated" data set): per column (see <see cref="CompositeLayout"/>) the value of every
/// unit, NaN where missing; the rank of every unit on the top aggregate (0 = no rank, the top aggregate is missing);
/// and the warnings met on the way.
/// </summary>
public sealed record CompositeResult(
    CompositeLayout Layout,
    IReadOnlyList<string> Units,
    double[][] Values,
    int[] Ranks,
    IReadOnlyList<string> Warnings,
    CompositeOptions Options)
{
    public double Value(string unit, string code)
    {
        var u = Units.ToList().IndexOf(unit);
        var c = Layout.Columns.Select(n => n.Code).ToList().IndexOf(code);
        if (u < 0 || c < 0) throw new KeyNotFoundException($"{unit}/{code}");
        return Values[c][u];
    }

    public int Rank(string unit) => Ranks[Units.ToList().IndexOf(unit)];
}
