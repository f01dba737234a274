using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>The real web application on a SQLite file and a free loopback port, and the class's headless Debian Chromium.</summary>
internal static class SiteHost
{
    /// <summary>Starts the site on <paramref name="connection"/>, keeping its evidence and keys under <paramref name="dir"/>.</summary>
    public static async Task<(WebApplication App, Uri BaseUrl)> StartAsync(string dir, string connection, TimeProvider clock)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = nameof(App.Data.DatabaseProvider.Sqlite),
            ["ConnectionStrings:Default"] = connection,
            ["Evidence:Root"] = Path.Combine(dir, "evidence"),
            ["DataProtection:Keys"] = Path.Combine(dir, "keys"),
        }).Build();
        var app = WebApp.Create(configuration, ["http://127.0.0.1:0"], clock: clock);
        await app.StartAsync();
        return (app, new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single()));
    }

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchChromiumAsync()
    {
        var playwright = await Playwright.CreateAsync();
        return (playwright, await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = DemoSite.Chromium, Args = DemoSite.ChromiumFlags }));
    }
}
