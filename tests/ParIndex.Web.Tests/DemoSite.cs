using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace ParIndex.Web.Tests;

/// <summary>
/// Per test class: the real web application over the demo province on a free loopback port, and one headless Debian
/// Chromium (<c>PARINDEX_CHROMIUM</c>, default <c>/usr/bin/chromium</c>; Playwright's own browsers are never installed).
/// </summary>
public sealed class DemoSite(IMessageSink diagnostics) : IAsyncLifetime, IBrowserSite
{
    internal static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;

    internal DemoProvince Province { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>The running application's services: its endpoint list, for the tests that discover pages.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>A plain client of the site, for what the tests compare the pages with (the public JSON API).</summary>
    public HttpClient Client { get; private set; } = null!;

    public static string Chromium => Environment.GetEnvironmentVariable("PARINDEX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public async Task InitializeAsync()
    {
        Province = await DemoProvince.GetAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(App.Data.DatabaseProvider.Sqlite),
            ["ConnectionStrings:Default"] = Province.ConnectionString,
            ["Evidence:Root"] = Province.EvidenceRoot,
            ["DataProtection:Keys"] = Path.Combine(Repo.TempDir(), "keys"),
        }).Build();
        _app = WebApp.Create(configuration, ["http://127.0.0.1:0"]);
        await _app.StartAsync();
        BaseUrl = new Uri(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single());
        Client = new HttpClient { BaseAddress = BaseUrl };

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Chromium, Args = ChromiumFlags });
        diagnostics.OnMessage(new DiagnosticMessage($"Browser test artifacts (screenshots, failure traces): {Repo.Artifacts}"));
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
