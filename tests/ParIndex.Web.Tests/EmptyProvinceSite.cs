using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Tests;

/// <summary>
/// Per test class: the real web application over a new, empty SQLite database (no period, no framework, no unit) on
/// a <see cref="ManualClock"/> the test moves through the year's deadlines, and one headless Debian Chromium. The
/// accounts are added as an operator adds them with <c>parindex user add</c>, through the same use case.
/// </summary>
public sealed class EmptyProvinceSite : IAsyncLifetime, IBrowserSite
{
    private WebApplication _app = null!;
    private IPlaywright _playwright = null!;
    private string _connection = null!;

    /// <summary>2 January 2025, 09:00 Vietnam time, when the secretariat sets up the year.</summary>
    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 1, 2, 9, 0, 0, TimeSpan.FromHours(7)));

    public Uri BaseUrl { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var dir = Repo.TempDir();
        _connection = $"Data Source={Path.Combine(dir, "parindex.db")}";
        await using (var db = Database.Open(DatabaseProvider.Sqlite, _connection))
            await db.Database.MigrateAsync();
        (_app, BaseUrl) = await SiteHost.StartAsync(dir, _connection, Clock);
        (_playwright, Browser) = await SiteHost.LaunchChromiumAsync();
    }

    /// <summary>Adds an account as the operator does (<c>parindex user add</c>); a unit's account needs its unit imported first.</summary>
    public async Task AddUserAsync(string userName, string password, Role role, string? unitCode, string displayName)
    {
        await using var db = Open();
        await new AddUserHandler(db, Clock).HandleAsync(Actor.Operator("web-tests"), new AddUser(userName, password, role, unitCode, displayName));
    }

    /// <summary>The actor of an account, for the steps a test takes through the use cases rather than the pages.</summary>
    public async Task<Actor> ActorAsync(string userName)
    {
        await using var db = Open();
        return await new GetActorHandler(db).HandleAsync(new GetActor(userName));
    }

    /// <summary>Runs a use case on a fresh context, as one web request does.</summary>
    public async Task<T> RunAsync<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var db = Open();
        return await work(db);
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private AppDbContext Open() => Database.Open(DatabaseProvider.Sqlite, _connection);
}
