using System.Globalization;
using System.Net;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Results;

/// <summary>The public ranking's downloads (CSV, JSON, XLSX) carry the same figures, and the page enhances without inline script.</summary>
public abstract class PublicDownloadsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_JSON_and_XLSX_downloads_match_the_CSV()
    {
        await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database);
        var query = $"/ket-qua/{World.PeriodId}/ket-qua.{{0}}?khoi={Uri.EscapeDataString(World.Group)}";

        var csv = (await site.Client.GetStringAsync(string.Format(CultureInfo.InvariantCulture, query, "csv"))).TrimStart('\uFEFF')
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(',')).ToList();
        Assert.Equal(5, csv.Count);

        var json = await site.Client.GetAsync(string.Format(CultureInfo.InvariantCulture, query, "json"));
        Assert.Equal("application/json", json.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"chi-so-cchc-ky-{World.PeriodId}.json", json.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        using var document = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        var units = document.RootElement.GetProperty("units").EnumerateArray().ToList();

        var xlsx = await site.Client.GetAsync(string.Format(CultureInfo.InvariantCulture, query, "xlsx"));
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        var sheet = Assert.Single(XlsxReader.Read(await xlsx.Content.ReadAsByteArrayAsync(), "ket-qua.xlsx"));

        Assert.Equal(csv[0], sheet.Rows[0].Select(c => c ?? ""));
        Assert.Equal(["D", "A", "B", "C"], csv.Skip(1).Select(r => r[1]));
        Assert.Equal([89m, 87m, 83m, 51.25m], csv.Skip(1).Select(r => decimal.Parse(r[5], CultureInfo.InvariantCulture)));
        for (var i = 1; i < csv.Count; i++)
        {
            var row = csv[i];
            var unit = units[i - 1];
            Assert.Equal(int.Parse(row[0], CultureInfo.InvariantCulture), unit.GetProperty("rank").GetInt32());
            Assert.Equal(row[1], unit.GetProperty("unit").GetString());
            Assert.Equal(decimal.Parse(row[3], CultureInfo.InvariantCulture), unit.GetProperty("points").GetDecimal());
            Assert.Equal(decimal.Parse(row[5], CultureInfo.InvariantCulture), unit.GetProperty("index").GetDecimal());
            Assert.Equal(row[6], unit.GetProperty("band").GetString());
            Assert.Equal(decimal.Parse(row[9], CultureInfo.InvariantCulture), unit.GetProperty("areas").GetProperty("1").GetDecimal());
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(i, c) ?? "";
                if (decimal.TryParse(row[c], NumberStyles.Number, CultureInfo.InvariantCulture, out var number))
                    Assert.Equal(number, decimal.Parse(cell, CultureInfo.InvariantCulture));
                else
                    Assert.Equal(row[c], cell);
            }
        }
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/ket-qua/{World.PeriodId}/ket-qua.xlsx?khoi=khong-co")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/ket-qua/{World.PeriodId}/ket-qua.exe?khoi=x")).StatusCode);
    }

    [Fact]
    public async Task The_public_ranking_links_every_download_shows_the_hash_and_is_cached_per_language()
    {
        var published = await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database);

        var html = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/"));
        foreach (var format in new[] { "csv", "json", "xlsx" })
            Assert.Contains($"/ket-qua/{World.PeriodId}/ket-qua.{format}?khoi=", html);
        Assert.Contains(published[0].Sha256, html);
        Assert.Contains("data-sortable", html);
        Assert.Contains("data-filter-label=\"Lọc theo tên đơn vị\"", html);
        Assert.Contains("\"kind\":\"bar\"", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain(" style=", html);

        await site.Client.GetAsync("/ngon-ngu/en?back=%2F");
        var english = await site.Client.GetStringAsync("/");
        Assert.Contains("Public administration reform index 2025", english);
        using var vietnamese = new HttpClient { BaseAddress = site.Client.BaseAddress };
        Assert.Contains("Xếp hạng theo chỉ số", WebUtility.HtmlDecode(await vietnamese.GetStringAsync("/")));

        var js = await site.Client.GetAsync("/js/results.js");
        Assert.Equal(HttpStatusCode.OK, js.StatusCode);
        Assert.Contains("data-sortable", await js.Content.ReadAsStringAsync());
    }
}

public sealed class PublicDownloadsTestsOnSqlite() : PublicDownloadsTests(DatabaseProvider.Sqlite);

public sealed class PublicDownloadsTestsOnPostgres() : PublicDownloadsTests(DatabaseProvider.Postgres);
