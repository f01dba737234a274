using System.Globalization;

namespace ParIndex.Web.Pages.Scoreboard;

/// <summary>How the scoreboard writes its figures: scores to their own precision, changes with a sign, places with arrows.</summary>
public static class ScoreboardText
{
    private static readonly CultureInfo Culture = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A score as published, to its own precision (85,73; 0,4521).</summary>
    public static string Score(decimal value) => value.ToString("#,##0.00##", Culture);

    public static string Signed(decimal value) => (value > 0 ? "+" : value < 0 ? "−" : "±") + Score(Math.Abs(value));

    /// <summary>Places gained or lost, as the results pages write them: "▲ tăng 3 bậc", "▼ giảm 2 bậc", "giữ nguyên".</summary>
    public static (string Vi, string En) RankChange(int delta) => delta switch
    {
        > 0 => ($"▲ tăng {delta} bậc", $"▲ up {delta}"),
        < 0 => ($"▼ giảm {-delta} bậc", $"▼ down {-delta}"),
        _ => ("giữ nguyên", "unchanged"),
    };
}
