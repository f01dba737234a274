using System.Globalization;
using System.Text;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// Charts drawn on the server as inline SVG, so a printed report needs no script: horizontal bars (one or more
/// series per row) on a 0–<c>scale</c> axis with gridlines every 10 or 20, values written beside the bars.
/// </summary>
internal static class SvgChart
{
    public sealed record Series(string Name, string Color, IReadOnlyList<decimal?> Values);

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Rows of bars: one label per row, one bar per series; a legend when there are several series.</summary>
    public static string Bars(IReadOnlyList<string> labels, IReadOnlyList<Series> series, decimal scale = 100m, int width = 680, int labelWidth = 190, string? highlight = null, int barHeight = 11)
    {
        const int gap = 2, rowGap = 6, top = 6, axis = 18;
        var rowHeight = series.Count * (barHeight + gap) - gap + rowGap;
        var legend = series.Count > 1 ? 18 : 0;
        var height = top + labels.Count * rowHeight + axis + legend;
        var plot = width - labelWidth - 48;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"""<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" role="img">""");
        var step = scale > 50 ? 20m : 10m;
        for (var g = 0m; g <= scale; g += step)
        {
            var x = labelWidth + (double)(g / scale) * plot;
            sb.Append(Invariant, $"""<line x1="{x:0.#}" y1="{top}" x2="{x:0.#}" y2="{height - axis - legend}" stroke="#d5dde6" stroke-width="0.6"/>""");
            sb.Append(Invariant, $"""<text x="{x:0.#}" y="{height - legend - 5}" font-size="8" text-anchor="middle" fill="#555">{g:0}</text>""");
        }
        for (var r = 0; r < labels.Count; r++)
        {
            var y0 = top + r * rowHeight;
            var bold = highlight is not null && labels[r].StartsWith(highlight, StringComparison.Ordinal);
            sb.Append(Invariant, $"""<text x="{labelWidth - 6}" y="{y0 + series.Count * (barHeight + gap) / 2.0 + 3:0.#}" font-size="8.5" text-anchor="end"{(bold ? " font-weight=\"700\"" : "")}>{ReportHtml.E(labels[r])}</text>""");
            for (var s = 0; s < series.Count; s++)
            {
                if (series[s].Values[r] is not { } v) continue;
                var y = y0 + s * (barHeight + gap);
                var w = (double)(Math.Clamp(v, 0, scale) / scale) * plot;
                var color = bold ? "#c55a11" : series[s].Color;
                sb.Append(Invariant, $"""<rect x="{labelWidth}" y="{y}" width="{w:0.#}" height="{barHeight}" fill="{color}"/>""");
                sb.Append(Invariant, $"""<text x="{labelWidth + w + 3:0.#}" y="{y + barHeight - 2}" font-size="8">{ReportHtml.N(v)}</text>""");
            }
        }
        if (series.Count > 1)
        {
            var x = labelWidth;
            foreach (var s in series)
            {
                sb.Append(Invariant, $"""<rect x="{x}" y="{height - 12}" width="10" height="10" fill="{s.Color}"/><text x="{x + 14}" y="{height - 3}" font-size="8.5">{ReportHtml.E(s.Name)}</text>""");
                x += 24 + s.Name.Length * 6;
            }
        }
        sb.Append("</svg>");
        return sb.ToString();
    }
}
