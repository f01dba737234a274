using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Messages;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Documents;

/// <summary>
/// The annex of the provincial decision publishing a period's results (phụ lục kèm theo quyết định công bố): one
/// ranking table per published group — rank, unit, points, applicable maximum, index, band and the change from last
/// year in points and ranks — with the group's mean, each printed from its frozen snapshot and carrying that
/// snapshot's SHA-256. Published results are public: anyone may print it; nothing prints before publication.
/// </summary>
public sealed record PrintPublicationAnnex(int PeriodId, string? Group = null);

public sealed class PrintPublicationAnnexHandler(AppDbContext db, TimeProvider clock, DocumentSettings settings)
{
    public async Task<PrintedDocument> HandleAsync(PrintPublicationAnnex request, CancellationToken ct = default)
    {
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var groups = await db.Publications.AsNoTracking().Where(p => p.PeriodId == period.Id && (request.Group == null || p.Group == request.Group))
            .Select(p => p.Group).ToListAsync(ct);
        if (groups.Count == 0)
            throw new NotFoundException(request.Group is null ? NotFoundMessages.Unpublished(period.Name) : NotFoundMessages.GroupUnpublished(period.Name, request.Group));

        var b = new StringBuilder();
        var hashes = new List<string>();
        var numeral = 0;
        foreach (var group in groups.Order(StringComparer.Ordinal))
        {
            var published = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(period.Id, group), ct);
            var r = published.Results;
            hashes.Add($"{group}: {published.Sha256}");
            var compared = r.Units.Any(u => u.Change is not null);
            b.Append($"""
                <div class="{(numeral++ > 0 ? "break" : "")}">
                <h3>{Roman(numeral)}. KHỐI {E(group.ToUpper(Vi))}</h3>
                <p class="note">Công bố ngày {OfficialDocument.Day(DateOnly.FromDateTime(Moment.InVietnam(published.PublishedAt).DateTime))}; {r.Units.Count} đơn vị.</p>
                <table class="grid">{(compared ? OfficialDocument.Columns(8, 32, 10, 10, 10, 10, 10, 10) : OfficialDocument.Columns(8, 42, 12, 12, 13, 13))}<thead><tr><th>Xếp hạng</th><th>Đơn vị</th><th class="n">Điểm đạt</th><th class="n">Điểm tối đa áp dụng</th>
                <th class="n">Chỉ số (%)</th><th>Xếp loại</th>{(compared ? "<th class=\"n\">Tăng, giảm điểm</th><th class=\"n\">Tăng, giảm bậc</th>" : "")}</tr></thead><tbody>
                """);
            foreach (var u in r.Units)
            {
                b.Append($"<tr><td class=\"c\">{u.Rank}</td><td>{E(u.Unit.Name)}</td><td class=\"n\">{N(u.Score.TotalPoints)}</td><td class=\"n\">{Max(u.Score.TotalMax)}</td>"
                         + $"<td class=\"n\">{N(u.Index)}</td><td>{E(u.Band.Label)}</td>");
                if (compared)
                    b.Append(u.Change is { } c
                        ? $"<td class=\"n\">{Signed(c.DeltaPoints)}</td><td class=\"n\">{(c.DeltaRank is null ? "mới" : Signed(c.DeltaRank))}</td>"
                        : "<td class=\"n\">–</td><td class=\"n\">–</td>");
                b.Append("</tr>");
            }
            b.Append($"<tr class=\"total\"><td></td><td>Trung bình khối</td><td></td><td></td><td class=\"n\">{N(r.Statistics.Mean)}</td><td></td>{(compared ? "<td></td><td></td>" : "")}</tr>");
            b.Append("</tbody></table>");
            b.Append($"<p class=\"small\">Chỉ số = điểm đạt / điểm tối đa áp dụng × 100, làm tròn hai chữ số thập phân; xếp hạng theo chỉ số chưa làm tròn. "
                     + $"Số liệu từ bản công bố có mã SHA-256 {published.Sha256}.</p></div>");
        }

        var document = new OfficialDocument(null, settings.AuthorityOrDefault, null, settings.PlaceOrBlank, clock.GetUtcNow(),
            "PHỤ LỤC", $"Kết quả Chỉ số cải cách hành chính năm {period.Year} của các cơ quan, đơn vị",
            $"(Kèm theo Quyết định số {DocumentSettings.Blank}/QĐ-UBND ngày {DocumentSettings.Blank} của {settings.AuthorityOrDefault})", b.ToString(),
            [], [new Signer("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", null, "(Ký, ghi rõ họ tên, đóng dấu)")],
            $"ParIndex · {period.Name} · in lúc {OfficialDocument.When(clock.GetUtcNow())} · bản công bố SHA-256 {string.Join("; ", hashes)}");
        return new PrintedDocument($"Phụ lục kết quả Chỉ số CCHC năm {period.Year}", $"phu-luc-cong-bo-{period.Year}.pdf", document.Html());
    }

    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    private static string Roman(int n) => n switch { 1 => "I", 2 => "II", 3 => "III", 4 => "IV", 5 => "V", 6 => "VI", 7 => "VII", 8 => "VIII", 9 => "IX", 10 => "X", _ => n.ToString(CultureInfo.InvariantCulture) };
}
