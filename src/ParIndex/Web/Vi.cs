using System.Globalization;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Numbers;

namespace ParIndex.Web;

/// <summary>
/// Numbers, dates and times as Vietnamese readers write them, times in Vietnam time: "89,56", "31/03/2025",
/// "31/03/2025 17:00", "14:32", "tăng 3 bậc".
/// </summary>
public static class Vi
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    public static string Number(decimal value) => Publish.Round(value).ToString("#,##0.00", Culture);

    public static string Signed(decimal value) => (value > 0 ? "+" : "") + Number(value);

    public static string Date(DateTimeOffset t) => App.Data.Moment.InVietnam(t).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    public static string Date(DateOnly d) => d.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>A deadline or a moment to the minute: "31/03/2025 17:00".</summary>
    public static string Time(DateTimeOffset t) => App.Data.Moment.InVietnam(t).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Clock(DateTimeOffset t) => App.Data.Moment.InVietnam(t).ToString("HH:mm", CultureInfo.InvariantCulture);

    public static string RankChange(Change? change) => change switch
    {
        null => "",
        { DeltaRank: null } => "mới",
        { DeltaRank: > 0 and var d } => $"▲ tăng {d} bậc",
        { DeltaRank: < 0 and var d } => $"▼ giảm {-d} bậc",
        _ => "giữ nguyên",
    };
}
