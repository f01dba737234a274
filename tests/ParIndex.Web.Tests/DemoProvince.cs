using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Demo;
using ParIndex.App.Security;

namespace ParIndex.Web.Tests;

/// <summary>
/// One SQLite database with the demo province Tỉnh Mẫu loaded through the real <see cref="LoadDemoHandler"/>, exactly as
/// <c>parindex demo load</c> does, once for the whole run (it takes seconds); every test class serves it.
/// </summary>
internal sealed class DemoProvince
{
    private static readonly Lazy<Task<DemoProvince>> Loaded = new(LoadAsync);

    private DemoProvince(string connectionString, string evidenceRoot, DemoLoaded demo)
    {
        ConnectionString = connectionString;
        EvidenceRoot = evidenceRoot;
        Demo = demo;
    }

    public string ConnectionString { get; }

    public string EvidenceRoot { get; }

    /// <summary>The demo accounts with their (demo-only) passwords, and the periods 2024, 2025 (published) and 2026.</summary>
    public DemoLoaded Demo { get; }

    public static Task<DemoProvince> GetAsync() => Loaded.Value;

    public DemoAccount Account(string userName) => Demo.Accounts.Single(a => a.UserName == userName);

    private static async Task<DemoProvince> LoadAsync()
    {
        var dir = Repo.TempDir();
        var connection = $"Data Source={Path.Combine(dir, "parindex.db")}";
        await using (var db = Database.Open(DatabaseProvider.Sqlite, connection))
            await db.Database.MigrateAsync();
        var evidence = Path.Combine(dir, "evidence");
        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(evidence));
        var demo = await new LoadDemoHandler(() => Database.Open(DatabaseProvider.Sqlite, connection), TimeProvider.System, store)
            .HandleAsync(Actor.Operator("web-tests"), new LoadDemo(Path.Combine(Repo.Root, "samples")));
        return new DemoProvince(connection, evidence, demo);
    }
}
