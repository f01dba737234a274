using System.Net;
using System.Text.Json;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// The real <c>parindex serve</c> process: JSON log lines carrying the request id, and a bad configuration refused at
/// start with one clear paragraph, exit code 2 and no stack trace.
/// </summary>
public sealed class ServeStartupTests : IDisposable
{
    private readonly string _dir = Repo.TempDir();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Sqlite => $"Data Source={Path.Combine(_dir, "parindex.db")}";

    [Fact]
    public async Task Json_logs_carry_the_request_id_the_response_header_names()
    {
        var port = ServeProcess.FreePort();
        using var serve = ServeProcess.Start(_dir, "serve", "--urls", $"http://127.0.0.1:{port}", "--connection", Sqlite,
            "--Logging:Console:FormatterName=json", "--Logging:LogLevel:Microsoft.AspNetCore.Hosting=Information");
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };

        var response = await serve.WaitForAsync(client, "/health/live", TimeSpan.FromSeconds(60));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var id = Assert.Single(response.Headers.GetValues("X-Request-Id"));

        var line = await serve.LineAsync(l => l.Contains(id) && l.Contains("Request finished"), TimeSpan.FromSeconds(20));
        var entry = JsonDocument.Parse(line).RootElement;
        Assert.Equal("Information", entry.GetProperty("LogLevel").GetString());
        Assert.Contains(entry.GetProperty("Scopes").EnumerateArray(), s => s.TryGetProperty("RequestId", out var r) && r.GetString() == id);
    }

    [Theory]
    [InlineData("unknown-provider", "'Oracle' is neither Sqlite nor Postgres")]
    [InlineData("missing-connection", "ConnectionStrings:Default is not set")]
    [InlineData("unreachable-database", "the Postgres database named by ConnectionStrings:Default cannot be reached")]
    [InlineData("evidence-not-writable", "Evidence:Root: folder")]
    public void A_bad_configuration_stops_the_start_with_one_clear_paragraph(string problem, string expected)
    {
        var blocker = Path.Combine(_dir, "a-file");
        File.WriteAllText(blocker, "not a folder");
        string[] settings = problem switch
        {
            "unknown-provider" => ["--provider", "Oracle"],
            "missing-connection" => ["--provider", "Postgres", "--ConnectionStrings:Default="],
            "unreachable-database" => ["--provider", "Postgres", "--connection", $"Host=127.0.0.1;Port={ServeProcess.FreePort()};Username=parindex;Timeout=5"],
            _ => ["--connection", Sqlite, $"--Evidence:Root={Path.Combine(blocker, "evidence")}"],
        };
        using var serve = ServeProcess.Start(_dir, ["serve", "--urls", $"http://127.0.0.1:{ServeProcess.FreePort()}", .. settings]);

        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(60)), "parindex serve kept running with a bad configuration");
        Assert.Equal(2, serve.ExitCode);
        Assert.StartsWith("Không khởi động được ParIndex / ParIndex cannot start: ", serve.Error);
        Assert.Contains(expected, serve.Error);
        Assert.Single(serve.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", serve.Error + serve.Out);
    }
}
