using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Results;
using ParIndex.App.Security;
using ParIndex.Domain.Analysis;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// A group's analysis in a period: on its published results for everyone once published; before that, on the
/// provisional results, for the secretariat, the council and administrators only (the same rule as the ranking).
/// With <see cref="Unit"/>, that unit's own lost points and what-if; with <see cref="Robustness"/>, the Monte Carlo
/// robustness of the ranks (an analysis beside the official ranking, never replacing it). Each unit carries its change per
/// area and sub-criterion from last year's published results, through the stored crosswalk when the editions differ.
/// </summary>
public sealed record GetAnalysis(int PeriodId, string? Group = null, string? Unit = null, RobustnessOptions? Robustness = null);

/// <summary>The analysis with what it was made of: the ranking (compared with last year), and each unit's self-assessed and appraised scores.</summary>
public sealed record AnalysisView(RankingView Ranking, int? PreviousYear, GroupAnalysis Analysis, WhatIfPlan? WhatIf, RobustnessResult? Robustness,
    IReadOnlyList<SelfAppraisal> SelfAppraisals);

public sealed class GetAnalysisHandler(AppDbContext db)
{
    public async Task<AnalysisView> HandleAsync(Actor actor, GetAnalysis request, CancellationToken ct = default)
    {
        var (ranking, last, previousYear, crosswalk) = await new GetRankingWithChangesHandler(db).HandleAsync(actor, new GetRankingWithChanges(request.PeriodId, request.Group), ct);
        var period = await db.Periods.AsNoTracking().SingleAsync(p => p.Id == request.PeriodId, ct);
        var results = ranking.Results;
        if (request.Unit is { } code && !results.Units.Any(u => string.Equals(u.Unit.Code, code, StringComparison.OrdinalIgnoreCase)))
            throw new NotFoundException(NotFoundMessages.NotInResults(code, ranking.Group));

        var selfAppraisals = await SelfAppraisalsAsync(ranking, ct);
        var analysis = GroupAnalyzer.Analyse(results, last, selfAppraisals, request.Unit, crosswalk);
        var whatIf = request.Unit is { } unit ? WhatIf.For(results, unit) : null;
        var robustness = request.Robustness is { } options
            ? RankRobustness.Run(results, options with { Policy = new RankingPolicy(period.RankPrecision) })
            : null;
        return new AnalysisView(ranking, previousYear, analysis, whatIf, robustness, selfAppraisals);
    }

    /// <summary>Each ranked unit's self-assessed and appraised scores, on the items it scored itself.</summary>
    private async Task<IReadOnlyList<SelfAppraisal>> SelfAppraisalsAsync(RankingView ranking, CancellationToken ct)
    {
        var framework = ranking.Results.Framework;
        var codes = ranking.Results.Units.Select(u => u.Unit.Code).ToList();
        var submissions = await db.Submissions.AsNoTracking().Include(s => s.Unit)
            .Where(s => s.PeriodId == ranking.PeriodId && codes.Contains(s.Unit.Code)).ToListAsync(ct);
        var latest = await LeafScores.LatestAsync(db, [.. submissions.Select(s => s.Id)], ct);
        return [.. ranking.Results.Units.Select(u => submissions.SingleOrDefault(s => s.Unit.Code == u.Unit.Code) is { } s
            ? new SelfAppraisal(u.Unit.Code, u.Unit.Name,
                UnitScorer.Score(framework, SubmissionInputs.At(framework, s.Id, latest, ScoreStage.SelfAssessed)),
                UnitScorer.Score(framework, SubmissionInputs.At(framework, s.Id, latest, ScoreStage.Appraised)),
                [.. framework.LeafNodes.Select(n => latest.ContainsKey((s.Id, framework.Nodes[n].Code, ScoreStage.SelfAssessed)))])
            : null).OfType<SelfAppraisal>()];
    }
}
