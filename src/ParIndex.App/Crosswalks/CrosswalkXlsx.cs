using System.Globalization;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Text;

namespace ParIndex.App.Crosswalks;

/// <summary>
/// The Excel crosswalk format (docs/formats.md): sheet "Ánh xạ", one row per link (old code and name, new code and
/// name, kind, share, the proposal's similarity, note), and sheet "Thông tin" naming the two editions. Names and
/// similarity are for the reader and are not read back. Every problem is reported at once by sheet, row and column.
/// </summary>
public static class CrosswalkXlsx
{
    public const string LinksSheet = "Ánh xạ";
    public const string InfoSheet = "Thông tin";

    private const string FromCode = "Mã cũ";
    private const string FromName = "Tên cũ";
    private const string ToCode = "Mã mới";
    private const string ToName = "Tên mới";
    private const string Kind = "Loại";
    private const string Share = "Tỷ lệ";
    private const string Similarity = "Độ giống";
    private const string Note = "Ghi chú";
    private const string Field = "Trường";
    private const string Value = "Giá trị";

    private static readonly string[] Headers = [FromCode, FromName, ToCode, ToName, Kind, Share, Similarity, Note];

    public static CrosswalkFile Read(byte[] bytes, string file)
    {
        var sheets = XlsxReader.Read(bytes, file);
        var problems = new List<ImportProblem>();
        if (sheets.Count == 0 || !Same(sheets[0].Name, LinksSheet))
            throw new ImportException([new ImportProblem(file, $"the first sheet must be '{LinksSheet}' (sheets: {string.Join(", ", sheets.Select(s => $"'{Excerpt.Of(s.Name)}'"))})")]);
        var table = Table.FromXlsx(bytes, file);
        for (var c = 0; c < table.Header.Count; c++)
            if (table.Header[c].Length > 0 && !Headers.Any(h => Same(h, table.Header[c])))
                problems.Add(new ImportProblem(file, $"unknown column '{Excerpt.Of(table.Header[c])}' (expected {string.Join(", ", Headers)})", Column: CellRef.ColumnName(c), Sheet: table.Sheet));
        var cols = table.RequireColumns(problems, FromCode, ToCode, Kind);
        var (shareColumn, noteColumn) = (table.Column(Share), table.Column(Note));
        var (from, to) = ReadInfo(sheets.FirstOrDefault(s => Same(s.Name, InfoSheet)), file, problems);
        ImportException.ThrowIfAny(problems);

        var links = new List<CrosswalkLink>();
        var rows = new List<TableRow>();
        foreach (var row in table.Rows)
        {
            var fromCode = Blank(row.Cell(cols[0]));
            var toCode = Blank(row.Cell(cols[1]));
            var node = fromCode ?? toCode;
            var kind = CrosswalkKinds.Parse(row.Cell(cols[2]));
            if (kind is null)
                problems.Add(table.Problem(row, cols[2], row.Cell(cols[2]).Length == 0
                    ? $"the kind of link is missing: {CrosswalkKinds.Expected}"
                    : $"'{Excerpt.Of(row.Cell(cols[2]))}' is not a kind of link: {CrosswalkKinds.Expected}", node));
            var shareText = shareColumn >= 0 ? row.Cell(shareColumn).Replace(',', '.') : "";
            var share = 1m;
            if (shareText.Length > 0 && !decimal.TryParse(shareText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out share))
                problems.Add(table.Problem(row, shareColumn, $"the share '{Excerpt.Of(row.Cell(shareColumn))}' is not a number between 0 and 1 (write e.g. 0.6)", node));
            if (kind is null) continue;
            links.Add(new CrosswalkLink(fromCode, toCode, kind.Value, share, noteColumn >= 0 ? Blank(row.Cell(noteColumn)) : null));
            rows.Add(row);
        }
        ImportException.ThrowIfAny(problems);

        int ColumnOf(CrosswalkField? field) => field switch
        {
            CrosswalkField.From => cols[0],
            CrosswalkField.To => cols[1],
            CrosswalkField.Kind => cols[2],
            CrosswalkField.Share => shareColumn >= 0 ? shareColumn : cols[2],
            _ => -1,
        };
        return new CrosswalkFile(new Crosswalk(from!, to!, links), file, p => p.Link is { } i
            ? table.Problem(rows[i], ColumnOf(p.Field), p.Message, p.Node)
            : new ImportProblem(file, p.Message, Sheet: InfoSheet));
    }

    public static byte[] Write(string from, string to, IReadOnlyList<CrosswalkRow> rows)
    {
        var linkRows = new List<IReadOnlyList<object?>> { Headers };
        linkRows.AddRange(rows.Select(r => (IReadOnlyList<object?>)
            [r.Link.From, r.FromName, r.Link.To, r.ToName, CrosswalkKinds.Vi(r.Link.Kind), r.Link.Share,
             r.Similarity is { } s ? Domain.Numbers.Publish.Round(s, 4) : null, r.Link.Note]));
        return XlsxWriter.Write(
        [
            new Sheet(LinksSheet, linkRows, StyledHeader: true),
            new Sheet(InfoSheet, [new object?[] { Field, Value }, new object?[] { "from", from }, new object?[] { "to", to }]),
        ]);
    }

    private static (string? From, string? To) ReadInfo(SheetData? sheet, string file, List<ImportProblem> problems)
    {
        if (sheet is null)
        {
            problems.Add(new ImportProblem(file, $"the workbook has no sheet '{InfoSheet}' naming the editions (rows from, to)"));
            return (null, null);
        }
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var r = 1; r < sheet.Rows.Count; r++)
        {
            var field = sheet.Cell(r, 0)?.Trim() ?? "";
            if (field.Length == 0) continue;
            if (field is not ("from" or "to"))
                problems.Add(new ImportProblem(file, $"unknown field '{Excerpt.Of(field)}' (from, to)", r + 1, "A", sheet.Name));
            else if (!values.TryAdd(field, sheet.Cell(r, 1)?.Trim() ?? ""))
                problems.Add(new ImportProblem(file, $"the field '{field}' is given twice", r + 1, "A", sheet.Name));
        }
        string? Required(string field)
        {
            if (values.TryGetValue(field, out var v) && v.Length > 0) return v;
            problems.Add(new ImportProblem(file, $"the field '{field}' (the {(field == "from" ? "earlier" : "later")} edition's code) is required", Sheet: sheet.Name));
            return null;
        }
        return (Required("from"), Required("to"));
    }

    private static string? Blank(string text) => text.Length == 0 ? null : text;

    private static bool Same(string a, string b) =>
        string.Equals(a.Trim().Normalize(System.Text.NormalizationForm.FormC), b.Trim().Normalize(System.Text.NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);
}
