using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// The real <c>parindex serve</c> process: JSON log lines carrying the request id, no password or API token in its
/// output even at Debug level, and a bad configuration refused at start with one clear paragraph, exit code 2 and no
/// stack trace.
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

    [Fact]
    public async Task Passwords_and_API_tokens_never_reach_the_logs_even_at_debug_level()
    {
        const string password = "Mật-khẩu-bí-mật-7319!Aa";
        await using (var db = Database.Open(DatabaseProvider.Sqlite, Sqlite))
        {
            await Database.UpgradeAsync(db);
            await new AddUserHandler(db, TimeProvider.System).HandleAsync(Actor.Operator("test"), new AddUser("nhat.ky", password, Role.Secretariat, null, "Người thử nhật ký"));
        }
        var port = ServeProcess.FreePort();
        using var serve = ServeProcess.Start(_dir, "serve", "--urls", $"http://127.0.0.1:{port}", "--connection", Sqlite,
            "--Logging:Console:FormatterName=json", "--Logging:LogLevel:Default=Debug", "--Logging:LogLevel:Microsoft.AspNetCore=Debug",
            "--Logging:LogLevel:Microsoft.EntityFrameworkCore=Debug");
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
        await serve.WaitForAsync(client, "/health/live", TimeSpan.FromSeconds(60));

        async Task<HttpResponseMessage> PostAsync(string page, Dictionary<string, string> fields)
        {
            fields["__RequestVerificationToken"] = SiteSession.Token(await client.GetStringAsync(page), page);
            return await client.PostAsync(page, new FormUrlEncodedContent(fields));
        }
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/dang-nhap", new() { ["UserName"] = "nhat.ky", ["Password"] = password + "x" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync("/dang-nhap", new() { ["UserName"] = "nhat.ky", ["Password"] = password })).StatusCode);
        var created = await (await PostAsync("/toi/the-api", new() { ["Name"] = "Kịch bản thử", ["ValidDays"] = "30" })).Content.ReadAsStringAsync();
        var token = Regex.Match(created, "<code class=\"token\">([^<]+)</code>").Groups[1].Value;
        Assert.True(token.Length > 20, "the new token is shown once");
        using var api = new HttpRequestMessage(HttpMethod.Get, "/api/v1/periods");
        api.Headers.Authorization = new("Bearer", token);
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(api)).StatusCode);
        await serve.LineAsync(l => l.Contains("/api/v1/periods") && l.Contains("Request finished"), TimeSpan.FromSeconds(20));

        var output = serve.Out + serve.Error;
        Assert.Contains("/dang-nhap", output);          // the requests were logged, at Debug
        Assert.DoesNotContain(password, output);
        Assert.DoesNotContain(System.Text.Encodings.Web.UrlEncoder.Default.Encode(password), output);
        Assert.DoesNotContain(token, output);
    }

    [Theory]
    [InlineData("unknown-provider", "'Oracle' is neither Sqlite nor Postgres")]
    [InlineData("missing-connection", "ConnectionStrings:Default is not set")]
    [InlineData("unreachable-database", "không kết nối được cơ sở dữ liệu Postgres mà ConnectionStrings:Default chỉ đến")]
    [InlineData("evidence-not-writable", "Evidence:Root: không tạo được thư mục")]
    [InlineData("smtp-without-sender", "Smtp:From '' is not an email address")]
    public void A_bad_configuration_stops_the_start_with_one_clear_paragraph(string problem, string expected)
    {
        var blocker = Path.Combine(_dir, "a-file");
        File.WriteAllText(blocker, "not a folder");
        string[] settings = problem switch
        {
            "unknown-provider" => ["--provider", "Oracle"],
            "missing-connection" => ["--provider", "Postgres", "--ConnectionStrings:Default="],
            "unreachable-database" => ["--provider", "Postgres", "--connection", $"Host=127.0.0.1;Port={ServeProcess.FreePort()};Username=parindex;Timeout=5"],
            "smtp-without-sender" => ["--connection", Sqlite, "--Smtp:Host=127.0.0.1"],
            _ => ["--connection", Sqlite, $"--Evidence:Root={Path.Combine(blocker, "evidence")}"],
        };
        using var serve = ServeProcess.Start(_dir, ["serve", "--urls", $"http://127.0.0.1:{ServeProcess.FreePort()}", .. settings]);

        Assert.True(serve.WaitForExit(TimeSpan.FromSeconds(60)), "parindex serve kept running with a bad configuration");
        Assert.Equal(2, serve.ExitCode);
        Assert.StartsWith("Không khởi động được ParIndex: ", serve.Error);
        Assert.Contains(expected, serve.Error);
        Assert.Single(serve.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.DoesNotContain("   at ", serve.Error + serve.Out);
    }
}
