using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex audit verify</c>: checks the audit log's streams and seals and reports the first break (decision 010).</summary>
internal static class AuditCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var verify = database.With(new Command("verify", Cli.T("Kiểm tra chuỗi băm của nhật ký", "verify the audit log's hash chains and seals")), actor: false);
        verify.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var broken = await AuditChain.VerifyAsync(db, ct);
            if (broken is null)
            {
                var count = await db.Audit.CountAsync(ct);
                var streams = await db.Audit.Select(a => a.Stream).Distinct().CountAsync(ct);
                var seals = await db.AuditSeals.CountAsync(ct);
                var pending = await db.AuditPending.CountAsync(ct);
                parsed.InvocationConfiguration.Output.WriteLine(CliMessages.AuditIntact(count, streams, seals, pending).In(Cli.Language));
                return Cli.Ok;
            }
            parsed.InvocationConfiguration.Error.WriteLine(broken.ToString());
            return Cli.BadInput;
        }));
        return new Command("audit", Cli.T("Nhật ký kiểm toán", "the audit log")) { verify };
    }
}
