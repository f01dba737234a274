using System.Text;
using ParIndex.Domain.Analysis;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// The printed analysis report of a group ("Báo cáo phân tích, đánh giá Chỉ số CCHC"): a cover, the summary
/// figures against last year, charts, the ranking, components, lost points, self-assessment quality, findings per
/// area and, when computed, the robustness of the ranks (labelled as an analysis beside the official ranking).
/// </summary>
public static class AnalysisReport
{
    public static string Title(AnalysisView view) => $"Báo cáo phân tích, đánh giá Chỉ số CCHC năm {view.Ranking.Year} — {view.Ranking.Group}";

    public static string Html(AnalysisView view)
    {
        var r = view.Ranking;
        var a = view.Analysis;
        var o = a.Overview;
        var last = view.PreviousYear;
        var b = new StringBuilder();
        b.Append($"""
            <section class="cover">
              <div class="kicker">Chỉ số cải cách hành chính</div>
              <h1>Báo cáo phân tích, đánh giá Chỉ số CCHC năm {r.Year}</h1>
              <p><b>Khối: {E(r.Group)}</b></p>
              <div class="meta">
                <p>{E(r.PeriodName)} · {o.Count} đơn vị được đánh giá</p>
                <p>{(r.Published ? $"Kết quả đã công bố ngày {r.PublishedAt!.Value.ToOffset(TimeSpan.FromHours(7)):dd/MM/yyyy}; mã SHA-256 {E(r.Sha256)}" : "Kết quả tạm tính, chưa công bố")}</p>
                <p class="note">Chỉ số = tổng điểm / tổng điểm tối đa áp dụng × 100; xếp hạng theo chỉ số chưa làm tròn.</p>
              </div>
            </section>
            """);

        b.Append("<h2>1. Tổng quan</h2><div class=\"figures\">");
        Figure(b, "Số đơn vị", o.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), null);
        Figure(b, "Chỉ số trung bình", N(o.Mean), o.PreviousMean);
        Figure(b, "Trung vị", N(o.Median), o.PreviousMedian);
        Figure(b, "Thấp nhất", N(o.Min), o.PreviousMin);
        Figure(b, "Cao nhất", N(o.Max), o.PreviousMax);
        b.Append("</div>");
        b.Append($"<p>{o.UnitsAboveMean.Count}/{o.Count} đơn vị có chỉ số cao hơn mức trung bình {N(o.Mean)}%"
            + (o.PreviousMean is { } pm ? $"; trung bình năm {last} là {N(pm)}% ({Signed(o.Mean - pm)} điểm)." : ".") + "</p>");

        b.Append("<h3>Phân bố theo xếp loại</h3>");
        b.Append(SvgChart.Bars([.. o.Bands.Select(x => x.Band)], [new("Tỷ lệ đơn vị (%)", "#1f4e79", [.. o.Bands.Select(x => (decimal?)(x.Share * 100m))])], 100m, 680, 120));
        b.Append("<table><thead><tr><th>Xếp loại</th><th class=\"n\">Số đơn vị</th><th class=\"n\">Tỷ lệ</th></tr></thead><tbody>");
        foreach (var band in o.Bands) b.Append($"<tr><td>{E(band.Band)}</td><td class=\"n\">{band.Count}</td><td class=\"n\">{Share(band.Share)}</td></tr>");
        b.Append("</tbody></table>");

        if (o.RisersByPoints.Count + o.FallersByPoints.Count > 0)
        {
            b.Append($"<h3>Tăng, giảm nhiều nhất so với năm {last}</h3><div class=\"two\">");
            Movers(b, "Tăng điểm nhiều nhất", o.RisersByPoints);
            Movers(b, "Giảm điểm nhiều nhất", o.FallersByPoints);
            b.Append("</div>");
        }

        b.Append("<section class=\"section\"><h2>2. Xếp hạng</h2>");
        b.Append(SvgChart.Bars([.. r.Results.Units.Select(u => $"{u.Rank}. {u.Unit.Name}")], [new("Chỉ số (%)", "#1f4e79", [.. r.Results.Units.Select(u => (decimal?)u.Index)])], 100m, 680, 230));
        b.Append("<table><thead><tr><th class=\"n\">Hạng</th><th>Đơn vị</th><th class=\"n\">Tổng điểm</th><th class=\"n\">Chỉ số (%)</th><th>Xếp loại</th><th class=\"n\">Δ điểm</th><th class=\"n\">Δ hạng</th></tr></thead><tbody>");
        foreach (var u in r.Results.Units)
            b.Append($"<tr><td class=\"n\">{u.Rank}</td><td>{E(u.Unit.Name)} ({E(u.Unit.Code)})</td><td class=\"n\">{N(u.Score.TotalPoints)}/{Max(u.Score.TotalMax)}</td>"
                + $"<td class=\"n\">{N(u.Index)}</td><td>{E(u.Band.Label)}</td><td class=\"n {Tone(u.Change?.DeltaPoints)}\">{Signed(u.Change?.DeltaPoints)}</td><td class=\"n\">{(u.Change is null ? "" : Signed(u.Change.DeltaRank))}</td></tr>");
        b.Append("</tbody></table></section>");

        var c = a.Components;
        b.Append("<section class=\"section\"><h2>3. Chỉ số thành phần</h2>");
        b.Append(SvgChart.Bars([.. c.Areas.Select(x => $"{x.Code}. {Short(x.Name)}")],
            last is null
                ? [new($"Năm {r.Year}", "#1f4e79", [.. c.Areas.Select(x => x.Mean)])]
                : [new($"Năm {r.Year}", "#1f4e79", [.. c.Areas.Select(x => x.Mean)]), new($"Năm {last}", "#9dc3e6", [.. c.Areas.Select(x => x.PreviousMean)])], 100m, 680, 230));
        b.Append($"<p>Lĩnh vực có chỉ số trung bình thấp nhất: {string.Join("; ", c.Weakest.Select(x => $"{E(x.Code)}. {E(x.Name)} ({N(x.Mean)}%)"))}.</p>");

        b.Append("<h3>Nhận định theo lĩnh vực</h3>");
        var f = r.Results.Framework;
        for (var i = 0; i < c.Areas.Count; i++)
        {
            var area = c.Areas[i];
            var lowest = c.Matrix.Where(m => m.Areas[i] is not null).OrderBy(m => m.Areas[i]).Take(3).ToList();
            var prefix = area.Code + ".";
            var costliest = a.LostPoints.Leaves.Where(l => l.Code.StartsWith(prefix, StringComparison.Ordinal) && l.PointsLost > 0).MaxBy(l => l.PointsLost);
            b.Append($"<p><b>{E(area.Code)}. {E(area.Name)}</b> ({Max(area.Max)} điểm): trung bình {N(area.Mean)}%");
            if (area.PreviousMean is { } p && area.Mean is { } m) b.Append($", năm {last} {N(p)}% ({Signed(m - p)} điểm)");
            b.Append($". Thấp nhất: {string.Join(", ", lowest.Select(x => $"{E(x.Name)} {N(x.Areas[i])}%"))}.");
            if (costliest is not null)
                b.Append($" Mất điểm nhiều nhất ở {E(costliest.Code)} «{E(costliest.Name)}»: {N(costliest.PointsLost)} điểm, {costliest.UnitsLosing}/{costliest.UnitsApplicable} đơn vị.");
            b.Append("</p>");
        }
        b.Append("</section>");

        b.Append("<section class=\"section\"><h2>4. Điểm bị mất</h2><p>Mười tiêu chí thành phần làm các đơn vị mất nhiều điểm nhất:</p>");
        b.Append("<table><thead><tr><th>Tiêu chí</th><th>Nội dung</th><th class=\"n\">Điểm bị mất</th><th class=\"n\">Đơn vị mất điểm</th></tr></thead><tbody>");
        foreach (var l in a.LostPoints.Top)
            b.Append($"<tr><td>{E(l.Code)}</td><td>{E(l.Name)}</td><td class=\"n\">{N(l.PointsLost)}</td><td class=\"n\">{l.UnitsLosing}/{l.UnitsApplicable} ({Share(l.ShareLosing)})</td></tr>");
        b.Append("</tbody></table>");

        if (a.SelfAssessment is { } q)
        {
            b.Append("<h2>5. Chất lượng tự đánh giá</h2>");
            b.Append($"<p>Thẩm định thay đổi điểm của {q.ItemsChanged}/{q.ItemsAssessed} nội dung đơn vị tự chấm ({Share(q.ShareChanged)}). Chỉ tính các nội dung đơn vị tự chấm, không tính kết quả điều tra xã hội học.</p>");
            if (q.TopOverScorers.Count > 0)
            {
                b.Append("<table><thead><tr><th>Đơn vị tự chấm cao hơn kết quả thẩm định</th><th class=\"n\">Tự chấm</th><th class=\"n\">Thẩm định</th><th class=\"n\">Chênh lệch</th><th class=\"n\">Nội dung bị điều chỉnh</th></tr></thead><tbody>");
                foreach (var u in q.TopOverScorers)
                    b.Append($"<tr><td>{E(u.Name)} ({E(u.Code)})</td><td class=\"n\">{N(u.SelfPoints)}</td><td class=\"n\">{N(u.AppraisedPoints)}</td><td class=\"n\">{Signed(u.Gap)}</td><td class=\"n\">{u.ItemsChanged}/{u.ItemsAssessed}</td></tr>");
                b.Append("</tbody></table>");
            }
        }
        b.Append("</section>");

        if (view.Robustness is { } rob)
        {
            b.Append("<section class=\"section\"><h2>6. Độ vững của thứ hạng</h2>");
            b.Append($"<p><b>Phân tích, không thay thế xếp hạng chính thức.</b> {rob.Options.Draws} lần mô phỏng: trọng số mỗi lĩnh vực thay đổi ngẫu nhiên trong khoảng ±{Share(rob.Options.WeightNoise)}; "
                + "khoảng 5–95% là thứ hạng nằm giữa phân vị 5% và 95% của các lần mô phỏng. Các đơn vị có khoảng chồng lên nhau được xem là không phân biệt được về mặt thống kê.</p>");
            b.Append("<table><thead><tr><th class=\"n\">Hạng chính thức</th><th>Đơn vị</th><th class=\"n\">Trung vị</th><th class=\"n\">Khoảng 5–95%</th><th class=\"n\">Nhóm</th></tr></thead><tbody>");
            foreach (var u in rob.Units)
                b.Append($"<tr><td class=\"n\">{u.OfficialRank}</td><td>{E(u.Name)}</td><td class=\"n\">{u.Median}</td><td class=\"n\">{u.Low}–{u.High}</td><td class=\"n\">{u.Group}</td></tr>");
            b.Append("</tbody></table></section>");
        }
        return Page(Title(view), b.ToString());
    }

    private static void Figure(StringBuilder b, string label, string value, decimal? previous) =>
        b.Append($"<div class=\"figure\"><span>{E(label)}</span><b>{value}</b><span>{(previous is { } p ? $"năm trước {N(p)}" : "&nbsp;")}</span></div>");

    private static void Movers(StringBuilder b, string title, IReadOnlyList<Mover> movers)
    {
        b.Append($"<table><thead><tr><th>{E(title)}</th><th class=\"n\">Δ điểm</th><th class=\"n\">Δ hạng</th></tr></thead><tbody>");
        foreach (var m in movers)
            b.Append($"<tr><td>{E(m.Name)}</td><td class=\"n {Tone(m.DeltaPoints)}\">{Signed(m.DeltaPoints)}</td><td class=\"n\">{Signed(m.DeltaRank)}</td></tr>");
        b.Append("</tbody></table>");
    }

    private static string Tone(decimal? delta) => delta switch { > 0 => "up", < 0 => "down", _ => "" };

    /// <summary>An area's name cut to fit a chart label.</summary>
    internal static string Short(string name) => name.Length <= 34 ? name : name[..32].TrimEnd() + "…";
}
