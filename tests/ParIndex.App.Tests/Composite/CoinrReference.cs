using System.Text;
using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>The tables COINr 1.1.14 wrote with Coinr/make-expected.R (ASEM example; 17 significant digits, NA missing).</summary>
internal static class CoinrReference
{
    public static string Path(string file) => System.IO.Path.Combine(Repo.Root, "tests", "ParIndex.App.Tests", "Composite", "Coinr", file);

    public static string Text(string file) => File.ReadAllText(Path(file), Encoding.UTF8);

    public static CompositeInputs Inputs(string data, string meta = "imeta.csv") => CompositeInputs.Read(meta, Text(meta), data, Text(data));

    /// <summary>A table as rows of cells by column name.</summary>
    public static List<Dictionary<string, string>> Rows(string file)
    {
        var table = CompositeTable.Parse(file, Text(file));
        return table.Rows.Select(r => table.Header.Select((h, i) => (h, r.Cells[i])).ToDictionary(x => x.h, x => x.Item2)).ToList();
    }

    /// <summary>
    /// A cell's number; NA is missing, and so is COINr's Inf/-Inf: where COINr divides by a zero maximum (fracmax of an
    /// indicator whose best value is 0) ParIndex gives missing and a warning instead (docs/composite.md).
    /// </summary>
    public static double Number(string cell) =>
        CompositeCell.IsMissing(cell) || cell.Trim() is "Inf" or "-Inf" ? double.NaN : CompositeCell.Number(cell)!.Value;

    /// <summary>|a − e| / |e| (|a − e| when e = 0); 0 when both are missing, infinite when only one is.</summary>
    public static double RelativeError(double actual, double expected) =>
        double.IsNaN(expected) || double.IsNaN(actual) ? (double.IsNaN(expected) && double.IsNaN(actual) ? 0 : double.PositiveInfinity)
        : expected == 0 ? Math.Abs(actual) : Math.Abs(actual - expected) / Math.Abs(expected);

    /// <summary>The largest relative error of the result against every numeric cell of an expected uCode table, and the cells compared.</summary>
    public static (double Worst, int Cells, string Where) Compare(CompositeResult result, string file)
    {
        var (worst, cells, where) = (0.0, 0, "");
        foreach (var row in Rows(file))
            foreach (var (code, cell) in row.Where(kv => kv.Key != "uCode"))
            {
                var e = RelativeError(result.Value(row["uCode"], code), Number(cell));
                cells++;
                if (e > worst) (worst, where) = (e, $"{row["uCode"]}/{code}: {result.Value(row["uCode"], code):R} vs {cell}");
            }
        return (worst, cells, where);
    }

    public static void AssertMatches(CompositeResult result, string file, int cells)
    {
        var (worst, compared, where) = Compare(result, file);
        Assert.Equal(cells, compared);
        Assert.True(worst <= 1e-9, $"{file}: max relative error {worst:G3} at {where}");
    }
}
