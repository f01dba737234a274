using Microsoft.EntityFrameworkCore.Design;
using ParIndex.App.Data;

namespace ParIndex.Migrations.Postgres;

/// <summary>Lets <c>dotnet ef migrations add</c> and <c>dbcontext optimize</c> build the PostgreSQL model; no connection is opened.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<AppDbContext>
{
    public AppDbContext CreateDbContext(string[] args) => Database.Open(DatabaseProvider.Postgres, "Host=127.0.0.1;Database=parindex_design", compiledModel: false);
}
