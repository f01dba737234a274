using System.Globalization;
using System.Text;
using ParIndex.App.Data;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Documents;

/// <summary>Who signs: the capacity line ("TM. HỘI ĐỒNG THẨM ĐỊNH"), the title ("CHỦ TỊCH"), and the name when known.</summary>
public sealed record Signer(string? Capacity, string Title, string? Name, string Note = "(Ký, ghi rõ họ tên)");

/// <summary>
/// A document laid out as the national rules for administrative documents prescribe (Nghị định 30/2020/NĐ-CP, Phụ lục
/// I), on A4 in Noto Serif: top left the governing authority and the issuing body with the number ("Số: …/BC-STC", the
/// number itself left for the records office); top right the national name ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
/// the motto ("Độc lập - Tự do - Hạnh phúc") and the place and date; the kind and subject of the document; its body;
/// the recipients bottom left and the signature blocks bottom right. Pages after the first carry their number at the
/// top, and every page carries, at the bottom, what the figures were printed from.
/// </summary>
/// <param name="Authority">The body the issuer answers to; null when the issuer is itself the authority.</param>
/// <param name="Number">The symbol after "Số: ……/" (e.g. "BC-STC"); null for a document that has none of its own.</param>
/// <param name="Date">The date of the document, written in Vietnam time.</param>
/// <param name="Attached">For an appendix: the line "(Kèm theo …)" naming the document it belongs to.</param>
/// <param name="Body">The body as HTML, its texts already escaped.</param>
/// <param name="Provenance">What the figures come from (snapshot hash, ledger versions), plain text.</param>
public sealed record OfficialDocument(string? Authority, string Issuer, string? Number, string Place, DateTimeOffset Date,
    string Kind, string Subject, string? Attached, string Body, IReadOnlyList<string> Recipients, IReadOnlyList<Signer> Signers, string Provenance)
{
    public const string Nation = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    public const string Motto = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>"ngày 05 tháng 02 năm 2026": a zero before days under 10 and before months 1 and 2, as the decree asks.</summary>
    public static string DateWords(DateTimeOffset at)
    {
        var vn = Moment.InVietnam(at);
        var day = vn.Day < 10 ? "0" + vn.Day : vn.Day.ToString(CultureInfo.InvariantCulture);
        var month = vn.Month < 3 ? "0" + vn.Month : vn.Month.ToString(CultureInfo.InvariantCulture);
        return $"ngày {day} tháng {month} năm {vn.Year}";
    }

    /// <summary>A date and time the way the pages write them: 31/03/2026 17:00 (Vietnam time).</summary>
    public static string When(DateTimeOffset at) => Moment.InVietnam(at).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => day?.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture) ?? "";

    /// <summary>A table's column widths in percent, so numbers get narrow columns and texts wide ones.</summary>
    public static string Columns(params int[] percents) =>
        "<colgroup>" + string.Concat(percents.Select(p => $"<col style=\"width:{p}%\">")) + "</colgroup>";

    public string Html()
    {
        var b = new StringBuilder();
        b.Append($"""
            <table class="head"><tr>
              <td class="issuer">{(Authority is null ? "" : $"<div>{E(Authority.ToUpper(Vi))}</div>")}<div class="b">{E(Issuer.ToUpper(Vi))}</div><div class="line"></div>
                {(Number is null ? "" : $"<div class=\"number\">Số: {DocumentSettings.Blank}/{E(Number)}</div>")}</td>
              <td class="nation"><div class="b">{Nation}</div><div class="b motto">{Motto}</div><div class="line wide"></div>
                <div class="date">{E(Place)}, {DateWords(Date)}</div></td>
            </tr></table>
            <div class="kind">{E(Kind)}</div>
            <div class="subject">{E(Subject)}</div>
            {(Attached is null ? "" : $"<div class=\"attached\">{E(Attached)}</div>")}
            <div class="line short"></div>
            <div class="body">{Body}</div>
            <div class="end">
            """);
        if (Recipients.Count > 0)
        {
            b.Append("<div class=\"recipients\"><div class=\"bi\">Nơi nhận:</div>");
            for (var i = 0; i < Recipients.Count; i++)
                b.Append($"<div>- {E(Recipients[i])}{(i == Recipients.Count - 1 ? "." : ";")}</div>");
            b.Append("</div>");
        }
        b.Append("<div class=\"signers\">");
        foreach (var s in Signers)
            b.Append($"""
                <div class="signer">{(s.Capacity is null ? "" : $"<div class=\"b\">{E(s.Capacity)}</div>")}<div class="b">{E(s.Title)}</div>
                <div class="note">{E(s.Note)}</div><div class="space"></div><div class="b">{E(s.Name)}</div></div>
                """);
        b.Append("</div></div>");
        return Page($"{Kind} {Subject}", b.ToString(), Css + $"@page {{ @bottom-center {{ content: \"{CssString(Provenance)}\"; font-size: 7pt; color: #444; font-family: 'Noto Sans', sans-serif; }} }}");
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>Text inside a CSS string: backslashes, quotes and line breaks escaped, shortened to the two lines the margin holds.</summary>
    private static string CssString(string text)
    {
        var line = text.Length > 300 ? text[..299] + "…" : text;
        return line.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)
            .Replace("\n", " ", StringComparison.Ordinal).Replace("\r", " ", StringComparison.Ordinal).Replace("<", "\\3c ", StringComparison.Ordinal);
    }

    /// <summary>A4 with the decree's margins (top and bottom 20 mm, left 30 mm, right 15 mm), page numbers from page 2 at the top.</summary>
    public const string Css = """
        @page { size: A4; margin: 20mm 15mm 20mm 30mm; @top-center { content: counter(page); font-family: "Noto Serif", serif; font-size: 12pt; } }
        @page :first { @top-center { content: none; } }
        * { box-sizing: border-box; }
        body { font-family: "Noto Serif", "Noto Sans", serif; font-size: 12pt; color: #000; margin: 0; line-height: 1.35; }
        .b { font-weight: 700; }
        .bi { font-weight: 700; font-style: italic; }
        table.head { width: 100%; border-collapse: collapse; margin: 0 0 6mm; }
        table.head td { vertical-align: top; text-align: center; padding: 0; border: none; }
        table.head td.issuer { width: 40%; font-size: 12pt; }
        table.head td.nation { width: 60%; font-size: 12pt; }
        .motto { font-size: 13pt; }
        .line { border-top: 0.75pt solid #000; width: 30%; margin: 1mm auto 2mm; }
        .line.wide { width: 58%; }
        .line.short { width: 22%; margin: 1mm auto 5mm; }
        .number { font-size: 12pt; }
        .date { font-style: italic; font-size: 12.5pt; margin-top: 1mm; }
        .kind { text-align: center; font-weight: 700; font-size: 13.5pt; margin-top: 4mm; }
        .subject { text-align: center; font-weight: 700; font-size: 13pt; margin: 0 10mm; }
        .attached { text-align: center; font-style: italic; font-size: 12pt; }
        .body p { text-align: justify; text-indent: 10mm; margin: 0 0 2.5mm; font-size: 12.5pt; }
        .body p.note, .body p.small { text-indent: 0; }
        .body p.small { font-size: 9pt; }
        .body h3 { font-size: 12.5pt; margin: 4mm 0 2mm; break-after: avoid; }
        table.grid { width: 100%; border-collapse: collapse; margin: 2mm 0 4mm; font-size: 9.5pt; line-height: 1.3; table-layout: fixed; }
        table.grid thead { display: table-header-group; }
        table.grid tr { break-inside: avoid; }
        table.grid th { border: 0.5pt solid #000; background: #eee; font-weight: 700; padding: 1mm 1.2mm; text-align: center; vertical-align: middle; }
        table.grid td { border: 0.5pt solid #000; padding: 0.8mm 1.2mm; vertical-align: top; }
        table.grid td.n { text-align: right; font-variant-numeric: tabular-nums; }
        table.grid td { overflow-wrap: break-word; }
        table.grid td.c { text-align: center; }
        table.grid tr.area td { font-weight: 700; background: #f4f4f4; }
        table.grid tr.criterion td { font-weight: 700; }
        table.grid tr.total td { font-weight: 700; }
        .small { font-size: 8.5pt; color: #222; }
        table.grid ul { margin: 0.5mm 0 0; padding-left: 4mm; }
        .end { display: flex; margin-top: 8mm; break-inside: avoid; }
        .recipients { font-size: 11pt; width: 38%; flex: none; }
        .signers { flex: 1; display: flex; flex-wrap: wrap; justify-content: space-around; row-gap: 6mm; }
        .signer { text-align: center; font-size: 12.5pt; min-width: 45%; break-inside: avoid; }
        .note { font-style: italic; font-size: 11pt; }
        .space { height: 24mm; }
        .break { break-before: page; }
        """;
}

/// <summary>A printed document ready to print: its title, the file name to offer, and the HTML that prints it.</summary>
public sealed record PrintedDocument(string Title, string FileName, string Html)
{
    /// <summary>The PDF, printed by headless Chromium like the reports (<see cref="Analysis.PdfPrinter"/>).</summary>
    public Task<byte[]> PdfAsync(CancellationToken ct = default) => Analysis.PdfPrinter.PrintAsync(Html, ct);
}
