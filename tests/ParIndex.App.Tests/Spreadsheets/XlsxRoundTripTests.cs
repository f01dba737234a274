using System.IO.Compression;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using Sheet = ParIndex.App.Spreadsheets.Sheet;

namespace ParIndex.App.Tests.Spreadsheets;

public sealed class XlsxRoundTripTests
{
    [Fact]
    public void Text_numbers_booleans_and_gaps_come_back_exactly()
    {
        var bytes = XlsxWriter.Write([new Sheet("Dữ liệu", [
            new object?[] { "Mã", "Tên", "Điểm", "Đạt" },
            new object?[] { "1.1", "Ban hành kế hoạch cải cách hành chính năm", 0.25m, true },
            new object?[] { "1.2", "Dòng một\nDòng hai", 1.50m, false },
            new object?[] { null, "  có khoảng trắng  ", 100, null, "cột E" },
            new object?[] { },
            new object?[] { "Windows\r\nxuống dòng", "_x000D_ là chữ", "", "tab\there" },
            new object?[] { "\u0001điều khiển", -3.125m, 0m, 123456789012345678.9m },
        ])]);

        var sheet = Assert.Single(XlsxReader.Read(bytes, "t.xlsx"));

        Assert.Equal("Dữ liệu", sheet.Name);
        Assert.Equal(7, sheet.Rows.Count);
        Assert.Equal(["Mã", "Tên", "Điểm", "Đạt"], sheet.Rows[0]);
        Assert.Equal(["1.1", "Ban hành kế hoạch cải cách hành chính năm", "0.25", "TRUE"], sheet.Rows[1]);
        Assert.Equal(["1.2", "Dòng một\nDòng hai", "1.5", "FALSE"], sheet.Rows[2]);
        Assert.Equal([null, "  có khoảng trắng  ", "100", null, "cột E"], sheet.Rows[3]);
        Assert.Empty(sheet.Rows[4]);
        Assert.Equal(["Windows\r\nxuống dòng", "_x000D_ là chữ", "", "tab\there"], sheet.Rows[5]);
        Assert.Equal(["\u0001điều khiển", "-3.125", "0", "123456789012345678.9"], sheet.Rows[6]);
    }

    [Fact]
    public void Sheets_keep_their_names_and_order()
    {
        var bytes = XlsxWriter.Write([
            new Sheet("Bộ chỉ số", [new object?[] { "a" }]),
            new Sheet("Tổng hợp điểm các sở ban ngành", [new object?[] { "b" }]),
            new Sheet("Trống", []),
        ]);

        var sheets = XlsxReader.Read(bytes, "t.xlsx");

        Assert.Equal(["Bộ chỉ số", "Tổng hợp điểm các sở ban ngành", "Trống"], sheets.Select(s => s.Name));
        Assert.Equal("b", sheets[1].Cell(0, 0));
        Assert.Empty(sheets[2].Rows);
    }

    [Fact]
    public void Written_workbook_is_schema_valid_with_bold_header_frozen_pane_widths_and_formats()
    {
        var bytes = XlsxWriter.Write([
            new Sheet("Kết quả", [
                new object?[] { "Đơn vị", "Chỉ số" },
                new object?[] { "Sở Nội vụ", 90.015m },
                new object?[] { new string('x', 200), 1 },
            ], FrozenRows: 1, Formats: new Dictionary<int, string> { [1] = "0.00" }),
            new Sheet("Khác", [new object?[] { "Trường" }], FrozenRows: 0),
        ]);

        using var document = SpreadsheetDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document));

        var workbook = document.WorkbookPart!;
        var stylesheet = workbook.WorkbookStylesPart!.Stylesheet;
        var xfs = stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        var fonts = stylesheet.Fonts!.Elements<Font>().ToList();
        var worksheet = ((WorksheetPart)workbook.GetPartById(workbook.Workbook.Sheets!.Elements<DocumentFormat.OpenXml.Spreadsheet.Sheet>().First().Id!)).Worksheet;
        var cells = worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);

        Assert.NotNull(fonts[(int)xfs[(int)cells["A1"].StyleIndex!.Value].FontId!.Value].GetFirstChild<Bold>());
        Assert.Null(fonts[(int)xfs[(int)(cells["A2"].StyleIndex?.Value ?? 0)].FontId!.Value].GetFirstChild<Bold>());

        var numberXf = xfs[(int)cells["B2"].StyleIndex!.Value];
        var format = stylesheet.NumberingFormats!.Elements<NumberingFormat>().Single(f => f.NumberFormatId!.Value == numberXf.NumberFormatId!.Value);
        Assert.Equal("0.00", format.FormatCode!.Value);
        Assert.Null(cells["B2"].DataType);
        Assert.Equal("90.015", cells["B2"].CellValue!.Text);

        var pane = worksheet.Descendants<Pane>().Single();
        Assert.Equal(1d, pane.VerticalSplit!.Value);
        Assert.Equal("A2", pane.TopLeftCell!.Value);
        Assert.Equal(PaneStateValues.Frozen, pane.State!.Value);

        var widths = worksheet.Descendants<Column>().Select(c => c.Width!.Value).ToList();
        Assert.Equal(2, widths.Count);
        Assert.InRange(widths[0], 30, 80);
        Assert.InRange(widths[1], 4, 20);
    }

    [Fact]
    public void Reads_what_other_programs_write_inline_and_rich_strings_missing_references_and_raw_numbers()
    {
        var bytes = HandMadeWorkbook(
            """
            <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="2" uniqueCount="2">
              <si><t>Chỉ tiêu</t></si>
              <si><r><rPr><b/></rPr><t xml:space="preserve">Đúng </t></r><r><t>hạn</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si>
            </sst>
            """,
            """
            <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
              <sheetData>
                <row><c t="s"><v>0</v></c><c t="s"><v>1</v></c></row>
                <row r="3"><c r="B3" t="inlineStr"><is><t>nội dòng</t></is></c><c><v>0.30000000000000004</v></c><c t="b"><v>1</v></c></row>
                <row><c t="str"><f>A1</f><v>công thức</v></c><c r="D4" t="e"><v>#N/A</v></c><c s="3"/></row>
              </sheetData>
            </worksheet>
            """);

        var sheet = Assert.Single(XlsxReader.Read(bytes, "other.xlsx"));

        Assert.Equal("Trang1", sheet.Name);
        Assert.Equal(4, sheet.Rows.Count);
        Assert.Equal(["Chỉ tiêu", "Đúng hạn"], sheet.Rows[0]);
        Assert.Empty(sheet.Rows[1]);
        Assert.Equal([null, "nội dòng", "0.30000000000000004", "TRUE"], sheet.Rows[2]);
        Assert.Equal(["công thức", null, null, "#N/A"], sheet.Rows[3]);
    }

    [Fact]
    public void A_cell_holding_NUL_as_Excels_x0000_escape_is_refused_at_that_cell()
    {
        var bytes = XlsxWriter.Write([new Sheet("Đơn vị", [["code", "name"], ["SNV", "Sở Nội vụ"], ["STP", "Sở\0Tư pháp"]])]);
        Assert.Contains("_x0000_", System.Text.Encoding.UTF8.GetString(Unzipped(bytes)));

        var e = Assert.Throws<ImportException>(() => XlsxReader.Read(bytes, "nul.xlsx"));

        Assert.Equal("nul.xlsx, trang tính “Đơn vị”, dòng 3: B3: có ký tự NUL (U+0000), không phải văn bản", Assert.Single(e.Problems).ToString());
    }

    private static byte[] Unzipped(byte[] xlsx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(xlsx));
        using var all = new MemoryStream();
        foreach (var entry in zip.Entries) { using var part = entry.Open(); part.CopyTo(all); }
        return all.ToArray();
    }

    [Fact]
    public void Random_bytes_are_an_import_problem()
    {
        var bytes = new byte[2048];
        new Random(42).NextBytes(bytes);

        var e = Assert.Throws<ImportException>(() => XlsxReader.Read(bytes, "rac.xlsx"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal("rac.xlsx", problem.File);
        Assert.Contains("not a readable Excel workbook", problem.Message);
    }

    [Fact]
    public void A_zip_that_is_not_a_workbook_is_an_import_problem()
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        using (var writer = new StreamWriter(zip.CreateEntry("ghi-chu.txt").Open()))
            writer.Write("không phải bảng tính");

        var e = Assert.Throws<ImportException>(() => XlsxReader.Read(stream.ToArray(), "nen.xlsx"));

        Assert.Equal("nen.xlsx", Assert.Single(e.Problems).File);
    }

    [Fact]
    public void A_truncated_workbook_is_an_import_problem()
    {
        var bytes = XlsxWriter.Write([new Sheet("A", [new object?[] { "x" }])]);

        Assert.Throws<ImportException>(() => XlsxReader.Read(bytes[..(bytes.Length / 2)], "cut.xlsx"));
    }

    [Fact]
    public void A_broken_sheet_part_is_an_import_problem()
    {
        var bytes = HandMadeWorkbook(null, "<worksheet><sheetData><row><c><v>1</v></row></sheetData>");

        Assert.Throws<ImportException>(() => XlsxReader.Read(bytes, "broken.xlsx"));
    }

    [Theory]
    [InlineData(0, "A")]
    [InlineData(4, "E")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16383, "XFD")]
    public void Column_names_follow_excel(int index, string name) => Assert.Equal(name, CellRef.ColumnName(index));

    [Theory]
    [InlineData("Quá dài cho một tên trang tính Excel")]
    [InlineData("a/b")]
    [InlineData("")]
    public void Invalid_sheet_names_are_refused(string name) =>
        Assert.Throws<ArgumentException>(() => XlsxWriter.Write([new Sheet(name, [])]));

    [Fact]
    public void Unsupported_cell_values_are_refused() =>
        Assert.Throws<ArgumentException>(() => XlsxWriter.Write([new Sheet("A", [new object?[] { 1.5d }])]));

    /// <summary>A minimal package as another program might write it: no styles, optional parts left out.</summary>
    private static byte[] HandMadeWorkbook(string? sharedStrings, string sheet)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = $"""
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                  <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                  <Default Extension="xml" ContentType="application/xml"/>
                  <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
                  <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
                  {(sharedStrings is null ? "" : """<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>""")}
                </Types>
                """,
            ["_rels/.rels"] = """
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
                </Relationships>
                """,
            ["xl/workbook.xml"] = """
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
                  <sheets><sheet name="Trang1" sheetId="1" r:id="rId1"/></sheets>
                </workbook>
                """,
            ["xl/_rels/workbook.xml.rels"] = $"""
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                  <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
                  {(sharedStrings is null ? "" : """<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>""")}
                </Relationships>
                """,
            ["xl/worksheets/sheet1.xml"] = sheet,
        };
        if (sharedStrings is not null) parts["xl/sharedStrings.xml"] = sharedStrings;

        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, text) in parts)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(Encoding.UTF8.GetBytes(text));
            }
        return stream.ToArray();
    }
}
