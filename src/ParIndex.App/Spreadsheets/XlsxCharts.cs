using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using A = DocumentFormat.OpenXml.Drawing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using Xdr = DocumentFormat.OpenXml.Drawing.Spreadsheet;

namespace ParIndex.App.Spreadsheets;

/// <summary>
/// Native charts: a drawing part anchoring a chart part beside the sheet's table, the chart reading the sheet's own
/// cells by formula, so Excel and LibreOffice draw it from the data.
/// </summary>
internal static class XlsxCharts
{
    private const uint CategoryAxis = 48650112;
    private const uint ValueAxis = 48672768;

    /// <summary>Adds the chart's parts to the worksheet part and returns the drawing's relationship id.</summary>
    public static string Add(WorksheetPart sheetPart, Sheet sheet, SheetChart chart)
    {
        var rows = sheet.Rows.Count;
        if (rows < 2) throw new ArgumentException($"sheet {sheet.Name}: a chart needs at least one data row");
        var drawings = sheetPart.AddNewPart<DrawingsPart>();
        var chartPart = drawings.AddNewPart<ChartPart>();
        chartPart.ChartSpace = Space(sheet, chart, rows);
        var width = sheet.Rows.Max(r => r.Count);
        var height = Math.Max(15, chart.Horizontal ? rows + 2 : 18);
        drawings.WorksheetDrawing = new Xdr.WorksheetDrawing(
            new Xdr.TwoCellAnchor(
                Marker<Xdr.FromMarker>(width + 1, 1),
                Marker<Xdr.ToMarker>(width + 11, 1 + height),
                new Xdr.GraphicFrame(
                    new Xdr.NonVisualGraphicFrameProperties(
                        new Xdr.NonVisualDrawingProperties { Id = 2U, Name = chart.Title },
                        new Xdr.NonVisualGraphicFrameDrawingProperties()),
                    new Xdr.Transform(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = 0L, Cy = 0L }),
                    new A.Graphic(new A.GraphicData(new C.ChartReference { Id = drawings.GetIdOfPart(chartPart) })
                    {
                        Uri = "http://schemas.openxmlformats.org/drawingml/2006/chart",
                    }))
                { Macro = "" },
                new Xdr.ClientData()));
        return sheetPart.GetIdOfPart(drawings);
    }

    private static T Marker<T>(int column, int row) where T : OpenXmlCompositeElement, new()
    {
        var marker = new T();
        marker.Append(new Xdr.ColumnId(column.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.ColumnOffset("0"),
            new Xdr.RowId(row.ToString(System.Globalization.CultureInfo.InvariantCulture)), new Xdr.RowOffset("0"));
        return marker;
    }

    private static C.ChartSpace Space(Sheet sheet, SheetChart chart, int rows)
    {
        var bar = new C.BarChart(
            new C.BarDirection { Val = chart.Horizontal ? C.BarDirectionValues.Bar : C.BarDirectionValues.Column },
            new C.BarGrouping { Val = C.BarGroupingValues.Clustered },
            new C.VaryColors { Val = false });
        var palette = new[] { "1F4E79", "9DC3E6", "C55A11", "70AD47" };
        for (var i = 0; i < chart.SeriesColumns.Count; i++)
        {
            var column = chart.SeriesColumns[i];
            bar.Append(new C.BarChartSeries(
                new C.Index { Val = (uint)i },
                new C.Order { Val = (uint)i },
                new C.SeriesText(new C.StringReference(new C.Formula(Range(sheet.Name, column, 1, 1)))),
                new C.ChartShapeProperties(new A.SolidFill(new A.RgbColorModelHex { Val = palette[i % palette.Length] })),
                new C.InvertIfNegative { Val = false },
                new C.CategoryAxisData(new C.StringReference(new C.Formula(Range(sheet.Name, chart.CategoryColumn, 2, rows)))),
                new C.Values(new C.NumberReference(new C.Formula(Range(sheet.Name, column, 2, rows))))));
        }
        bar.Append(new C.GapWidth { Val = 60 }, new C.AxisId { Val = CategoryAxis }, new C.AxisId { Val = ValueAxis });

        return new C.ChartSpace(
            new C.EditingLanguage { Val = "vi-VN" },
            new C.RoundedCorners { Val = false },
            new C.Chart(
                new C.Title(
                    new C.ChartText(new C.RichText(new A.BodyProperties(), new A.ListStyle(),
                        new A.Paragraph(new A.Run(new A.RunProperties { Language = "vi-VN", FontSize = 1200, Bold = true }, new A.Text(chart.Title))))),
                    new C.Overlay { Val = false }),
                new C.AutoTitleDeleted { Val = false },
                new C.PlotArea(
                    new C.Layout(),
                    bar,
                    new C.CategoryAxis(
                        new C.AxisId { Val = CategoryAxis },
                        new C.Scaling(new C.Orientation { Val = chart.Horizontal ? C.OrientationValues.MaxMin : C.OrientationValues.MinMax }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = chart.Horizontal ? C.AxisPositionValues.Left : C.AxisPositionValues.Bottom },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.CrossingAxis { Val = ValueAxis },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.AutoLabeled { Val = true },
                        new C.LabelAlignment { Val = C.LabelAlignmentValues.Center },
                        new C.LabelOffset { Val = 100 }),
                    new C.ValueAxis(
                        new C.AxisId { Val = ValueAxis },
                        new C.Scaling(new C.Orientation { Val = C.OrientationValues.MinMax }),
                        new C.Delete { Val = false },
                        new C.AxisPosition { Val = chart.Horizontal ? C.AxisPositionValues.Bottom : C.AxisPositionValues.Left },
                        new C.MajorGridlines(),
                        new C.NumberingFormat { FormatCode = "0", SourceLinked = false },
                        new C.TickLabelPosition { Val = C.TickLabelPositionValues.NextTo },
                        new C.CrossingAxis { Val = CategoryAxis },
                        new C.Crosses { Val = C.CrossesValues.AutoZero },
                        new C.CrossBetween { Val = C.CrossBetweenValues.Between })),
                new C.Legend(new C.LegendPosition { Val = C.LegendPositionValues.Bottom }, new C.Overlay { Val = false }),
                new C.PlotVisibleOnly { Val = true },
                new C.DisplayBlanksAs { Val = C.DisplayBlanksAsValues.Gap }));
    }

    /// <summary>An absolute reference to a column's cells from row <paramref name="first"/> to <paramref name="last"/> (1-based).</summary>
    private static string Range(string sheet, int column, int first, int last)
    {
        var name = "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'";
        var col = CellRef.ColumnName(column);
        return first == last ? $"{name}!${col}${first}" : $"{name}!${col}${first}:${col}${last}";
    }
}
