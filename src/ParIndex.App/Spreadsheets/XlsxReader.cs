using System.Xml;
using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Text;

namespace ParIndex.App.Spreadsheets;

/// <summary>
/// Reads every worksheet of an .xlsx file as text (see <see cref="SheetData"/>). The package is opened with the Open
/// XML SDK; sheet XML is streamed row by row and matched on local names, so files from Excel, LibreOffice and
/// other writers (which differ in prefixes, optional attributes and rich text) all read the same.
/// A workbook is a zip: a 100 KB file can hold gigabytes of XML. So every part is read within bounds, checked while
/// reading, before anything large is held: a text (a cell, a shared string) of at most <see cref="MaxCellChars"/>
/// characters — Excel's own limit, so nothing Excel writes is refused —, at most <see cref="MaxPartChars"/> characters
/// of XML per part, and at most <see cref="MaxKeptChars"/> characters and <see cref="MaxKeptCells"/> cells kept in
/// memory at once (the shared strings, and the sheets <see cref="Read"/> returns). Errors name a bad value by an
/// <see cref="Excerpt"/> only.
/// </summary>
public static class XlsxReader
{
    public const int MaxCellChars = 32_767;

    public const long MaxPartChars = 256_000_000;

    public const long MaxKeptChars = 64_000_000;

    public const long MaxKeptCells = 10_000_000;

    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = MaxPartChars,
    };

    public static IReadOnlyList<SheetData> Read(byte[] bytes, string file)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), isEditable: false);
            var workbook = document.WorkbookPart ?? throw Problem(file, "the package has no workbook part");
            var kept = new Budget(file);
            var strings = workbook.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, kept) : [];
            var sheets = new List<SheetData>();
            foreach (var entry in workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>() ?? [])
            {
                var name = entry.Name?.Value ?? "";
                var part = entry.Id?.Value is { } id && workbook.TryGetPartById(id, out var p) ? p : null;
                sheets.Add(part is WorksheetPart worksheet
                    ? new SheetData(name, ReadRows(worksheet, strings, file, name, kept))
                    : new SheetData(name, []));
            }
            return sheets;
        }
        catch (ImportException)
        {
            throw;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // The bytes come from users: a damaged zip, a renamed .xls or a bad part can fail deep inside the SDK
            // with many exception types, and callers must only ever see a located import problem.
            throw Unreadable(file, e);
        }
    }

    private static List<string> ReadSharedStrings(SharedStringTablePart part, Budget kept)
    {
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        var strings = new List<string>();
        foreach (var item in Elements(stream, "si", kept.File))
        {
            var text = RichText(item);
            kept.Take(text.Length, 1, "the shared strings");
            strings.Add(text);
        }
        return strings;
    }

    private static List<IReadOnlyList<string?>> ReadRows(WorksheetPart part, List<string> strings, string file, string sheet, Budget kept)
    {
        var rows = new List<IReadOnlyList<string?>>();
        foreach (var (line, cells) in Rows(part, strings, file, sheet))
        {
            // Each cell costs its place and its text (a shared string each time it is used: callers copy what they read).
            kept.Take(cells.Sum(c => c?.Length ?? 0), Math.Max(1, line - rows.Count) + cells.Count, $"sheet '{Excerpt.Of(sheet)}'");
            while (rows.Count < line) rows.Add([]);
            rows[line - 1] = cells;
        }
        while (rows.Count > 0 && rows[^1].Count == 0) rows.RemoveAt(rows.Count - 1);
        return rows;
    }

    /// <summary>
    /// The rows of the first worksheet, one at a time with their row numbers (empty rows are not returned), so a sheet
    /// of any length is read in the memory of one row plus the shared strings. Damaged packages are reported as a
    /// located import problem, as <see cref="Read"/> does.
    /// </summary>
    public static IEnumerable<(int Line, IReadOnlyList<string?> Cells)> StreamFirstSheet(Stream stream, string file)
    {
        SpreadsheetDocument document;
        IEnumerator<(int, IReadOnlyList<string?>)> rows;
        try
        {
            document = SpreadsheetDocument.Open(stream, isEditable: false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw Unreadable(file, e);
        }
        using (document)
        {
            try
            {
                var workbook = document.WorkbookPart ?? throw Problem(file, "the package has no workbook part");
                var strings = workbook.SharedStringTablePart is { } sst ? ReadSharedStrings(sst, new Budget(file)) : [];
                var entry = workbook.Workbook.Sheets?.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().FirstOrDefault()
                    ?? throw Problem(file, "the workbook has no sheet");
                var name = entry.Name?.Value ?? "";
                rows = entry.Id?.Value is { } id && workbook.TryGetPartById(id, out var p) && p is WorksheetPart worksheet
                    ? Rows(worksheet, strings, file, name).GetEnumerator()
                    : Enumerable.Empty<(int, IReadOnlyList<string?>)>().GetEnumerator();
            }
            catch (Exception e) when (e is not (OutOfMemoryException or ImportException))
            {
                throw Unreadable(file, e);
            }
            using (rows)
            {
                while (true)
                {
                    try
                    {
                        if (!rows.MoveNext()) yield break;
                    }
                    catch (Exception e) when (e is not (OutOfMemoryException or ImportException))
                    {
                        throw Unreadable(file, e);
                    }
                    if (rows.Current.Item2.Count > 0) yield return rows.Current;
                }
            }
        }
    }

    private static IEnumerable<(int Line, IReadOnlyList<string?> Cells)> Rows(WorksheetPart part, List<string> strings, string file, string sheet)
    {
        var count = 0;
        using var stream = part.GetStream(FileMode.Open, FileAccess.Read);
        foreach (var row in Elements(stream, "row", file))
        {
            var line = Attribute(row, "r") is { } r
                ? int.TryParse(r, out var n) && n is >= 1 and <= CellRef.MaxRows ? n : throw Problem(file, $"row number '{Excerpt.Of(r)}' is not valid", sheet)
                : count + 1;
            var cells = new List<string?>();
            foreach (var cell in row.Elements().Where(e => e.Name.LocalName == "c"))
            {
                var column = cells.Count;
                if (Attribute(cell, "r") is { } reference && !(CellRef.TryParse(reference, out column, out _) && column >= 0))
                    throw Problem(file, $"cell reference '{Excerpt.Of(reference)}' is not valid", sheet, line);
                while (cells.Count <= column) cells.Add(null);
                cells[column] = Value(cell, strings, file, sheet, line);
                if (NulText.In(cells[column])) throw new ImportException([new ImportProblem(file, TextMessages.At(CellRef.Address(column, line), TextMessages.Nul()), Line: line, Sheet: sheet)]);
            }
            while (cells.Count > 0 && cells[^1] is null) cells.RemoveAt(cells.Count - 1);
            count = line;
            yield return (line, cells);
        }
    }

    private static string? Value(XElement cell, List<string> strings, string file, string sheet, int line)
    {
        var v = cell.Elements().FirstOrDefault(e => e.Name.LocalName == "v")?.Value;
        switch (Attribute(cell, "t"))
        {
            case "s":
                if (v is null) return null;
                return int.TryParse(v, out var i) && i >= 0 && i < strings.Count
                    ? strings[i]
                    : throw Problem(file, $"cell refers to shared string '{Excerpt.Of(v)}', which does not exist", sheet, line);
            case "inlineStr":
                return cell.Elements().FirstOrDefault(e => e.Name.LocalName == "is") is { } inline ? RichText(inline) : v;
            case "str":
                return v is null ? null : XString.Unescape(v);
            case "b":
                return v?.Trim() switch
                {
                    "1" or "true" => "TRUE",
                    "0" or "false" => "FALSE",
                    var other => other,
                };
            default:
                // Numbers, dates and errors come back exactly as stored: reformatting would lose digits.
                return v;
        }
    }

    /// <summary>The text of a shared or inline string: plain, or rich-text runs joined; phonetic hints are not text.</summary>
    private static string RichText(XElement item) => XString.Unescape(string.Concat(item.Elements()
        .SelectMany(e => e.Name.LocalName switch
        {
            "t" => [e],
            "r" => e.Elements().Where(t => t.Name.LocalName == "t"),
            _ => [],
        })
        .Select(t => t.Value)));

    private static string? Attribute(XElement e, string localName) =>
        e.Attributes().FirstOrDefault(a => a.Name.LocalName == localName && a.Name.Namespace == XNamespace.None)?.Value;

    /// <summary>
    /// Each element with the local name, loaded one at a time so a large sheet is never held as a whole tree; its
    /// texts are read in chunks and refused past <see cref="MaxCellChars"/>, before they are ever held whole.
    /// </summary>
    private static IEnumerable<XElement> Elements(Stream stream, string localName, string file)
    {
        using var reader = XmlReader.Create(stream, Settings);
        reader.MoveToContent();
        while (!reader.EOF)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == localName)
                yield return ReadElement(reader, file);
            else
                reader.Read();
        }
    }

    /// <summary>The element the reader is on, with its attributes and content; the reader ends after it.</summary>
    private static XElement ReadElement(XmlReader reader, string file)
    {
        var root = StartElement(reader);
        if (reader.IsEmptyElement)
        {
            reader.Read();
            return root;
        }
        var open = new Stack<XElement>([root]);
        reader.Read();
        while (open.Count > 0)
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var child = StartElement(reader);
                    open.Peek().Add(child);
                    if (!reader.IsEmptyElement) open.Push(child);
                    reader.Read();
                    break;
                case XmlNodeType.EndElement:
                    open.Pop();
                    reader.Read();
                    break;
                case XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace:
                    open.Peek().Add(new XText(BoundedValue(reader, file)));
                    break;
                default:
                    reader.Read();
                    break;
            }
        }
        return root;
    }

    private static XElement StartElement(XmlReader reader)
    {
        var element = new XElement(XName.Get(reader.LocalName, reader.NamespaceURI));
        if (reader.MoveToFirstAttribute())
        {
            do
                if (reader.NamespaceURI != XNamespace.Xmlns.NamespaceName)   // declarations: elements are matched on local names
                    element.SetAttributeValue(XName.Get(reader.LocalName, reader.NamespaceURI), reader.Value);
            while (reader.MoveToNextAttribute());
            reader.MoveToElement();
        }
        return element;
    }

    /// <summary>The current text node's value, read a chunk at a time; the reader ends on the next node.</summary>
    private static string BoundedValue(XmlReader reader, string file)
    {
        var text = new System.Text.StringBuilder();
        var chunk = new char[4096];
        for (int n; (n = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0;)
        {
            if (text.Length + n > MaxCellChars)
                throw Problem(file, $"a text longer than {MaxCellChars} characters (Excel's limit for a cell), beginning '{Excerpt.Of(text.Append(chunk, 0, n).ToString())}'");
            text.Append(chunk, 0, n);
        }
        reader.Read();
        return text.ToString();
    }

    private static ImportException Unreadable(string file, Exception e) =>
        Problem(file, $"not a readable Excel workbook (.xlsx): {Excerpt.Of(e.Message)}");

    /// <summary>How much of a workbook may be kept in memory at once: characters and cells.</summary>
    private sealed class Budget(string file)
    {
        private long _chars;
        private long _cells;

        public string File => file;

        public void Take(long chars, long cells, string where)
        {
            _chars += chars;
            _cells += cells;
            if (_chars > MaxKeptChars || _cells > MaxKeptCells)
                throw Problem(file, $"{where}: more than {MaxKeptChars} characters or {MaxKeptCells} cells of text, too much to import at once");
        }
    }

    private static ImportException Problem(string file, string message, string? sheet = null, int? line = null) =>
        new([new ImportProblem(file, message, Line: line, Sheet: sheet)]);
}
