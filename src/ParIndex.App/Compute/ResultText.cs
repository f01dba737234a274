using System.Text;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>The ranking as an aligned text table in Vietnamese (decimal comma), for a terminal.</summary>
public static class ResultText
{
    public static string Render(GroupResult group)
    {
        var s = group.Statistics;
        var sb = new StringBuilder();
        sb.Append($"{group.Framework.Framework.Name} — khối {group.Group}: {s.Count} đơn vị, ")
          .Append($"chỉ số trung bình {Vi(s.Mean)}%, trung vị {Vi(s.Median)}%, cao nhất {Vi(s.Max)}%, thấp nhất {Vi(s.Min)}%\n");
        sb.Append("Xếp loại: ").AppendJoin("; ", s.Bands.Select(b => $"{b.Band} {b.Count}")).Append("\n\n");

        string[] header = ["Hạng", "Mã", "Đơn vị", "Điểm", "Tối đa", "Chỉ số %", "Xếp loại", "± điểm", "± bậc"];
        var rows = group.Units.Select(u => new[]
        {
            u.Rank.ToString(), u.Unit.Code, u.Unit.Name, Vi(u.Score.TotalPoints), Vi(u.Score.TotalMax), Vi(u.Index), u.Band.Label,
            u.Change?.DeltaPoints is { } dp ? Signed(dp) : u.Change is null ? "" : "mới",
            RankChange(u.Change),
        }).ToList();
        var widths = header.Select((h, c) => rows.Select(r => r[c].Length).Append(h.Length).Max()).ToArray();
        bool[] right = [true, false, false, true, true, true, false, true, true];
        void Line(string[] cells) => sb.AppendJoin("  ", cells.Select((v, c) => right[c] ? v.PadLeft(widths[c]) : v.PadRight(widths[c]))).Append('\n');
        Line(header);
        sb.Append(new string('─', widths.Sum() + 2 * (widths.Length - 1))).Append('\n');
        rows.ForEach(Line);
        if (group.Units.Select(u => u.Nodes).FirstOrDefault(n => n is not null) is { } nodes) sb.Append('\n').Append(ScopeNote(nodes)).Append('\n');
        return sb.ToString();
    }

    /// <summary>What the change from last year could be measured on, in a sentence.</summary>
    public static string ScopeNote(EditionChange change) => change.Scope switch
    {
        ComparisonScope.SameEdition => $"So sánh từng lĩnh vực, tiêu chí với năm trước trên cùng bộ chỉ số {change.ToEdition}.",
        ComparisonScope.Crosswalk => $"So sánh từng lĩnh vực, tiêu chí với năm trước qua bảng ánh xạ {change.FromEdition} → {change.ToEdition}.",
        _ => $"Bộ chỉ số năm nay ({change.ToEdition}) khác năm trước ({change.FromEdition}) và không có bảng ánh xạ: chỉ so sánh tổng điểm, chỉ số và thứ hạng.",
    };

    private static string Vi(decimal value) => Publish.Round(value).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture).Replace('.', ',');

    private static string Signed(decimal value) => (value > 0 ? "+" : "") + Vi(value);

    private static string RankChange(Change? change) => change switch
    {
        null => "",
        { DeltaRank: null } => "mới",
        { DeltaRank: > 0 and var d } => $"↑{d}",
        { DeltaRank: < 0 and var d } => $"↓{-d}",
        _ => "=",
    };
}
