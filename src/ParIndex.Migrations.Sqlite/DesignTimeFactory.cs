using Microsoft.EntityFrameworkCore.Design;
using ParIndex.App.Data;

namespace ParIndex.Migrations.Sqlite;

/// <summary>Lets <c>dotnet ef migrations add</c> and <c>dbcontext optimize</c> build the SQLite model without a running application.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => Database.Open(DatabaseProvider.Sqlite, "Data Source=design-time.db", compiledModel: false);
}
