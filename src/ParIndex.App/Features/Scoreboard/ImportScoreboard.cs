using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Scoreboard;

/// <summary>
/// Loads the province's external index figures from a CSV or XLSX file, one row per index and year:
/// <c>index,name,year,score,rank,out_of,source</c> and optionally <c>name_en</c> (English names like the other
/// imports; the Vietnamese headers <c>chi_so,ten,nam,diem,hang,tren_tong,nguon,ten_en</c> are accepted too).
/// All or nothing: every problem is reported with its row and column and nothing is written unless there are none.
/// A figure already recorded for the same index and year is replaced only when <see cref="Replace"/> is set;
/// otherwise a different value is a problem on that row naming what is recorded. Every change is audited.
/// </summary>
public sealed record ImportScoreboard(string Path, bool Replace = false);

public sealed record ScoreboardImport(int Created, int Replaced, int Unchanged)
{
    public int Total => Created + Replaced + Unchanged;
}

public sealed class ImportScoreboardHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<ScoreboardImport> HandleAsync(Actor actor, ImportScoreboard request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportScoreboard, Role.Admin, Role.Secretariat);
        var table = Table.Load(request.Path);
        var problems = new List<ImportProblem>();
        var rows = ScoreboardFile.Read(table, problems);

        var existing = (await db.ExternalIndexScores.ToListAsync(ct))
            .ToDictionary(s => (s.IndexCode, s.Year));
        if (!request.Replace)
            foreach (var row in rows)
                if (existing.TryGetValue((row.Score.IndexCode, row.Score.Year), out var old) && !ScoreboardFile.Same(old, row.Score))
                    problems.Add(table.Problem(row.Row, row.ScoreColumn, ScoreboardMessages.Recorded(old.IndexCode, old.Year, ScoreboardFile.Describe(old))));
        ImportException.ThrowIfAny(problems);

        var now = clock.GetUtcNow();
        return await db.WriteAsync(() =>
        {
            int created = 0, replaced = 0, unchanged = 0;
            foreach (var row in rows)
            {
                var s = row.Score;
                var key = $"{s.IndexCode}/{s.Year.ToString(CultureInfo.InvariantCulture)}";
                if (!existing.TryGetValue((s.IndexCode, s.Year), out var old))
                {
                    db.ExternalIndexScores.Add(s);
                    AuditLog.Record(db, actor, now, "scoreboard.create", "ExternalIndexScore", key, null, ScoreboardFile.AuditJson(s));
                    created++;
                    continue;
                }
                if (ScoreboardFile.Same(old, s)) { unchanged++; continue; }
                var before = ScoreboardFile.AuditJson(old);
                old.IndexName = s.IndexName;
                old.IndexNameEn = s.IndexNameEn;
                old.Score = s.Score;
                old.Rank = s.Rank;
                old.OutOf = s.OutOf;
                old.Source = s.Source;
                AuditLog.Record(db, actor, now, "scoreboard.replace", "ExternalIndexScore", key, before, ScoreboardFile.AuditJson(old));
                replaced++;
            }
            return Task.FromResult(new ScoreboardImport(created, replaced, unchanged));
        }, ct);
    }
}
