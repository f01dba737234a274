using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Facts;

/// <summary>
/// The secretariat imports measured indicators per unit from an authoritative export (<see cref="FactsFile"/>) into a
/// period. All of it or nothing: every problem is located (file, sheet, row, column, unit, indicator) and nothing is
/// written while there is one. A first figure applies at once; when figures already imported would change, the
/// differences (unit, indicator, old → new) come back unapplied with a <see cref="FactsImport.Fingerprint"/>, and the
/// same request with <see cref="Confirm"/> set to it applies them (a fingerprint from before someone else's import is
/// refused by showing the new differences). With <see cref="Review"/> (the web page) new figures wait for the
/// confirmation too, so the secretariat reads every row before anything is stored. Applying stores the figures, fills
/// the mapped items (<see cref="FactFill"/>) and records every change in the audit log.
/// </summary>
public sealed record ImportFacts(int PeriodId, string FileName, byte[] Content, string? Confirm = null, bool Review = false);

/// <summary>One figure that is new or changes: <see cref="Old"/> is null for a new one.</summary>
public sealed record FactChange(string Unit, string UnitName, string Indicator, decimal? Old, decimal New, string Source, DateOnly FiguresOn)
{
    public Message Shown => FactsMessages.Change(Unit, Indicator, Old, New);
}

/// <param name="Applied">False when changed figures wait for confirmation.</param>
/// <param name="Filled">Ledger entries appended to mapped items.</param>
public sealed record FactsImport(bool Applied, IReadOnlyList<FactChange> Changes, int Unchanged, int Filled, string Fingerprint)
{
    public int Added => Changes.Count(c => c.Old is null);

    public int Changed => Changes.Count(c => c.Old is not null);

    public Message Summary => Applied ? FactsMessages.Imported(Changes.Count + Unchanged, Added, Changed, Unchanged, Filled)
        : Added > 0 ? FactsMessages.ToReview(Added, Changed, Unchanged) : FactsMessages.ToConfirm(Changed);
}

public sealed class ImportFactsHandler(AppDbContext db, TimeProvider clock)
{
    /// <exception cref="ForbiddenException">The actor is neither the secretariat nor admin.</exception>
    /// <exception cref="ImportException">The file has problems; all are listed, nothing was written.</exception>
    public async Task<FactsImport> HandleAsync(Actor actor, ImportFacts request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ImportFacts, Role.Admin, Role.Secretariat);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var now = clock.GetUtcNow();
        var table = FactsFile.Load(request.FileName, request.Content);
        var problems = new List<ImportProblem>();
        var rows = FactsFile.Read(table, DateOnly.FromDateTime(Moment.InVietnam(now).DateTime), problems);

        var units = await db.Units.AsNoTracking().ToListAsync(ct);
        var byCode = units.ToDictionary(u => u.Code, StringComparer.OrdinalIgnoreCase);
        var withDossier = (await db.Submissions.AsNoTracking().Where(s => s.PeriodId == period.Id).Select(s => s.UnitId).ToListAsync(ct)).ToHashSet();
        var mappings = await db.FactMappings.AsNoTracking().Where(m => m.PeriodId == period.Id).ToListAsync(ct);
        var scopes = new Dictionary<int, SubmissionScope>();
        var found = new List<(FactRow Row, Unit Unit)>();
        foreach (var row in rows)
        {
            void Problem(int column, Message says) => problems.Add(table.Problem(row.Line, column, FactsMessages.Of(row.Unit, row.Indicator, says)));
            if (!byCode.TryGetValue(row.Unit, out var unit)) { Problem(table.Column("don_vi") is var c and >= 0 ? c : table.Column("unit"), FactsMessages.NoUnit(row.Unit)); continue; }
            if (!withDossier.Contains(unit.Id)) { Problem(table.Column("don_vi") is var c and >= 0 ? c : table.Column("unit"), FactsMessages.NoDossier(unit.Code)); continue; }
            foreach (var mapping in mappings.Where(m => string.Equals(m.Indicator, row.Indicator, StringComparison.OrdinalIgnoreCase)))
            {
                if (!scopes.TryGetValue(unit.Id, out var scope)) scopes[unit.Id] = scope = await SubmissionScope.LoadAsync(db, period.Id, unit.Code, ct);
                if (FactFill.Refusal(scope, mapping, row.Value) is { } refused) Problem(row.ValueColumn, refused);
            }
            found.Add((row, unit));
        }
        ImportException.ThrowIfAny(problems);

        var current = (await db.FactFigures.Where(f => f.PeriodId == period.Id).ToListAsync(ct))
            .ToDictionary(f => (f.UnitId, f.Indicator.ToUpperInvariant()));
        var changes = new List<FactChange>();
        var unchanged = 0;
        foreach (var (row, unit) in found)
        {
            var old = current.GetValueOrDefault((unit.Id, row.Indicator.ToUpperInvariant()));
            if (old is not null && old.Value == row.Value && old.Source == row.Source && old.FiguresOn == row.FiguresOn) { unchanged++; continue; }
            changes.Add(new FactChange(unit.Code, unit.Name, old?.Indicator ?? row.Indicator, old?.Value, row.Value, row.Source, row.FiguresOn));
        }
        var fingerprint = Fingerprint(period.Id, changes);
        if ((request.Review ? changes.Count > 0 : changes.Any(c => c.Old is not null)) && request.Confirm != fingerprint)
            return new FactsImport(false, changes, unchanged, 0, fingerprint);

        var filled = 0;
        if (changes.Count > 0)
            await db.WriteAsync(async () =>
            {
                var touched = new List<FactFigure>();
                foreach (var change in changes)
                {
                    var unit = byCode[change.Unit];
                    if (current.GetValueOrDefault((unit.Id, change.Indicator.ToUpperInvariant())) is not { } figure)
                    {
                        figure = new FactFigure { PeriodId = period.Id, UnitId = unit.Id, Indicator = change.Indicator, Source = change.Source, ImportedBy = actor.UserId };
                        db.FactFigures.Add(figure);
                    }
                    (figure.Value, figure.Source, figure.FiguresOn, figure.ImportedBy, figure.ImportedAt) = (change.New, change.Source, change.FiguresOn, actor.UserId, Moment.Of(now));
                    AuditLog.Record(db, actor, now, "fact.figure", "Fact", $"{period.Id}/{change.Unit}/{change.Indicator}",
                        change.Old is { } was ? Domain.Numbers.NumberText.Vi(was) : null, Domain.Numbers.NumberText.Vi(change.New), FactFill.Note(change.Source, change.FiguresOn));
                    touched.Add(figure);
                }
                filled = await FactFill.FillAsync(db, actor, now, period.Id, mappings, touched, units.ToDictionary(u => u.Id, u => u.Code), ct);
                AuditLog.Record(db, actor, now, "facts.import", "Period", period.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), null,
                    $"{Path.GetFileName(request.FileName)} sha256 {Convert.ToHexStringLower(SHA256.HashData(request.Content))}: {changes.Count(c => c.Old is null)} mới, {changes.Count(c => c.Old is not null)} thay đổi, {unchanged} không đổi, {filled} mục được điền");
            }, ct);
        return new FactsImport(true, changes, unchanged, filled, fingerprint);
    }

    private static string Fingerprint(int period, IEnumerable<FactChange> changes)
    {
        var text = new StringBuilder(period.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var c in changes.OrderBy(c => c.Unit, StringComparer.Ordinal).ThenBy(c => c.Indicator, StringComparer.Ordinal))
            text.Append('\n').Append($"{c.Unit}|{c.Indicator}|{c.Old}|{c.New}|{c.Source}|{c.FiguresOn:yyyy-MM-dd}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }
}
