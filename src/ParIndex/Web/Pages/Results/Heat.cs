using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace ParIndex.Web.Pages.Results;

/// <summary>
/// Helpers of the results pages: the colour class of an index in a heat map (the same steps as the common bands,
/// 90 / 80 / 70 / 50), and chart data as compact JSON for a <c>data-chart</c> attribute (no inline script).
/// </summary>
public static class Heat
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All), PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static string Class(decimal? index) => index switch
    {
        null => "heat-na",
        >= 90 => "heat-4",
        >= 80 => "heat-3",
        >= 70 => "heat-2",
        >= 50 => "heat-1",
        _ => "heat-0",
    };

    public static string Json(object data) => JsonSerializer.Serialize(data, Options);

    /// <summary>An index for a chart: rounded for publication, as a plain number.</summary>
    public static decimal? Chart(decimal? value) => value is { } v ? Domain.Numbers.Publish.Round(v) : null;
}
