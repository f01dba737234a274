using Microsoft.EntityFrameworkCore;
using ParIndex.App.Crosswalks;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Crosswalks;

/// <summary>
/// Reads a crosswalk file (.json or .xlsx, docs/formats.md) and checks it against the two stored editions it names —
/// and, for a period, that they are the editions one of its groups moves between — without storing anything: the
/// secretariat reads the links in words before confirming them (<see cref="ImportCrosswalk"/>). Every problem is located.
/// </summary>
public sealed record CheckCrosswalk(byte[] Content, string FileName, int? PeriodId = null);

/// <summary>A crosswalk that holds, with its links named in both editions and its canonical JSON (what is stored on confirmation).</summary>
public sealed record CheckedCrosswalk(string FromCode, string ToCode, IReadOnlyList<CrosswalkRow> Rows, string Json);

public sealed class CheckCrosswalkHandler(AppDbContext db)
{
    public async Task<CheckedCrosswalk> HandleAsync(Actor actor, CheckCrosswalk request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ConfirmCrosswalk, Role.Admin, Role.Secretariat);
        return await CheckAsync(db, request, ct);
    }

    internal static async Task<CheckedCrosswalk> CheckAsync(AppDbContext db, CheckCrosswalk request, CancellationToken ct)
    {
        var file = CrosswalkFiles.Read(request.Content, request.FileName);
        var (fromCode, toCode) = (file.Crosswalk.From, file.Crosswalk.To);
        if (request.PeriodId is { } periodId) await RequireStepOfAsync(db, periodId, fromCode, toCode, request.FileName, ct);
        var editions = await db.Frameworks.AsNoTracking().Where(f => f.Code == fromCode || f.Code == toCode).ToListAsync(ct);
        var missing = new[] { fromCode, toCode }.Distinct().Where(c => !editions.Any(e => e.Code == c)).ToList();
        ImportException.ThrowIfAny([.. missing.Select(c => new ImportProblem(request.FileName, CrosswalkMessages.EditionNotStored(c)))]);
        var from = CompiledFrameworks.Of(editions.Single(e => e.Code == fromCode));
        var to = CompiledFrameworks.Of(editions.Single(e => e.Code == toCode));
        var rows = CrosswalkRow.Of(file.CheckedAgainst(from, to).Links, from, to);
        return new CheckedCrosswalk(fromCode, toCode, rows, CrosswalkJson.Write(fromCode, toCode, rows));
    }

    private static async Task RequireStepOfAsync(AppDbContext db, int periodId, string from, string to, string fileName, CancellationToken ct)
    {
        var (_, name, steps) = await GetEditionStepsHandler.StepsAsync(db, periodId, ct);
        if (steps.Any(s => s.FromCode == from && s.ToCode == to)) return;
        ImportException.ThrowIfAny([new ImportProblem(fileName, steps.Count == 0
            ? CrosswalkMessages.PeriodKeepsItsEditions(name)
            : CrosswalkMessages.NotForPeriod(from, to, name, string.Join("; ", steps.Select(s => $"{s.FromCode} → {s.ToCode}"))))]);
    }
}
