using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Numbers;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// The analysis as an Excel workbook: the ranking in the layout provinces publish (rank, unit, points per area, total,
/// index, band, Δ), the components with a native chart, the units × areas matrix, the detail (unit × sub-criterion:
/// self-assessed, appraised, final points) and the lost points. Numbers are rounded to two decimals at this edge.
/// </summary>
public static class AnalysisWorkbook
{
    private const string TwoDecimals = "0.00";
    private const string SignedTwoDecimals = "+0.00;-0.00;0.00";
    private const string Signed = "+0;-0;0";
    private const string Percent = "0.0%";

    /// <param name="progress">Told the rows written, a few times a second.</param>
    public static byte[] Write(AnalysisView view, IProgress<WorkProgress>? progress = null) =>
        XlsxWriter.Write([Ranking(view), Components(view), Matrix(view), Detail(view), Lost(view)], progress);

    public static Sheet Ranking(AnalysisView view)
    {
        var results = view.Ranking.Results;
        var f = results.Framework;
        var areas = f.AreaNodes.Length;
        IReadOnlyList<object?> header =
        [
            "Xếp hạng", "Mã đơn vị", "Đơn vị",
            .. f.AreaNodes.Select(a => (object?)$"Lĩnh vực {f.Nodes[a].Code} ({NumberText.Vi(f.Nodes[a].Max)} điểm)"),
            "Tổng điểm", "Điểm tối đa áp dụng", "Chỉ số (%)", "Xếp loại", "Tăng, giảm (điểm)", "Tăng, giảm (bậc)",
        ];
        var rows = new List<IReadOnlyList<object?>> { header };
        rows.AddRange(results.Units.Select(u => (IReadOnlyList<object?>)
        [
            u.Rank, u.Unit.Code, u.Unit.Name,
            .. f.AreaNodes.Select(a => (object?)Publish.Round(u.Score.Points[a])),
            Publish.Round(u.Score.TotalPoints), Publish.Round(u.Score.TotalMax), u.PublishedIndex, u.Band.Label,
            u.Change?.DeltaPoints, u.Change?.DeltaRank,
        ]));
        var formats = Enumerable.Range(3, areas + 3).ToDictionary(c => c, _ => TwoDecimals);
        formats[areas + 7] = SignedTwoDecimals;
        formats[areas + 8] = Signed;
        return new Sheet("Xếp hạng", rows, FrozenRows: 1, formats, StyledHeader: true);
    }

    private static Sheet Components(AnalysisView view)
    {
        var c = view.Analysis.Components;
        var year = view.Ranking.Year;
        var last = view.PreviousYear;
        IReadOnlyList<object?> header = last is { } y
            ? ["Mã lĩnh vực", "Lĩnh vực", "Điểm tối đa", $"Chỉ số trung bình {year} (%)", $"Chỉ số trung bình {y} (%)", "Thay đổi (điểm)"]
            : ["Mã lĩnh vực", "Lĩnh vực", "Điểm tối đa", $"Chỉ số trung bình {year} (%)"];
        var rows = new List<IReadOnlyList<object?>> { header };
        rows.AddRange(c.Areas.Select(a => last is null
            ? (IReadOnlyList<object?>)["LV " + a.Code, a.Name, a.Max, Round(a.Mean)]
            : ["LV " + a.Code, a.Name, a.Max, Round(a.Mean), Round(a.PreviousMean), a.Mean is { } m && a.PreviousMean is { } p ? Publish.Round(m) - Publish.Round(p) : null]));
        var formats = new Dictionary<int, string> { [2] = "0.##", [3] = TwoDecimals, [4] = TwoDecimals, [5] = SignedTwoDecimals };
        var chart = new SheetChart($"Chỉ số thành phần trung bình theo lĩnh vực, {view.Ranking.Group}", 0, last is null ? [3] : [3, 4]);
        return new Sheet("Thành phần", rows, FrozenRows: 1, formats, StyledHeader: true, chart);
    }

    private static Sheet Matrix(AnalysisView view)
    {
        var f = view.Ranking.Results.Framework;
        var rows = new List<IReadOnlyList<object?>>
        {
            (IReadOnlyList<object?>)["Xếp hạng", "Mã đơn vị", "Đơn vị", "Chỉ số (%)", .. f.AreaNodes.Select(a => (object?)$"LV {f.Nodes[a].Code} (%)")],
        };
        rows.AddRange(view.Analysis.Components.Matrix.Select(u => (IReadOnlyList<object?>)
            [u.Rank, u.Code, u.Name, Publish.Round(u.Index), .. u.Areas.Select(a => (object?)Round(a))]));
        return new Sheet("Ma trận thành phần", rows, FrozenRows: 1, Enumerable.Range(3, f.AreaNodes.Length + 1).ToDictionary(c => c, _ => TwoDecimals), StyledHeader: true);
    }

    private static Sheet Detail(AnalysisView view)
    {
        var results = view.Ranking.Results;
        var f = results.Framework;
        var self = view.SelfAppraisals.ToDictionary(s => s.Code, StringComparer.OrdinalIgnoreCase);
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Mã đơn vị", "Đơn vị", "Mã tiêu chí", "Tiêu chí thành phần", "Điểm tối đa", "Tự đánh giá", "Thẩm định", "Điểm cuối cùng" },
        };
        foreach (var u in results.Units)
        {
            var s = self.GetValueOrDefault(u.Unit.Code);
            for (var l = 0; l < f.LeafNodes.Length; l++)
            {
                var node = f.LeafNodes[l];
                rows.Add(
                [
                    u.Unit.Code, u.Unit.Name, f.Nodes[node].Code, f.Nodes[node].Name, f.Nodes[node].Max,
                    s is not null && s.Assessed[l] ? Publish.Round(s.Self.Points[node]) : null,
                    s is null ? null : Publish.Round(s.Appraised.Points[node]),
                    Publish.Round(u.Score.Points[node]),
                ]);
            }
        }
        return new Sheet("Chi tiết", rows, FrozenRows: 1, new Dictionary<int, string> { [4] = "0.##", [5] = TwoDecimals, [6] = TwoDecimals, [7] = TwoDecimals }, StyledHeader: true);
    }

    private static Sheet Lost(AnalysisView view)
    {
        var f = view.Ranking.Results.Framework;
        var rows = new List<IReadOnlyList<object?>>
        {
            new object?[] { "Mã tiêu chí", "Tiêu chí thành phần", "Điểm tối đa", "Tổng điểm bị mất", "Số đơn vị mất điểm", "Số đơn vị áp dụng", "Tỷ lệ đơn vị mất điểm" },
        };
        rows.AddRange(view.Analysis.LostPoints.Leaves.OrderByDescending(l => l.PointsLost).Select(l => (IReadOnlyList<object?>)
            [l.Code, l.Name, f.Nodes[f.NodeIndex(l.Code)!.Value].Max, Publish.Round(l.PointsLost), l.UnitsLosing, l.UnitsApplicable, Math.Round(l.ShareLosing, 4)]));
        return new Sheet("Điểm bị mất", rows, FrozenRows: 1, new Dictionary<int, string> { [2] = "0.##", [3] = TwoDecimals, [6] = Percent }, StyledHeader: true);
    }

    private static decimal? Round(decimal? value) => value is { } v ? Publish.Round(v) : null;
}
