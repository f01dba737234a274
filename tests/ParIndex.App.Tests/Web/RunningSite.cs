using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Tests.Data;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web;

/// <summary>The real web application on a free loopback port, over a test database; an HttpClient pointed at it.</summary>
internal sealed class RunningSite : IAsyncDisposable
{
    private readonly WebApplication _app;

    // Tests start many sites at once; watching appsettings.json and the versioned static files through inotify would
    // take instances from the per-user limit (128) every process of the user shares, so config is not reloaded and
    // files are watched by polling.
    static RunningSite()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }

    private RunningSite(WebApplication app, HttpClient client)
    {
        _app = app;
        Client = client;
    }

    public HttpClient Client { get; }

    /// <summary>The site's services, e.g. its evidence store, for a test to stage data the pages then read.</summary>
    public IServiceProvider Services => _app.Services;

    /// <param name="clock">The site's clock; the system clock when null.</param>
    /// <param name="settings">More settings; the notification worker runs only when they turn it on (<c>Notifications:Worker</c>).</param>
    public static async Task<RunningSite> StartAsync(TestDatabase database, TimeProvider? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = database.Provider.ToString(),
            ["ConnectionStrings:Default"] = database.ConnectionString,
            ["Evidence:Root"] = Path.Combine(Repo.TempDir(), "evidence"),
            ["Notifications:Worker"] = "false",
        }).AddInMemoryCollection(settings ?? new Dictionary<string, string?>()).Build();
        var app = WebApp.Create(configuration, ["http://127.0.0.1:0"], clock: clock);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Single();
        return new RunningSite(app, new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = new Uri(address) });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
