using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ParIndex.App.Files;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Spreadsheets;

/// <summary>
/// Writes plain workbooks: a bold header row, frozen panes, column widths fitted to the content, numbers as numeric
/// cells and text as shared strings. Worksheets are streamed, so large exports do not build a document tree.
/// </summary>
public static class XlsxWriter
{
    /// <summary>Excel refuses longer cell text.</summary>
    public const int MaxCellText = 32767;

    private const int MinWidth = 4;
    private const int MaxWidth = 60;

    // Excel writes its XML parts without a byte-order mark; the SDK's default encoding would add one.
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <param name="progress">Told the rows written of all the sheets' rows, a few times a second.</param>
    public static byte[] Write(IReadOnlyList<Sheet> sheets, IProgress<WorkProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(sheets);
        if (sheets.Count == 0) throw new ArgumentException("a workbook needs at least one sheet", nameof(sheets));
        CheckNames(sheets);

        var rows = new RowsWritten(new ProgressThrottle(progress, WorkMeasure.Rows), sheets.Sum(s => (long)s.Rows.Count));
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbookPart = document.AddWorkbookPart();
            var styles = new XlsxStyles();
            var strings = new SharedStrings();
            var entries = new List<DocumentFormat.OpenXml.Spreadsheet.Sheet>();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbookPart.AddNewPart<WorksheetPart>();
                WriteSheet(part, sheets[i], selected: i == 0, styles, strings, rows);
                entries.Add(new DocumentFormat.OpenXml.Spreadsheet.Sheet
                {
                    Name = sheets[i].Name, SheetId = (uint)(i + 1), Id = workbookPart.GetIdOfPart(part),
                });
            }
            strings.WriteTo(workbookPart.AddNewPart<SharedStringTablePart>());
            workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = styles.Build();
            workbookPart.Workbook = new Workbook(new BookViews(new WorkbookView()), new Sheets(entries));
        }
        rows.Progress.Finish(rows.Total);
        return stream.ToArray();
    }

    /// <summary>The rows written so far, of <see cref="Total"/> in the workbook.</summary>
    private sealed class RowsWritten(ProgressThrottle progress, long total)
    {
        public ProgressThrottle Progress => progress;

        public long Total => total;

        public long Done { get; private set; }

        public void Add() => progress.Report(++Done, total);
    }

    private static void WriteSheet(WorksheetPart part, Sheet sheet, bool selected, XlsxStyles styles, SharedStrings strings, RowsWritten written)
    {
        var numberStyles = (sheet.Formats ?? new Dictionary<int, string>()).ToDictionary(f => f.Key, f => styles.ForFormat(f.Value));
        var drawing = sheet.Chart is { } chart ? XlsxCharts.Add(part, sheet, chart) : null;
        using var writer = OpenXmlWriter.Create(part, Utf8);
        writer.WriteStartElement(new Worksheet());

        var view = new SheetView { WorkbookViewId = 0 };
        if (selected) view.TabSelected = true;
        if (sheet.FrozenRows > 0)
        {
            var topLeft = CellRef.Address(0, sheet.FrozenRows + 1);
            view.Append(
                new Pane { VerticalSplit = sheet.FrozenRows, TopLeftCell = topLeft, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = topLeft, SequenceOfReferences = new ListValue<StringValue> { InnerText = topLeft } });
        }
        writer.WriteElement(new SheetViews(view));

        var widths = Widths(sheet.Rows);
        if (widths.Count > 0)
            writer.WriteElement(new Columns(widths.Select((w, i) => new Column
            {
                Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true,
            })));

        writer.WriteStartElement(new DocumentFormat.OpenXml.Spreadsheet.SheetData());
        for (var r = 0; r < sheet.Rows.Count; r++)
        {
            writer.WriteStartElement(new Row { RowIndex = (uint)(r + 1) });
            var row = sheet.Rows[r];
            for (var c = 0; c < row.Count; c++)
                if (row[c] is { } value)
                    writer.WriteElement(Cell(value, CellRef.Address(c, r + 1), header: r == 0, numberStyles.GetValueOrDefault(c), strings, sheet.Name, sheet.StyledHeader));
            writer.WriteEndElement();
            written.Add();
        }
        writer.WriteEndElement();
        if (drawing is not null) writer.WriteElement(new Drawing { Id = drawing });
        writer.WriteEndElement();
    }

    private static Cell Cell(object value, string address, bool header, uint numberStyle, SharedStrings strings, string sheet, bool styledHeader)
    {
        if (header && styledHeader) return StyledHeaderCell(value, address, strings, sheet);
        switch (value)
        {
            case string s:
                if (s.Length > MaxCellText)
                    throw new ArgumentException($"cell {sheet}!{address} holds {s.Length} characters; Excel allows at most {MaxCellText}");
                var wrap = s.Contains('\n') || s.Length > MaxWidth;
                return new Cell(new CellValue(strings.IndexOf(s).ToString(CultureInfo.InvariantCulture)))
                {
                    CellReference = address,
                    DataType = CellValues.SharedString,
                    StyleIndex = header ? (wrap ? XlsxStyles.BoldWrapped : XlsxStyles.Bold) : (wrap ? XlsxStyles.Wrapped : XlsxStyles.Plain),
                };
            case bool b:
                return new Cell(new CellValue(b ? "1" : "0")) { CellReference = address, DataType = CellValues.Boolean, StyleIndex = Style(header, XlsxStyles.Plain) };
            case decimal or int:
                return new Cell(new CellValue(Invariant(value))) { CellReference = address, StyleIndex = Style(header, numberStyle) };
            default:
                throw new ArgumentException($"cell {sheet}!{address}: a cell holds a string, decimal, int, bool or null, not {value.GetType().Name}");
        }
    }

    private static uint Style(bool header, uint style) => header ? XlsxStyles.Bold : style;

    private static Cell StyledHeaderCell(object value, string address, SharedStrings strings, string sheet)
    {
        var cell = Cell(value, address, header: false, XlsxStyles.Plain, strings, sheet, styledHeader: false);
        cell.StyleIndex = XlsxStyles.Header;
        return cell;
    }

    private static string Invariant(object number) => number switch
    {
        decimal d => NumberText.Invariant(d),
        int i => i.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(number)),
    };

    /// <summary>Column widths in characters: the longest line in the column plus a margin, within sensible bounds.</summary>
    private static List<double> Widths(IReadOnlyList<IReadOnlyList<object?>> rows)
    {
        var widths = new List<double>();
        for (var r = 0; r < rows.Count; r++)
            for (var c = 0; c < rows[r].Count; c++)
            {
                var length = rows[r][c] switch
                {
                    string s => s.Split('\n').Max(line => line.Length),
                    bool => 5,
                    decimal or int => Invariant(rows[r][c]!).Length,
                    _ => 0,
                } + (r == 0 ? 1 : 0);
                while (widths.Count <= c) widths.Add(MinWidth);
                widths[c] = Math.Max(widths[c], Math.Min(length + 2, MaxWidth));
            }
        return widths;
    }

    private static void CheckNames(IReadOnlyList<Sheet> sheets)
    {
        foreach (var sheet in sheets)
        {
            if (string.IsNullOrWhiteSpace(sheet.Name) || sheet.Name.Length > 31 || sheet.Name.IndexOfAny(['[', ']', ':', '*', '?', '/', '\\']) >= 0
                || sheet.Name.StartsWith('\'') || sheet.Name.EndsWith('\''))
                throw new ArgumentException($"'{sheet.Name}' is not a valid sheet name (1–31 characters, none of []:*?/\\, no leading or trailing ')");
            ArgumentNullException.ThrowIfNull(sheet.Rows);
        }
        foreach (var g in sheets.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            throw new ArgumentException($"the sheet name '{g.Key}' is used {g.Count()} times");
    }

    /// <summary>The workbook's shared string table: each distinct text stored once.</summary>
    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private int _uses;

        public int IndexOf(string text)
        {
            _uses++;
            if (!_index.TryGetValue(text, out var i)) _index[text] = i = _index.Count;
            return i;
        }

        public void WriteTo(SharedStringTablePart part)
        {
            using var writer = OpenXmlWriter.Create(part, Utf8);
            writer.WriteStartElement(new SharedStringTable { Count = (uint)_uses, UniqueCount = (uint)_index.Count });
            foreach (var text in _index.OrderBy(e => e.Value).Select(e => e.Key))
            {
                var t = new Text(XString.Escape(text));
                // Without xml:space="preserve" readers may trim leading and trailing spaces and line breaks.
                if (text.Length > 0 && (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))) t.Space = SpaceProcessingModeValues.Preserve;
                writer.WriteElement(new SharedStringItem(t));
            }
            writer.WriteEndElement();
        }
    }
}
