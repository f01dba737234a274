using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;

namespace ParIndex.Commands;

/// <summary><c>parindex audit verify</c>: walks the audit log's hash chain and reports the first broken entry.</summary>
internal static class AuditCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var verify = database.With(new Command("verify", "Kiểm tra chuỗi băm của nhật ký — verify the audit log's hash chain"), actor: false);
        verify.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var broken = await AuditChain.VerifyAsync(db, ct);
            if (broken is null)
            {
                var count = await db.Audit.CountAsync(ct);
                parsed.InvocationConfiguration.Output.WriteLine($"OK: nhật ký nguyên vẹn, {count} mục / the audit log is intact, {count} entries");
                return Cli.Ok;
            }
            parsed.InvocationConfiguration.Error.WriteLine(
                $"Nhật ký bị sửa ở mục {broken.EntryId} (vị trí {broken.Position}) / The audit log is broken at entry id {broken.EntryId} (position {broken.Position}): {broken.Problem}");
            return Cli.BadInput;
        }));
        return new Command("audit", "Nhật ký kiểm toán — the audit log") { verify };
    }
}
