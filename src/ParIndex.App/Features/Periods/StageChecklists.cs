using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>Builds a period's <see cref="StageChecklist"/> from its submissions, open appeals and survey points.</summary>
internal static class StageChecklists
{
    /// <summary>The checklist for moving <paramref name="period"/> (with its submissions, units and frameworks loaded) to <paramref name="to"/>.</summary>
    public static async Task<StageChecklist> BuildAsync(AppDbContext db, Period period, PeriodState to, CancellationToken ct)
    {
        var policy = period.NonSubmitters;
        var submissions = period.Submissions.OrderBy(s => s.Unit.Code, StringComparer.Ordinal).ToList();
        var found = new SortedDictionary<OpenItemKind, (int Count, List<ChecklistUnit> Units)>();
        void Add(OpenItemKind kind, ChecklistUnit unit, int count = 1)
        {
            var (n, units) = found.TryGetValue(kind, out var f) ? f : (0, new List<ChecklistUnit>());
            units.Add(unit);
            found[kind] = (n + count, units);
        }

        foreach (var s in submissions)
            if (StageChange.OpenItem(to, s.State) is { } kind) Add(kind, new ChecklistUnit(s.Unit.Code, s.Unit.Name));

        if (StageChange.AppealsMatter(to))
        {
            var ids = submissions.Select(s => s.Id).ToList();
            var open = (await db.Appeals.AsNoTracking().Where(a => a.State == AppealState.Open && ids.Contains(a.SubmissionId))
                .Select(a => new { a.SubmissionId, a.LeafCode }).ToListAsync(ct)).ToLookup(a => a.SubmissionId, a => a.LeafCode);
            foreach (var s in submissions.Where(s => open[s.Id].Any()))
            {
                var leaves = open[s.Id].Order(StringComparer.Ordinal).ToList();
                Add(OpenItemKind.AppealNotDecided, new ChecklistUnit(s.Unit.Code, s.Unit.Name, string.Join(", ", leaves)), leaves.Count);
            }
        }

        if (StageChange.SurveyMatters(to))
        {
            var scored = submissions.Where(s => !StageChange.IsNonSubmitter(s.State, policy)).ToList();
            var latest = await LeafScores.LatestAsync(db, [.. scored.Select(s => s.Id)], ct);
            foreach (var s in scored)
            {
                var framework = CompiledFrameworks.Of(period.Frameworks.Single(f => f.Group == s.Unit.Group).FrameworkEdition);
                var missing = Enumerable.Range(0, framework.LeafNodes.Length).Where(l => framework.Rules[l] is SurveyRule)
                    .Select(l => framework.Nodes[framework.LeafNodes[l]].Code)
                    .Where(code => !latest.ContainsKey((s.Id, code, ScoreStage.Appraised)) && !latest.ContainsKey((s.Id, code, ScoreStage.Appeal)))
                    .ToList();
                if (missing.Count > 0) Add(OpenItemKind.SurveyNotApplied, new ChecklistUnit(s.Unit.Code, s.Unit.Name, string.Join(", ", missing)));
            }
        }

        return new StageChecklist(period.Id, period.State, to, policy, [.. found.Select(f =>
        {
            var (titleVi, titleEn) = OpenItemText.Title(f.Key, f.Value.Count, to);
            var (effectVi, effectEn) = OpenItemText.Effect(f.Key, to, policy);
            return new ChecklistItem(f.Key, f.Value.Count, f.Value.Units, titleVi, titleEn, effectVi, effectEn, StageChange.Blocks(f.Key, to));
        })]);
    }

    /// <summary>The period with what a checklist and a move need: submissions with their units, frameworks with their editions.</summary>
    public static async Task<Period> LoadAsync(AppDbContext db, int periodId, CancellationToken ct) =>
        await db.Periods.Include(p => p.Frameworks).ThenInclude(f => f.FrameworkEdition)
            .Include(p => p.Submissions).ThenInclude(s => s.Unit)
            .SingleOrDefaultAsync(p => p.Id == periodId, ct)
        ?? throw new NotFoundException(NotFoundMessages.Period(periodId));
}
