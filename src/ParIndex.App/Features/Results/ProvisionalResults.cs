using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using DomainUnit = ParIndex.Domain.Results.Unit;

namespace ParIndex.App.Features.Results;

/// <summary>
/// A group's results before publication (tạm tính), computed the way publication will compute them, from each leaf's
/// score in force now (an appeal's decision over the appraisal over the unit's own). Units with no applicable
/// sub-criterion have no index yet and are left out, as are units the period leaves out of the ranking for never
/// submitting (<see cref="Publishing.RankedInputs"/>). No comparison with last year: that is fixed at publication.
/// </summary>
internal static class ProvisionalResults
{
    public static async Task<GroupResult> ComputeAsync(AppDbContext db, Period period, string group, CancellationToken ct)
    {
        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit)
            .Where(s => s.PeriodId == period.Id && s.Unit.Group == group).ToListAsync(ct);
        var framework = await FrameworkOfAsync(db, period, group, ct);
        var latest = await LeafScores.LatestAsync(db, [.. submissions.Select(s => s.Id)], ct);
        var scored = submissions.OrderBy(s => s.Unit.Code, StringComparer.Ordinal)
            .Select(s => (Unit: new DomainUnit(s.Unit.Code, s.Unit.Name, group), Inputs: Publishing.RankedInputs.Of(period, s, framework, latest)))
            .Where(s => s.Inputs is not null)
            .Select(s => (s.Unit, Score: Domain.Scoring.UnitScorer.Score(framework, s.Inputs!)))
            .Where(s => s.Score.Index is not null).ToList();
        return GroupScoring.Rank(group, framework, scored, new RankingPolicy(period.RankPrecision));
    }

    /// <summary>The group's framework with the period's own bands, where it has them.</summary>
    public static async Task<CompiledFramework> FrameworkOfAsync(AppDbContext db, Period period, string group, CancellationToken ct)
    {
        var edition = await db.PeriodFrameworks.Where(f => f.PeriodId == period.Id && f.Group == group)
            .Select(f => new EditionRef(f.FrameworkEditionId, f.FrameworkEdition.Code, f.FrameworkEdition.Sha256)).SingleAsync(ct);
        return WithBands(period, await CompiledFrameworks.OfAsync(db, edition, ct));
    }

    /// <summary>A compiled framework with the period's own bands in place of the framework's, where it has them.</summary>
    public static CompiledFramework WithBands(Period period, CompiledFramework compiled) =>
        period.BandsJson is null ? compiled : CompiledFramework.Compile(compiled.Framework with { Bands = PeriodBands.Read(period.BandsJson) });
}
