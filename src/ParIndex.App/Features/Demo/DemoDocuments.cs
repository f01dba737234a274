using System.Globalization;
using System.Text;
using ParIndex.App.Features.Evidence;

namespace ParIndex.App.Features.Demo;

/// <summary>One demo evidence document: what kind it is, its number, date, issuer, summary and the sub-criteria it supports.</summary>
internal sealed record DemoDocument(string Kind, string Number, DateOnly IssuedOn, string Issuer, string Summary, IReadOnlyList<string> Leaves)
{
    public const string Plan = "plan";
    public const string Report = "report";
    public const string Procedures = "procedures";
    public const string Finance = "finance";
    public const string Positions = "positions";
    public const string Appeal = "appeal";

    /// <summary>The request that stores it, with a tiny PDF of its own as the file.</summary>
    public AddEvidence Request(int periodId, string unitCode, IReadOnlyList<string> leaves) =>
        new(periodId, unitCode, Number, IssuedOn, Issuer, Summary, new MemoryStream(Pdf()), FileName, leaves);

    public string FileName => DemoPdf.Ascii(Number).Replace('/', '-').Replace(' ', '-') + ".pdf";

    public byte[] Pdf()
    {
        var date = IssuedOn;
        return DemoPdf.Create($"{Number} — {Summary}",
        [
            Issuer.ToUpperInvariant(),
            "CONG HOA XA HOI CHU NGHIA VIET NAM",
            "Doc lap - Tu do - Hanh phuc",
            "",
            $"So: {Number}",
            $"Tinh Mau, ngay {date.Day:D2} thang {date.Month:D2} nam {date.Year}",
            "",
            .. Wrap(Summary, 80),
            "",
            "(Tai lieu mau cua ParIndex, khong phai van ban that / ParIndex demo document, not a real one)",
        ]);
    }

    private static IEnumerable<string> Wrap(string text, int width)
    {
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + word.Length + 1 > width)
            {
                yield return line.ToString();
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) yield return line.ToString();
    }
}

/// <summary>
/// The documents a unit keeps as evidence for a year's self-assessment, with realistic Vietnamese numbers
/// ("125/QĐ-SNV"), dates and issuers. Numbers are derived from a stable hash, so every load makes the same ones.
/// </summary>
internal static class DemoDocuments
{
    public static IReadOnlyList<DemoDocument> For(string unitCode, string unitName, bool commune, int year)
    {
        var issuer = commune ? "Ủy ban nhân dân " + LowerFirst(unitName) : unitName;
        string Number(string kind, string type) =>
            commune ? $"{Stable(unitCode, year, kind) % 180 + 10}/{type}-UBND" : $"{Stable(unitCode, year, kind) % 380 + 10}/{type}-{unitCode}";
        int Day(string kind, int from, int span) => from + Stable(unitCode, year, kind + "-day") % span;

        var docs = new List<DemoDocument>
        {
            new(DemoDocument.Plan, Number(DemoDocument.Plan, "QĐ"), new DateOnly(year, 1, Day(DemoDocument.Plan, 6, 10)), issuer,
                $"Quyết định ban hành Kế hoạch cải cách hành chính năm {year} của {unitName}", ["1.1.1"]),
            new(DemoDocument.Report, Number(DemoDocument.Report, "BC"), new DateOnly(year, 12, Day(DemoDocument.Report, 8, 8)), issuer,
                $"Báo cáo kết quả thực hiện công tác cải cách hành chính năm {year}", ["1.1.2", "1.2.1"]),
            new(DemoDocument.Procedures, Number(DemoDocument.Procedures, "BC"), new DateOnly(year, 12, Day(DemoDocument.Procedures, 16, 8)), issuer,
                $"Báo cáo thống kê kết quả giải quyết thủ tục hành chính năm {year}, trích xuất từ Hệ thống thông tin giải quyết TTHC tỉnh", ["3.2.1", "3.2.3"]),
            new(DemoDocument.Finance, Number(DemoDocument.Finance, "QĐ"), new DateOnly(year, 1, Day(DemoDocument.Finance, 16, 10)), issuer,
                $"Quyết định ban hành Quy chế chi tiêu nội bộ năm {year}", [commune ? "5.1.1" : "6.1.1"]),
        };
        if (!commune)
            docs.Add(new(DemoDocument.Positions, $"{Stable(unitCode, year, DemoDocument.Positions) % 2900 + 100}/QĐ-UBND",
                new DateOnly(year - 1, 11, Day(DemoDocument.Positions, 3, 20)), "Ủy ban nhân dân tỉnh",
                $"Quyết định phê duyệt danh mục vị trí việc làm và cơ cấu ngạch công chức của {unitName}", ["5.1.1"]));
        return docs;
    }

    /// <summary>A document a unit adds in the appeal window to support its appeal.</summary>
    public static DemoDocument ForAppeal(string unitCode, string unitName, int year, string type, DateOnly issuedOn, string summary) =>
        new(DemoDocument.Appeal, $"{Stable(unitCode, year, DemoDocument.Appeal) % 380 + 10}/{type}", issuedOn, unitName, summary, []);

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], CultureInfo.GetCultureInfo("vi-VN")) + s[1..];

    /// <summary>FNV-1a over the UTF-8 text: the same on every machine and run, unlike string.GetHashCode.</summary>
    private static int Stable(string unit, int year, string kind)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes($"{unit}|{year}|{kind}"))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return (int)(hash % 1_000_000);
    }
}
