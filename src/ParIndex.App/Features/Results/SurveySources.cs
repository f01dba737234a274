using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Surveys;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.App.Features.Results;

/// <summary>
/// Completes the "why is my score" trace of survey-derived sub-criteria with where the input came from: the survey,
/// the share satisfied, how many answered and the 95 % interval, as <see cref="ApplySurveyHandler"/> wrote them on
/// the ledger entry in force. A survey leaf whose entry in force is an appraiser's or an appeal's keeps its plain line.
/// </summary>
internal static class SurveySources
{
    public static async Task<IReadOnlyList<TraceLine>> AddAsync(AppDbContext db, int periodId, string unitCode, CompiledFramework framework,
        IReadOnlyList<TraceLine> trace, CancellationToken ct)
    {
        var surveyLeaves = framework.LeafNodes.Where((_, leaf) => framework.Rules[leaf] is SurveyRule).Select(n => framework.Nodes[n].Code).ToHashSet(StringComparer.Ordinal);
        if (surveyLeaves.Count == 0) return trace;
        var submission = await db.Submissions.AsNoTracking().Where(s => s.PeriodId == periodId && s.Unit.Code == unitCode).Select(s => (int?)s.Id).SingleOrDefaultAsync(ct);
        if (submission is not { } id) return trace;
        var latest = await LeafScores.LatestAsync(db, [id], ct);
        return [.. trace.Select(line =>
            surveyLeaves.Contains(line.Code)
            && SubmissionInputs.Latest(latest, id, line.Code, ScoreStage.Appeal) is { Stage: ScoreStage.Appraised, Note: { } note }
            && ApplySurveyHandler.ReadReason(note) is { } source
                ? line with { Explanation = new($"{line.Explanation.Vi}. {source.Vi}", $"{line.Explanation.En}. {source.En}") }
                : line)];
    }
}
