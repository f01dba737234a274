using System.Text;
using static ParIndex.App.Features.Analysis.ReportHtml;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// A unit's one-page scorecard: its index, rank, band and change; its component indices against the group's means;
/// where it lost most; and what it takes to reach the next band and the next rank.
/// </summary>
public static class ScorecardReport
{
    public static string Title(AnalysisView view) => $"Phiếu kết quả Chỉ số CCHC năm {view.Ranking.Year} — {view.WhatIf?.Name}";

    public static string Html(AnalysisView view)
    {
        var plan = view.WhatIf ?? throw new ArgumentException("a scorecard is for one unit: ask the analysis with a unit", nameof(view));
        var r = view.Ranking;
        var u = r.Results.Units.Single(x => x.Unit.Code == plan.Code);
        var c = view.Analysis.Components;
        var row = c.Matrix.Single(m => m.Code == plan.Code);
        var b = new StringBuilder();
        b.Append($"""
            <h1>{E(u.Unit.Name)}</h1>
            <p><b>Phiếu kết quả Chỉ số CCHC năm {r.Year}</b> · {E(r.Group)} · {(r.Published ? "kết quả đã công bố" : "kết quả tạm tính")}</p>
            <div class="figures">
              <div class="figure"><span>Chỉ số</span><b>{N(u.Index)}%</b><span>{N(u.Score.TotalPoints)}/{Max(u.Score.TotalMax)} điểm</span></div>
              <div class="figure"><span>Xếp hạng</span><b>{u.Rank}/{r.Results.Units.Count}</b><span>{(u.Change is { } ch ? $"Δ hạng {Signed(ch.DeltaRank)}" : "&nbsp;")}</span></div>
              <div class="figure"><span>Xếp loại</span><b>{E(u.Band.Label)}</b><span>&nbsp;</span></div>
              <div class="figure"><span>So với năm trước</span><b>{Signed(u.Change?.DeltaPoints)}</b><span>điểm</span></div>
              <div class="figure"><span>Trung bình khối</span><b>{N(view.Analysis.Overview.Mean)}%</b><span>&nbsp;</span></div>
            </div>
            <h2>Chỉ số thành phần</h2>
            """);
        b.Append(SvgChart.Bars([.. c.Areas.Select(a => $"{a.Code}. {AnalysisReport.Short(a.Name)}")],
            [new("Đơn vị", "#1f4e79", row.Areas), new("Trung bình khối", "#9dc3e6", [.. c.Areas.Select(a => a.Mean)])], 100m, 680, 230, barHeight: 8));

        b.Append("<h2>Mất điểm nhiều nhất</h2><table><thead><tr><th>Tiêu chí</th><th>Nội dung</th><th class=\"n\">Đạt</th><th class=\"n\">Bị mất</th></tr></thead><tbody>");
        foreach (var l in view.Analysis.LostPoints.Unit!.Leaves.Take(5))
            b.Append($"<tr><td>{E(l.Code)}</td><td>{E(l.Name)}</td><td class=\"n\">{N(l.Points)}/{Max(l.Max)}</td><td class=\"n\">{N(l.Lost)}</td></tr>");
        b.Append("</tbody></table>");

        b.Append("<h2>Cải thiện ở đâu trước</h2><p class=\"note\">Ưu tiên = chỉ số tăng thêm nếu đạt đủ điểm × tỷ lệ đơn vị cùng khối đạt đủ điểm ở tiêu chí đó.</p>");
        b.Append("<table><thead><tr><th>Tiêu chí</th><th>Nội dung</th><th class=\"n\">Chỉ số tăng</th><th class=\"n\">Đơn vị khác đạt</th></tr></thead><tbody>");
        foreach (var o in plan.Options.Take(4))
            b.Append($"<tr><td>{E(o.Code)}</td><td>{E(o.Name)}</td><td class=\"n\">+{N(o.IndexGain)}</td><td class=\"n\">{o.PeersAchieving}/{o.Peers}</td></tr>");
        b.Append("</tbody></table>");
        foreach (var (what, target) in new[] { ("xếp loại " + plan.NextBand?.Label, plan.NextBand), ("thứ hạng kế trên, " + plan.NextRank?.Label, plan.NextRank) })
        {
            if (target is null) continue;
            b.Append($"<p>Để đạt {E(what)}: cần thêm {N(target.IndexNeeded)} điểm chỉ số ({N(target.PointsNeeded)} điểm)");
            b.Append(target.Path is { } path ? $", ví dụ đạt đủ điểm ở {string.Join(", ", path.Select(o => E(o.Code)))}.</p>" : "; không đủ điểm còn lại để đạt.</p>");
        }
        return Page(Title(view), $"<div class=\"scorecard\">{b}</div>");
    }
}
