using System.Globalization;
using System.Text;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// Pieces shared by the printed reports: HTML escaping, numbers written the Vietnamese way ("92,73", "+1,06",
/// "26,3%"), and the print stylesheet (A4, Noto Sans, tables that keep their header on every page).
/// </summary>
internal static class ReportHtml
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
            sb.Append(c switch { '<' => "&lt;", '>' => "&gt;", '&' => "&amp;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }

    public static string N(decimal value) => Publish.Round(value).ToString("#,##0.00", Vietnamese);

    public static string N(decimal? value) => value is { } v ? N(v) : "–";

    public static string Signed(decimal? value) => value switch { null => "–", > 0 => "+" + N(value.Value), _ => N(value.Value) };

    public static string Signed(int? value) => value switch { null => "mới", > 0 => "+" + value, _ => value.Value.ToString(CultureInfo.InvariantCulture) };

    public static string Share(decimal ratio) => (ratio * 100m).ToString("0.0", Vietnamese) + "%";

    public static string Max(decimal value) => NumberText.Vi(value);

    public const string Css = """
        @page { size: A4; margin: 14mm 14mm 16mm 14mm; }
        * { box-sizing: border-box; }
        body { font-family: "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10pt; color: #1b1f24; margin: 0; line-height: 1.4; }
        h1 { font-size: 20pt; color: #1f4e79; margin: 0 0 6mm; }
        h2 { font-size: 14pt; color: #1f4e79; border-bottom: 1.5pt solid #1f4e79; padding-bottom: 1mm; margin: 8mm 0 3mm; break-after: avoid; }
        h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
        p { margin: 0 0 2mm; }
        .cover { height: 255mm; display: flex; flex-direction: column; justify-content: center; break-after: page; }
        .cover .kicker { font-size: 12pt; letter-spacing: .05em; text-transform: uppercase; color: #555; }
        .cover .meta { margin-top: 10mm; font-size: 11pt; }
        .note { color: #555; font-size: 9pt; }
        .figures { display: grid; grid-template-columns: repeat(5, 1fr); gap: 3mm; margin: 3mm 0; }
        .figure { border: 0.75pt solid #8ea9c1; padding: 2mm 3mm; }
        .figure b { display: block; font-size: 15pt; color: #1f4e79; }
        .figure span { font-size: 8.5pt; color: #555; }
        table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; }
        th { background: #1f4e79; color: #fff; font-weight: 600; text-align: left; padding: 1.2mm 1.5mm; }
        td { border-bottom: 0.5pt solid #c9d6e3; padding: 1mm 1.5mm; }
        td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        .up { color: #1e7b34; } .down { color: #b3261e; }
        svg { display: block; margin: 2mm 0 4mm; }
        svg text { font-family: "Noto Sans", sans-serif; }
        .section { break-before: page; }
        .two { display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
        .scorecard { font-size: 9pt; }
        .scorecard h1 { font-size: 17pt; margin-bottom: 2mm; }
        .scorecard h2 { font-size: 12pt; margin: 4mm 0 2mm; }
        .scorecard table { margin-bottom: 2mm; }
        """;

    /// <param name="css">The stylesheet; the reports' own (<see cref="Css"/>) unless a document brings its own.</param>
    public static string Page(string title, string body, string? css = null) =>
        $"""
        <!DOCTYPE html>
        <html lang="vi"><head><meta charset="utf-8"><title>{E(title)}</title><style>{css ?? Css}</style></head>
        <body>
        {body}
        </body></html>
        """;
}
