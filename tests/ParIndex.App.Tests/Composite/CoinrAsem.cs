using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>COINr 1.1.14's example index (ASEM, 51 units × 49 indicators), copied from /work/shared/fixtures/coinr-asem.</summary>
internal static class CoinrAsem
{
    public static string Path(string file) => System.IO.Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Fixtures", file);

    public static string Text(string file) => File.ReadAllText(Path(file));

    public static IndexStructure Structure() => IndexMetaReader.Read("imeta.csv", Text("imeta.csv"));

    public static UnitData Treated(IndexStructure structure) => UnitDataReader.Read("treated.csv", Text("treated.csv"), structure);

    public static CompositeResult Build() => Build(CompositeOptions.Default);

    public static CompositeResult Build(CompositeOptions options)
    {
        var structure = Structure();
        return CompositeIndex.Build(structure, Treated(structure), options);
    }

    /// <summary>An expected table: header, and per uCode its values by column name.</summary>
    public static (IReadOnlyList<string> Header, Dictionary<string, Dictionary<string, double>> Rows) Expected(string file)
    {
        var table = CompositeTable.Parse(file, Text(file));
        var rows = table.Rows.ToDictionary(r => r.Cells[0], r => table.Header.Skip(1)
            .Select((h, i) => (h, v: CompositeCell.Number(r.Cells[i + 1])!.Value)).ToDictionary(x => x.h, x => x.v));
        return (table.Header, rows);
    }

    /// <summary>|actual − expected| / |expected| (absolute difference when expected is 0).</summary>
    public static double RelativeError(double actual, double expected) =>
        expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);
}
