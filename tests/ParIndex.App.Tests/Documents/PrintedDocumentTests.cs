using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Documents;
using ParIndex.App.Tests.Analysis;
using ParIndex.App.Tests.Demo;

namespace ParIndex.App.Tests.Documents;

/// <summary>
/// The documents to print and sign, for the demo's published 2025 departments, printed by headless Chromium and read
/// back with pdftotext (plain, and with -layout for table rows); every page is kept as PNG under artifacts/documents
/// for a person to look at. Figures worked by hand from samples/tinh-mau/scores-so-2025.csv and the story in
/// samples/README.md: STC's fourteen survey-derived leaves, entered at appraisal, make 26.70 points (2.3.2 0.93×1,
/// 3.5.1 0.87 → tier 0.5, 3.5.2 0.81×1.5 = 1.215, 5.5.2 1.35, 7.4.3 1.23, 8.1.1 1.86, 8.1.2 2.73, 8.1.3 → 2.5,
/// 8.1.4 2.025, 8.1.5 1.74, 8.2.1 2.49, 8.2.2 → 3, 8.3.1 2.46, 8.3.2 2.67), so its self-assessment is
/// 92.725 − 26.70 = 66.025 and, with 1.3.1 cut from 1 to 0.5 at appraisal, the appraisal 92.225.
/// </summary>
public sealed class PrintedDocumentTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    private static readonly string Artifacts = Path.Combine(AppContext.BaseDirectory, "artifacts", "documents");

    private static readonly DocumentSettings Settings = new("Tỉnh Mẫu", "UBND tỉnh Mẫu", "Hội đồng thẩm định Chỉ số CCHC tỉnh");

    /// <summary>Printing time: 12/06/2026 09:30, Vietnam time.</summary>
    internal static readonly TimeProvider Clock = new FixedClock(new DateTimeOffset(2026, 6, 12, 9, 30, 0, TimeSpan.FromHours(7)));

    private int Year2025 => demo.Loaded.PeriodIds[1];

    /// <summary>Prints, keeps the PDF, its PNG pages and texts; returns the text with whitespace collapsed and the layout text's lines.</summary>
    private static async Task<(string Text, string[] Lines, int Pages)> Print(PrintedDocument document, string name)
    {
        var pdf = await document.PdfAsync();
        Directory.CreateDirectory(Artifacts);
        var path = Path.Combine(Artifacts, name + ".pdf");
        await File.WriteAllBytesAsync(path, pdf);
        foreach (var old in Directory.GetFiles(Artifacts, name + "-*.png")) File.Delete(old);
        Tools.Run("pdftoppm", "-png", "-r", "80", path, Path.Combine(Artifacts, name));
        var text = Tools.Run("pdftotext", "-enc", "UTF-8", path, "-");
        var layout = Tools.Run("pdftotext", "-layout", "-enc", "UTF-8", path, "-");
        await File.WriteAllTextAsync(Path.Combine(Artifacts, name + ".txt"), layout);
        return (Regex.Replace(text, @"\s+", " "), layout.Split('\n'), Directory.GetFiles(Artifacts, name + "-*.png").Length);
    }

    /// <summary>The layout line of a table row that starts with this code, whitespace collapsed.</summary>
    private static string Row(string[] lines, string code) =>
        Regex.Replace(Assert.Single(lines, l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(code)}\s")), @"\s+", " ").Trim();

    private static string Vi(decimal points) => Math.Round(points, 2, MidpointRounding.AwayFromZero).ToString("#,##0.00", CultureInfo.GetCultureInfo("vi-VN"));

    private static void NationalHeader(string text)
    {
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text);
        Assert.Contains("Tỉnh Mẫu, ngày 12 tháng 6 năm 2026", text);
        Assert.Contains("UBND TỈNH MẪU", text);
    }

    [Fact]
    public async Task The_dossier_lists_every_item_with_the_ledgers_points_and_the_evidence_numbers_and_dates()
    {
        await using var db = demo.Open();
        var doc = await new PrintDossierHandler(db, Clock, Settings).HandleAsync(demo.Operator, new PrintDossier(Year2025, "STC"));
        var (text, lines, pages) = await Print(doc, "ho-so-STC-2025");

        NationalHeader(text);
        Assert.Contains("SỞ TÀI CHÍNH", text);
        Assert.Contains("Số: ……………/BC-STC", text);
        Assert.Contains("BÁO CÁO Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025", text);
        Assert.Contains("Tổng điểm tự đánh giá: 66,03/100 điểm; chỉ số 66,03%.", text);
        Assert.Contains("THỦ TRƯỞNG ĐƠN VỊ", text);
        Assert.Contains("Nơi nhận:", text);
        Assert.True(pages >= 3, $"{pages} pages");

        // Every self-assessed leaf's row shows the ledger's latest self-assessed points and version.
        var submission = await db.Submissions.SingleAsync(s => s.PeriodId == Year2025 && s.Unit.Code == "STC");
        var self = (await db.Scores.Where(e => e.SubmissionId == submission.Id && e.Stage == ScoreStage.SelfAssessed).ToListAsync())
            .GroupBy(e => e.LeafCode).Select(g => g.MaxBy(e => e.Version)!).ToList();
        Assert.Equal(53, self.Count); // 67 leaves less the 14 survey-derived ones
        foreach (var e in self) Assert.Contains($" {Vi(e.Points)} ", Row(lines, e.LeafCode) + " ");
        Assert.Matches(@"^1\.3\.1 Số tin, bài .* 1 1,00 Số lượng 13 thuộc mức", Row(lines, "1.3.1"));
        Assert.Contains("Sổ điểm: 53 bút toán", text);

        // Every linked document with its number and date, under each sub-criterion it supports.
        var linked = await db.EvidenceLinks.Where(l => l.SubmissionId == submission.Id)
            .Join(db.Evidence, l => l.DocumentId, d => d.Id, (l, d) => new { l.LeafCode, d.Number, d.IssuedOn }).ToListAsync();
        Assert.NotEmpty(linked);
        foreach (var d in linked)
            Assert.Contains($"Số {d.Number} ngày {d.IssuedOn:dd/MM/yyyy}", text);
    }

    [Fact]
    public async Task The_appraisal_minutes_show_both_totals_the_adjusted_item_with_its_reason_and_the_appraiser()
    {
        await using var db = demo.Open();
        var doc = await new PrintAppraisalMinutesHandler(db, Clock, Settings).HandleAsync(demo.Operator, new PrintAppraisalMinutes(Year2025, "STC"));
        var (text, lines, _) = await Print(doc, "bien-ban-STC-2025");

        NationalHeader(text);
        Assert.Contains("HỘI ĐỒNG THẨM ĐỊNH CHỈ SỐ CCHC TỈNH", text);
        Assert.Contains("Số: ……………/BB-HĐTĐ", text);
        Assert.Contains("BIÊN BẢN Thẩm định kết quả tự đánh giá Chỉ số cải cách hành chính năm 2025 của Sở Tài chính", text);
        Assert.Contains("Đơn vị tự đánh giá 66,03 100 66,03", text);
        Assert.Contains("Kết quả thẩm định 92,23 100 92,23", text);
        Assert.Contains("Chênh lệch (thẩm định − tự đánh giá) +26,20 +26,20", text);
        Assert.Contains("Các tiêu chí thành phần được điều chỉnh (1)", text);
        Assert.Contains("1.3.1 Số tin, bài về cải cách 1,00 0,50 -0,50 Chỉ 9/13 tin, bài có nội dung", Row(lines, "1.3.1"));
        Assert.Contains("Điểm từ kết quả điều tra xã hội học (14)", text);
        Assert.Contains("1,5 1,22", Row(lines, "3.5.2")); // 0.81 × 1.5 = 1.215
        Assert.Contains("2,5 2,50", Row(lines, "8.1.3")); // 96 % is in the top tier
        Assert.Contains("Người thẩm định: Lê Thị Thu (thẩm định khối sở).", text);
        Assert.Contains("NGƯỜI THẨM ĐỊNH", text);
        Assert.Contains("ĐẠI DIỆN ĐƠN VỊ ĐƯỢC THẨM ĐỊNH", text);
        Assert.Contains("Sổ điểm: 68 bút toán", text); // 53 self-assessed, 1 adjustment and 14 survey entries
    }

    [Fact]
    public async Task The_appeal_decisions_show_each_decision_with_the_points_before_and_after()
    {
        await using var db = demo.Open();
        var doc = await new PrintAppealDecisionsHandler(db, Clock, Settings).HandleAsync(demo.Operator, new PrintAppealDecisions(Year2025));
        var (text, lines, pages) = await Print(doc, "giai-trinh-2025");

        NationalHeader(text);
        Assert.Contains("Số: ……………/TB-HĐTĐ", text);
        Assert.Contains("THÔNG BÁO Kết quả giải quyết giải trình của các đơn vị về kết quả thẩm định Chỉ số cải cách hành chính năm 2025", text);
        // Each row's first printed line: the unit, the sub-criterion, the appraised points, what was asked, the decision, the points after it.
        Assert.Single(lines, l => Regex.IsMatch(l, @"^\s*1\s+Sở Giáo dục\s+3\.2\.2\. Xin lỗi.*\s0,00 Đạt → 1 điểm\s+Không\s+0,00 Không chấp nhận:"));
        Assert.Single(lines, l => Regex.IsMatch(l, @"^\s*2\s+Sở Tài\s+1\.3\.1\. Số tin.*\s0,50 Số lượng 13\s+Chấp\s+1,00 Chấp nhận:"));
        Assert.Contains("Tổng cộng 2 giải trình: 1 được chấp nhận, 1 không được chấp nhận.", text);
        Assert.Contains("TM. HỘI ĐỒNG THẨM ĐỊNH", text);
        Assert.Contains("CHỦ TỊCH", text);
        Assert.Contains("Sổ điểm: 3 bút toán", text); // two appraised entries and the accepted appeal's
        Assert.Equal(1, pages);
    }

    [Fact]
    public async Task The_publication_annex_is_the_ranking_table_of_each_group_with_its_snapshot_hash()
    {
        await using var db = demo.Open();
        var doc = await new PrintPublicationAnnexHandler(db, Clock, Settings).HandleAsync(new PrintPublicationAnnex(Year2025));
        var (text, _, _) = await Print(doc, "phu-luc-2025");

        NationalHeader(text);
        Assert.Contains("PHỤ LỤC Kết quả Chỉ số cải cách hành chính năm 2025 của các cơ quan, đơn vị", text);
        Assert.Contains("(Kèm theo Quyết định số ……………/QĐ-UBND", text);
        Assert.Contains("I. KHỐI SỞ, BAN, NGÀNH", text);
        Assert.Contains("II. KHỐI XÃ, PHƯỜNG", text);
        Assert.Contains("1 Sở Tài chính 92,73 100 92,73 Xuất sắc -0,61 +1", text);
        Assert.Contains("4 Ban Quản lý Khu kinh tế 83,26 92 90,50 Xuất sắc", text); // 83.26 of the 92 applicable
        Assert.Contains("11 Sở Công Thương 86,42 100 86,42 Tốt", text);
        Assert.Contains("11 Sở Xây dựng 86,42 100 86,42 Tốt", text); // the exact tie shares rank 11
        Assert.Contains("19 Sở Giáo dục và Đào tạo 77,81 100 77,81 Khá -5,60 -7", text);
        Assert.Contains("8 Sở Kế hoạch và Đầu tư 87,48 100 87,48 Tốt +5,43 +8", text);
        foreach (var p in await db.Publications.Where(p => p.PeriodId == Year2025).ToListAsync())
            Assert.Contains("SHA-256 " + p.Sha256, text);
        Assert.Contains("TM. ỦY BAN NHÂN DÂN", text);
    }

    internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}
