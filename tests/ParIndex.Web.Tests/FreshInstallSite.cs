using Microsoft.AspNetCore.Builder;
using Microsoft.Playwright;
using ParIndex.Commands;

namespace ParIndex.Web.Tests;

/// <summary>
/// Per test class: a new installation as its operator makes one — <c>parindex db migrate</c> on an empty SQLite file,
/// then <c>parindex user add --role Admin</c> for the one administrator — both through the real command tree, and
/// nothing else; then the web application on it, on a <see cref="ManualClock"/> the test moves through the year, and
/// one headless Debian Chromium. Everything after that is done in the browser.
/// </summary>
public sealed class FreshInstallSite : IAsyncLifetime, IBrowserSite
{
    public const string Admin = "quantri";
    public const string AdminPassword = "QuanTri-Tinh-2025";

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    /// <summary>2 January 2025, 08:00 Vietnam time, when the administrator sets up the accounts.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 1, 2, 8, 0, 0, TimeSpan.FromHours(7)));

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>What the operator's two commands printed, for the test's output.</summary>
    public string OperatorLog { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var dir = Repo.TempDir();
        var connection = $"Data Source={Path.Combine(dir, "parindex.db")}";
        var log = new StringWriter();
        Operator(log, null, "db", "migrate", "--connection", connection);
        Operator(log, AdminPassword + "\n", "user", "add", "--name", Admin, "--password-stdin", "--role", "Admin",
            "--display-name", "Quản trị hệ thống tỉnh", "--connection", connection);
        OperatorLog = log.ToString();

        (_app, BaseUrl) = await SiteHost.StartAsync(dir, connection, Clock);
        (_playwright, Browser) = await SiteHost.LaunchChromiumAsync();
    }

    /// <summary>Runs one <c>parindex</c> command as the operator would type it; anything but exit code 0 stops the fixture.</summary>
    private static void Operator(StringWriter log, string? stdin, params string[] args)
    {
        var error = new StringWriter();
        var code = Cli.Run(() => ParIndexCli.Create(stdin is null ? null : new StringReader(stdin)), args, log, error);
        if (code != Cli.Ok) throw new InvalidOperationException($"parindex {string.Join(' ', args.TakeWhile(a => a != "--connection"))} exited {code}: {error}");
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
