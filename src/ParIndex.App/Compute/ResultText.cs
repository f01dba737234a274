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
        return sb.ToString();
    }

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
