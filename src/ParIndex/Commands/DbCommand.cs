using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.Commands;

/// <summary><c>parindex db migrate</c>: creates the database or brings its structure up to date.</summary>
internal static class DbCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var migrate = database.With(new Command("migrate", "Tạo hoặc cập nhật cấu trúc cơ sở dữ liệu — create or update the database structure"), actor: false);
        migrate.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct, requireMigrated: false);
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            await Database.UpgradeAsync(db, ct);
            var o = parsed.InvocationConfiguration.Output;
            var provider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
            if (pending.Count == 0) o.WriteLine($"Cơ sở dữ liệu đã cập nhật / The database is up to date ({provider})");
            else
            {
                o.WriteLine($"Đã áp dụng {pending.Count} migration / Applied {pending.Count} migration(s) ({provider}):");
                foreach (var m in pending) o.WriteLine("  " + m);
            }
            return Cli.Ok;
        }));
        return new Command("db", "Cơ sở dữ liệu — the database") { migrate };
    }
}
