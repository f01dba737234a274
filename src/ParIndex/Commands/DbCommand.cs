using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex db migrate</c>: creates the database or brings its structure up to date.</summary>
internal static class DbCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var migrate = database.With(new Command("migrate", Cli.T("Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu", "create or update the database structure")), actor: false);
        migrate.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct, requireMigrated: false);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await Database.UpgradeAsync(db, ct);
            var o = parsed.InvocationConfiguration.Output;
            var provider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
            if (pending.Count == 0) o.WriteLine(CliMessages.DatabaseCurrent(provider).In(Cli.Language));
            else
            {
                o.WriteLine(CliMessages.DatabaseMigrated(pending.Count, provider).In(Cli.Language));
                foreach (var m in pending) o.WriteLine("  " + m);
            }
            return Cli.Ok;
        }));
        return new Command("db", Cli.T("Cơ sở dữ liệu", "the database")) { migrate };
    }
}
