using System.Globalization;
using System.Net.Http.Json;

namespace ParIndex.Web.Tests;

/// <summary>What the public JSON API says was published: the tests compare the pages with it.</summary>
internal static class PublishedResults
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>The latest publication: the newest year, its first period, its first group by name (ordinal).</summary>
    public static async Task<Publication> LatestAsync(HttpClient client)
    {
        var all = await client.GetFromJsonAsync<List<Publication>>("/api/v1/public/periods") ?? [];
        Assert.NotEmpty(all);
        return all.Where(p => p.Year == all.Max(q => q.Year)).OrderBy(p => p.Id).ThenBy(p => p.Group, StringComparer.Ordinal).First();
    }

    public static async Task<List<PublishedUnit>> UnitsAsync(HttpClient client, Publication publication) => (await ResultsAsync(client, publication)).Units;

    /// <summary>The published summary of the group: count, mean, median, lowest, highest, units per band, area means.</summary>
    public static async Task<PublishedSummary> SummaryAsync(HttpClient client, Publication publication) => (await ResultsAsync(client, publication)).Summary;

    /// <summary>A number as the pages show it: vi-VN, two decimals ("89,00").</summary>
    public static string Vi(decimal value) => value.ToString("#,##0.00", Vietnamese);

    private static async Task<Results> ResultsAsync(HttpClient client, Publication publication) =>
        (await client.GetFromJsonAsync<Results>($"/api/v1/public/periods/{publication.Id}/results?group={Uri.EscapeDataString(publication.Group)}"))!;

    private sealed record Results(List<PublishedUnit> Units, PublishedSummary Summary);
}

internal sealed record Publication(int Id, int Year, string Name, string Group, string Sha256);

internal sealed record PublishedUnit(
    int Rank, string Unit, string Name, decimal Points, decimal Max, decimal Index, string Band, Dictionary<string, decimal?> Areas);

internal sealed record PublishedSummary(
    int Count, decimal Mean, decimal Median, decimal Min, decimal Max, Dictionary<string, int> Bands, Dictionary<string, decimal?> Areas);
