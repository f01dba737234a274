using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ParIndex.App.Data;

/// <summary>
/// Whether the database has the structure this build expects: the newest migration of the provider's migrations
/// assembly is recorded in <c>__EFMigrationsHistory</c>. One query, where EF's pending-migrations check first builds the
/// history table's own model (a tenth of a second of CPU on every command); <c>db migrate</c> and the tests still use
/// that check to list what is pending.
/// </summary>
public static class SchemaVersion
{
    public static async Task<bool> IsCurrentAsync(AppDbContext db, CancellationToken ct = default)
    {
        var newest = db.GetService<IMigrationsAssembly>().Migrations.Keys.Max(StringComparer.Ordinal);
        if (newest is null) return true;
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = """SELECT COUNT(*) FROM "__EFMigrationsHistory" WHERE "MigrationId" >= @newest""";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@newest";
            parameter.Value = newest;
            command.Parameters.Add(parameter);
            return Convert.ToInt64(await command.ExecuteScalarAsync(ct), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }
        catch (DbException)
        {
            return false; // no history table: a database never migrated
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
