using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Configuration;

namespace ParIndex.App.Data;

/// <summary>
/// Chooses and configures the database from configuration (<c>Database:Provider</c>, <c>ConnectionStrings:Default</c>):
/// SQLite at <c>data/parindex.db</c> unless PostgreSQL is asked for. Migrations live in one assembly per provider.
/// </summary>
public static class Database
{
    public const string DefaultSqlite = "Data Source=data/parindex.db";

    public static (DatabaseProvider Provider, string ConnectionString) FromConfiguration(IConfiguration configuration)
    {
        var name = configuration["Database:Provider"] ?? nameof(DatabaseProvider.Sqlite);
        if (!Enum.TryParse<DatabaseProvider>(name, ignoreCase: true, out var provider))
            throw new InvalidOperationException($"Database:Provider '{name}' is neither Sqlite nor Postgres");
        var connection = configuration.GetConnectionString("Default");
        if (provider == DatabaseProvider.Postgres && string.IsNullOrWhiteSpace(connection))
            throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:Default is not set");
        return (provider, string.IsNullOrWhiteSpace(connection) ? DefaultSqlite : connection);
    }

    public static DbContextOptionsBuilder<AppDbContext> Configure(DbContextOptionsBuilder<AppDbContext> builder, DatabaseProvider provider, string connectionString, bool compiledModel = true)
    {
        Configure((DbContextOptionsBuilder)builder, provider, connectionString, compiledModel);
        return builder;
    }

    /// <summary>
    /// The same, for <c>AddDbContext</c>, which hands over the non-generic builder. The model is the compiled one of the
    /// provider (<c>Data/CompiledModels</c>, made by <c>dotnet ef dbcontext optimize</c>), so opening the database does not
    /// build it; only the design-time tools build it from <see cref="AppDbContext"/> (<paramref name="compiledModel"/> false).
    /// </summary>
    public static void Configure(DbContextOptionsBuilder builder, DatabaseProvider provider, string connectionString, bool compiledModel = true)
    {
        if (provider == DatabaseProvider.Postgres)
        {
            builder.UseNpgsql(connectionString, o => o.MigrationsAssembly("ParIndex.Migrations.Postgres"));
        }
        else
        {
            EnsureSqliteFolder(connectionString);
            builder.UseSqlite(connectionString, o => o.MigrationsAssembly("ParIndex.Migrations.Sqlite"));
        }
        if (compiledModel && CompiledModel(provider) is { } model) builder.UseModel(model);
    }

    /// <summary>
    /// Creates the database or brings its structure up to date. A SQLite file is switched to write-ahead logging (a
    /// setting kept in the file): readers no longer block the writer, and a commit appends to the log instead of
    /// rewriting pages. Synchronous stays FULL, so an acknowledged write survives a power cut, except drafts
    /// (<see cref="Durability.Draft"/>, decision 008).
    /// </summary>
    public static async Task UpgradeAsync(AppDbContext db, CancellationToken ct = default)
    {
        await db.Database.MigrateAsync(ct);
        if (db.Database.IsSqlite() && !IsInMemory(db.Database.GetConnectionString() ?? ""))
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL", ct);
    }

    private static bool IsInMemory(string connectionString)
    {
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString);
        return builder.DataSource is "" or ":memory:" || builder.Mode == Microsoft.Data.Sqlite.SqliteOpenMode.Memory;
    }

    public static AppDbContext Open(DatabaseProvider provider, string connectionString, bool compiledModel = true) =>
        new(Configure(new DbContextOptionsBuilder<AppDbContext>(), provider, connectionString, compiledModel).Options);

    private static readonly ConcurrentDictionary<DatabaseProvider, IModel?> CompiledModels = new();

    /// <summary>
    /// The provider's compiled model, found by name rather than referenced, so that the project still builds while
    /// <c>Data/CompiledModels/regenerate.sh</c> has removed it (the old one may no longer compile); without it the
    /// model is built as usual, and <c>CompiledModelTests</c> fails.
    /// </summary>
    public static IModel? CompiledModel(DatabaseProvider provider) => CompiledModels.GetOrAdd(provider, p =>
        typeof(Database).Assembly.GetType($"ParIndex.App.Data.CompiledModels.{p}.AppDbContextModel")
            ?.GetProperty("Instance", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IModel);

    private static void EnsureSqliteFolder(string connectionString)
    {
        var file = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString).DataSource;
        var folder = Path.GetDirectoryName(Path.GetFullPath(file));
        if (!string.IsNullOrEmpty(file) && file != ":memory:" && folder is not null) Directory.CreateDirectory(folder);
    }
}
