using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>The row count of every table and the audit chain's head: equal before and after a refused import.</summary>
internal sealed record DatabaseState(string Counts, string AuditHead)
{
    public static async Task<DatabaseState> ReadAsync(AppDbContext db)
    {
        int[] counts =
        [
            await db.Units.CountAsync(), await db.Lineage.CountAsync(), await db.Frameworks.CountAsync(), await db.Periods.CountAsync(),
            await db.PeriodFrameworks.CountAsync(), await db.Submissions.CountAsync(), await db.Scores.CountAsync(), await db.Appeals.CountAsync(),
            await db.Evidence.CountAsync(), await db.EvidenceLinks.CountAsync(), await db.Assignments.CountAsync(), await db.Audit.CountAsync(),
            await db.Publications.CountAsync(), await db.ApiTokens.CountAsync(),
        ];
        // Updates leave counts alone, so fold in what an import may update: units' fields and submissions' states.
        var units = await db.Units.AsNoTracking().OrderBy(u => u.Id)
            .Select(u => u.Code + "|" + u.Name + "|" + u.Group + "|" + u.ParentId + "|" + u.ValidFrom + "|" + u.ValidTo + "|" + u.NameEn).ToListAsync();
        var states = await db.Submissions.AsNoTracking().OrderBy(s => s.Id).Select(s => s.State + "/" + s.Version).ToListAsync();
        return new DatabaseState($"{string.Join(",", counts)}; units {string.Join(";", units)}; submissions {string.Join(",", states)}",
            await AuditChain.HeadAsync(db, CancellationToken.None));
    }
}
