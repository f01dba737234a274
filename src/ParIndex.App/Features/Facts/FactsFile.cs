using System.Globalization;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Features.Facts;

/// <summary>One figure of an authoritative export, with where it is in the file.</summary>
internal sealed record FactRow(int Line, int ValueColumn, string Source, DateOnly FiguresOn, string Indicator, string Unit, decimal Value);

/// <summary>
/// The facts file (CSV or the first sheet of an XLSX workbook): one row per unit and indicator with columns
/// <c>nguon</c> (source), <c>ngay_so_lieu</c> (figures_date, dd/MM/yyyy or yyyy-MM-dd), <c>chi_so</c> (indicator),
/// <c>don_vi</c> (unit) and <c>gia_tri</c> (value, comma or dot). Every problem is located (file, sheet, row, column).
/// </summary>
internal static class FactsFile
{
    private static readonly (string Vi, string En)[] Columns =
        [("nguon", "source"), ("ngay_so_lieu", "figures_date"), ("chi_so", "indicator"), ("don_vi", "unit"), ("gia_tri", "value")];

    public static Table Load(string fileName, byte[] content) =>
        fileName.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase)
            ? Table.FromXlsx(content, fileName)
            : Table.FromCsv(new StreamReader(new MemoryStream(content), detectEncodingFromByteOrderMarks: true).ReadToEnd(), fileName);

    public static IReadOnlyList<FactRow> Read(Table table, DateOnly today, List<ImportProblem> problems)
    {
        var columns = Columns.Select(c => table.Column(c.Vi) is var vi and >= 0 ? vi : table.Column(c.En)).ToArray();
        for (var i = 0; i < Columns.Length; i++)
            if (columns[i] < 0) problems.Add(new ImportProblem(table.File, FactsMessages.NoColumn(Columns[i].Vi, Columns[i].En), Sheet: table.Sheet));
        if (columns.Any(c => c < 0)) return [];

        var rows = new List<FactRow>();
        var seen = new Dictionary<(string, string), int>();
        foreach (var row in table.Rows)
        {
            var cells = columns.Select(row.Cell).ToArray();
            var (unit, indicator) = (cells[3], cells[2]);
            var before = problems.Count;
            void Problem(int column, Message says) =>
                problems.Add(table.Problem(row, columns[column], unit.Length > 0 && indicator.Length > 0 ? FactsMessages.Of(unit, indicator, says) : says));
            for (var i = 0; i < cells.Length; i++)
                if (cells[i].Length == 0) Problem(i, FactsMessages.EmptyCell(table.Header[columns[i]]));
            DateOnly on = default;
            if (cells[1].Length > 0)
            {
                if (!DateOnly.TryParseExact(cells[1], ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out on))
                    Problem(1, FactsMessages.NotADate(cells[1]));
                else if (on > today) Problem(1, FactsMessages.FutureDate(on));
            }
            var (value, error) = cells[4].Length > 0 ? DecimalText.Read(cells[4]) : (0m, null);
            if (error is not null) Problem(4, error);
            if (unit.Length > 0 && indicator.Length > 0)
            {
                var key = (unit.ToUpperInvariant(), indicator.ToUpperInvariant());
                if (seen.TryGetValue(key, out var first)) Problem(2, FactsMessages.Twice(first));
                else seen[key] = row.Line;
            }
            if (problems.Count == before) rows.Add(new FactRow(row.Line, columns[4], cells[0], on, indicator, unit, value));
        }
        return rows;
    }
}
