using System.Diagnostics;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Demo;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Demo;

/// <summary>
/// A database with the demo loaded once (it takes seconds), shared by the tests of a class that only read it. The
/// "real" time of loading is fixed, so the 2026 period is placed the same way on every run.
/// </summary>
public abstract class DemoDatabase(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly DateTimeOffset LoadedAt = new(2026, 11, 22, 10, 0, 0, TimeSpan.FromHours(7));

    internal TestDatabase Database { get; private set; } = null!;

    public string EvidenceRoot { get; } = Path.Combine(Repo.TempDir(), "evidence");

    public IEvidenceStore Store { get; private set; } = null!;

    public DemoLoaded Loaded { get; private set; } = null!;

    public TimeSpan LoadTime { get; private set; }

    public Actor Operator { get; } = Actor.Operator("demo-test");

    public AppDbContext Open() => Database.Open();

    public LoadDemoHandler Handler() => new(Open, new FixedClock(LoadedAt), Store);

    public static string Samples => Path.Combine(Repo.Root, "samples");

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync(provider);
        Store = new FileSystemEvidenceStore(new EvidenceStoreOptions(EvidenceRoot));
        var watch = Stopwatch.StartNew();
        Loaded = await Handler().HandleAsync(Operator, new LoadDemo(Samples));
        LoadTime = watch.Elapsed;
    }

    public async Task DisposeAsync() => await Database.DisposeAsync();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now.ToUniversalTime();
    }
}

public sealed class SqliteDemoDatabase() : DemoDatabase(DatabaseProvider.Sqlite);

public sealed class PostgresDemoDatabase() : DemoDatabase(DatabaseProvider.Postgres);
