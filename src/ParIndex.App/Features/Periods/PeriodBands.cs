using System.Text.Json;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Features.Periods;

/// <summary>A period's own band list, stored as <c>[{"label","labelEn","min"}]</c>.</summary>
public static class PeriodBands
{
    private sealed record Stored(string Label, string? LabelEn, decimal Min);

    private static readonly JsonSerializerOptions Options = new(ParIndex.App.Frameworks.Json.Options)
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = false,
    };

    public static string Write(IReadOnlyList<Band> bands) =>
        JsonSerializer.Serialize(bands.Select(b => new Stored(b.Label, b.LabelEn, b.Min)), Options);

    public static IReadOnlyList<Band> Read(string json) =>
        [.. JsonSerializer.Deserialize<List<Stored>>(json, Options)!.Select(b => new Band(b.Label, b.Min, b.LabelEn))];
}
