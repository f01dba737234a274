using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Results;

namespace ParIndex.App.Features.Facts;

/// <summary>
/// Where a unit's mapped items take their figure from, for everyone who reads them: the dossier and the appraisal sheet
/// show the figure with "Nguồn: …, ngày …" (<see cref="ForUnitAsync"/>), and the "why is my score" trace says it on the
/// line of an item whose score in force is the figure filled (<see cref="AddAsync"/>).
/// </summary>
internal static class FactSources
{
    /// <summary>The unit's mapped sub-criteria by code, each with its indicator and, once imported, its figure.</summary>
    public static async Task<Dictionary<string, FactSource>> ForUnitAsync(AppDbContext db, int periodId, int unitId, CancellationToken ct)
    {
        var mappings = await db.FactMappings.AsNoTracking().Where(m => m.PeriodId == periodId).ToListAsync(ct);
        if (mappings.Count == 0) return [];
        var figures = (await db.FactFigures.AsNoTracking().Where(f => f.PeriodId == periodId && f.UnitId == unitId).ToListAsync(ct))
            .ToDictionary(f => f.Indicator, StringComparer.OrdinalIgnoreCase);
        return mappings.ToDictionary(m => m.LeafCode, m => figures.GetValueOrDefault(m.Indicator) is { } f
            ? new FactSource(m.Indicator, f.Value, f.Source, f.FiguresOn)
            : new FactSource(m.Indicator, null, null, null));
    }

    /// <summary>
    /// The trace with ". Nguồn: Cổng DVCQG, ngày 15/11/2026" after the explanation of each mapped item whose entry in
    /// force has the input the figure filled (kept by the appraiser, or accepted); an item an appraiser or an appeal
    /// changed keeps its plain line.
    /// </summary>
    public static async Task<IReadOnlyList<TraceLine>> AddAsync(AppDbContext db, int periodId, string unitCode, IReadOnlyList<TraceLine> trace, CancellationToken ct)
    {
        var submission = await db.Submissions.AsNoTracking().Where(s => s.PeriodId == periodId && s.Unit.Code == unitCode)
            .Select(s => new { s.Id, s.UnitId }).SingleOrDefaultAsync(ct);
        if (submission is null) return trace;
        var sources = await ForUnitAsync(db, periodId, submission.UnitId, ct);
        if (sources.Values.All(s => s.Shown is null)) return trace;
        var latest = await LeafScores.LatestAsync(db, [submission.Id], ct);
        return [.. trace.Select(line =>
            sources.GetValueOrDefault(line.Code) is { Source: { } source, FiguresOn: { } on }
            && latest.GetValueOrDefault((submission.Id, line.Code, ScoreStage.SelfAssessed)) is { } self && self.Note == FactFill.Note(source, on)
            && SubmissionInputs.Latest(latest, submission.Id, line.Code, ScoreStage.Appeal)?.Input == self.Input
                ? line with { Explanation = new($"{line.Explanation.Vi}. {FactFill.Note(source, on)}", $"{line.Explanation.En}. {Domain.Messages.FactsMessages.Source(source, on).In(Domain.Messages.Language.En)}") }
                : line)];
    }
}
