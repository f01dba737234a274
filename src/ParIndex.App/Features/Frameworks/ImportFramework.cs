using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Frameworks;

/// <summary>
/// Stores a framework file (.json or .xlsx) as an immutable edition. Importing the same content again is a no-op;
/// a different content under an existing code is refused: a change is a new edition with a new code.
/// </summary>
public sealed record ImportFramework(string Path);

public sealed class ImportFrameworkHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<FrameworkEdition> HandleAsync(Actor actor, ImportFramework request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportFramework, Role.Admin, Role.Secretariat);
        var framework = FrameworkFiles.Load(request.Path);
        var json = FrameworkJson.Write(framework);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var existing = await db.Frameworks.SingleOrDefaultAsync(f => f.Code == framework.Code, ct);
        if (existing is not null)
        {
            if (existing.Sha256 == sha) return existing;
            throw new ImportException([new ImportProblem(request.Path,
                StepMessages.FrameworkChanged(framework.Code))]);
        }
        var now = clock.GetUtcNow();
        var edition = new FrameworkEdition
        {
            Code = framework.Code, Name = framework.Name, Group = framework.Group, Json = json, Sha256 = sha,
            ImportedAt = Moment.Of(now), ImportedBy = actor.UserId,
        };
        await db.WriteAsync(() =>
        {
            db.Frameworks.Add(edition);
            AuditLog.Record(db, actor, now, "framework.import", "Framework", framework.Code, null, sha);
            return Task.CompletedTask;
        }, ct);
        return edition;
    }
}
