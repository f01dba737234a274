using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web.Api;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// A real <c>parindex serve</c> node on PostgreSQL, scraped by Debian's Prometheus (installed by ./test.sh) every second:
/// after two saves, an edit conflict and a refused input through the API, Prometheus's own HTTP API gives those counts
/// back, with the ASP.NET Core request metrics and the audit-seal time beside them.
/// </summary>
public sealed class MetricsScrapeTests() : ProviderTest(DatabaseProvider.Postgres)
{
    private const string Prometheus = "/usr/bin/prometheus";

    [Fact]
    public async Task Prometheus_scrapes_a_node_and_reads_its_counters_back()
    {
        Assert.True(File.Exists(Prometheus), $"{Prometheus} is missing: ./test.sh installs Debian's prometheus");
        var year = await new ApiTestYear(World).SetUpAsync();
        var folder = Repo.TempDir();
        var port = ServeProcess.FreePort();
        using var node = ServeProcess.Start(folder, "serve", "--urls", $"http://127.0.0.1:{port}", "--provider", "Postgres", "--connection", World.Database.ConnectionString,
            $"--Evidence:Root={Path.Combine(folder, "evidence")}", $"--DataProtection:Keys={Path.Combine(folder, "keys")}");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        Assert.Equal(HttpStatusCode.OK, (await node.WaitForAsync(client, "/health/ready", TimeSpan.FromSeconds(90))).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", year.Tokens["can-bo-a"]);

        async Task<HttpStatusCode> Save(string leaf, string input, int version) =>
            (await client.PutAsJsonAsync($"/api/v1/periods/{year.PeriodId}/submissions/A/scores/{leaf}", new { input, expectedVersion = version })).StatusCode;
        Assert.Equal(HttpStatusCode.OK, await Save("1.1", "ontime", 0));
        Assert.Equal(HttpStatusCode.OK, await Save("1.2", "95%", 0));
        Assert.Equal(HttpStatusCode.Conflict, await Save("1.1", "late", 0));      // someone saved 1.1 first
        Assert.Equal(HttpStatusCode.BadRequest, await Save("1.3", "rất nhiều", 0)); // not a number of points

        var scrape = await new HttpClient().GetStringAsync($"http://127.0.0.1:{port}/metrics");
        Assert.Contains("parindex_scores_saved_total", scrape);

        var promPort = ServeProcess.FreePort();
        var config = Path.Combine(folder, "prometheus.yml");
        await File.WriteAllTextAsync(config, $$"""
            global:
              scrape_interval: 1s
            scrape_configs:
              - job_name: parindex
                static_configs:
                  - targets: ['127.0.0.1:{{port}}']
            """);
        using var prometheus = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(Prometheus,
            [$"--config.file={config}", $"--storage.tsdb.path={Path.Combine(folder, "tsdb")}", $"--web.listen-address=127.0.0.1:{promPort}"])
            { RedirectStandardError = true, RedirectStandardOutput = true })!;
        try
        {
            using var api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{promPort}") };
            Assert.Equal("2", await ValueAsync(api, "sum(parindex_scores_saved_total{stage=\"SelfAssessed\"})", "2"));
            Assert.Equal("1", await ValueAsync(api, "sum(parindex_conflicts_total)", "1"));
            Assert.Equal("1", await ValueAsync(api, "sum(parindex_inputs_refused_total)", "1"));
            Assert.Equal("0", await ValueAsync(api, "sum(parindex_outbox_backlog)", "0"));
            Assert.NotEqual("", await ValueAsync(api, "sum(parindex_audit_seal_duration_milliseconds_count)", null));
            var requests = await ValueAsync(api, "sum(http_server_request_duration_seconds_count{http_route=\"/api/v1/periods/{id:int}/submissions/{unit}/scores/{leaf}\"})", "4");
            Assert.Equal("4", requests);
        }
        finally
        {
            prometheus.Kill(entireProcessTree: true);
            await prometheus.WaitForExitAsync();
        }
    }

    /// <summary>The value of an instant query, polled until it equals <paramref name="expected"/> (or is any value, when null) or 90 s pass.</summary>
    private static async Task<string> ValueAsync(HttpClient api, string query, string? expected)
    {
        var last = "";
        for (var until = DateTime.UtcNow.AddSeconds(90); DateTime.UtcNow < until; await Task.Delay(500))
        {
            try
            {
                using var answer = JsonDocument.Parse(await api.GetStringAsync("/api/v1/query?query=" + Uri.EscapeDataString(query)));
                var result = answer.RootElement.GetProperty("data").GetProperty("result");
                last = result.GetArrayLength() == 0 ? "" : result[0].GetProperty("value")[1].GetString()!;
                if (last != "" && (expected is null || last == expected)) return last;
            }
            catch (HttpRequestException)
            {
                // Prometheus is still starting
            }
        }
        return last;
    }
}
