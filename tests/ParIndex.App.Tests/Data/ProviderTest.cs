using ParIndex.App.Data;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// Base of the use-case tests: each test gets a fresh, migrated database of the provider the concrete class names,
/// so the same tests run on SQLite and on PostgreSQL.
/// </summary>
public abstract class ProviderTest(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase? _database;

    internal World World { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync(provider);
        World = await new World(_database).SetUpAsync();
    }

    public async Task DisposeAsync()
    {
        if (_database is not null) await _database.DisposeAsync();
    }
}
