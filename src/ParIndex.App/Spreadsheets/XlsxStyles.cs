using DocumentFormat.OpenXml.Spreadsheet;

namespace ParIndex.App.Spreadsheets;

/// <summary>
/// The workbook's one stylesheet: the defaults Excel and LibreOffice require (a font, the two reserved fills, an
/// empty border, a Normal style), a bold header, a styled header (bold white on dark blue, thin borders, wrapped),
/// wrapped text, and one cell format per number format code used.
/// </summary>
internal sealed class XlsxStyles
{
    public const uint Plain = 0;
    public const uint Bold = 1;
    public const uint Wrapped = 2;
    public const uint BoldWrapped = 3;
    public const uint Header = 4;

    // Ids below 164 are Excel's built-in formats; custom ones start here.
    private const uint FirstCustomFormatId = 164;
    private const uint FirstNumberStyle = 5;

    private readonly Dictionary<string, uint> _styleByFormat = new(StringComparer.Ordinal);

    /// <summary>The cell format index for numbers shown with a format code such as "0.00".</summary>
    public uint ForFormat(string formatCode)
    {
        if (!_styleByFormat.TryGetValue(formatCode, out var style))
            _styleByFormat[formatCode] = style = FirstNumberStyle + (uint)_styleByFormat.Count;
        return style;
    }

    public Stylesheet Build()
    {
        var formats = _styleByFormat.OrderBy(f => f.Value).ToList();
        var stylesheet = new Stylesheet();
        if (formats.Count > 0)
            stylesheet.Append(new NumberingFormats(formats.Select((f, i) => new NumberingFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)i,
                FormatCode = f.Key,
            })) { Count = (uint)formats.Count });
        stylesheet.Append(
            new Fonts(Font(bold: false), Font(bold: true), Font(bold: true, color: "FFFFFFFF")) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                new Fill(new PatternFill(new ForegroundColor { Rgb = "FF1F4E79" }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid })) { Count = 3 },
            new Borders(
                new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
                new Border(Thin(new LeftBorder()), Thin(new RightBorder()), Thin(new TopBorder()), Thin(new BottomBorder()), new DiagonalBorder())) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 });

        var cellFormats = new CellFormats(
            Xf(fontId: 0, wrap: false),
            Xf(fontId: 1, wrap: false),
            Xf(fontId: 0, wrap: true),
            Xf(fontId: 1, wrap: true),
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Center, Horizontal = HorizontalAlignmentValues.Center })
            {
                NumberFormatId = 0, FontId = 2, FillId = 2, BorderId = 1, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyBorder = true, ApplyAlignment = true,
            });
        for (var i = 0; i < formats.Count; i++)
            cellFormats.Append(new CellFormat
            {
                NumberFormatId = FirstCustomFormatId + (uint)i, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true,
            });
        cellFormats.Count = (uint)cellFormats.ChildElements.Count;
        stylesheet.Append(
            cellFormats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
        return stylesheet;
    }

    private static Font Font(bool bold, string? color = null)
    {
        var font = new Font();
        if (bold) font.Append(new DocumentFormat.OpenXml.Spreadsheet.Bold());
        font.Append(new FontSize { Val = 11 });
        if (color is not null) font.Append(new Color { Rgb = color });
        font.Append(new FontName { Val = "Calibri" }, new FontFamilyNumbering { Val = 2 });
        return font;
    }

    private static T Thin<T>(T border) where T : BorderPropertiesType
    {
        border.Style = BorderStyleValues.Thin;
        border.Append(new Color { Rgb = "FF8EA9C1" });
        return border;
    }

    private static CellFormat Xf(uint fontId, bool wrap)
    {
        var xf = new CellFormat { NumberFormatId = 0, FontId = fontId, FillId = 0, BorderId = 0, FormatId = 0 };
        if (fontId != 0) xf.ApplyFont = true;
        if (wrap)
        {
            xf.ApplyAlignment = true;
            xf.Append(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top });
        }
        return xf;
    }
}
