using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// The bridge from a survey to the PAR INDEX: for every submitted unit of the period, each survey-derived
/// sub-criterion (a survey rule) whose indicator the survey measures for that unit gets the weighted share satisfied
/// (rounded to 4 decimals) as its appraised input, through the same score ledger the secretariat's manual entry uses,
/// with a reason naming the survey, the share, the respondents and the 95 % interval — so it flows into the results,
/// the published snapshot and the "why is my score" trace like any appraised score. Units below the survey's minimum
/// respondents are not written. Applying again writes only what changed. All of it or nothing, in the appraisal stage.
/// </summary>
public sealed record ApplySurvey(string Survey, int PeriodId);

public sealed record SurveyApplied(int Written, int Unchanged, IReadOnlyList<Message> Skipped);

public sealed class ApplySurveyHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SurveyApplied> HandleAsync(Actor actor, ApplySurvey request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ApplySurvey, Role.Admin, Role.Secretariat);
        var period = await db.Periods.AsNoTracking().SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var now = clock.GetUtcNow();
        if (!PeriodWorkflow.AcceptsAppraisal(period.State))
            throw new WorkflowException(SurveyMessages.ApplyNeedsAppraisal(period.State));
        if (now >= period.AppraisalCloses)
            throw new WorkflowException(StepMessages.AppraisalClosed(Moment.InVietnam(period.AppraisalCloses)));
        var survey = await SurveyData.LoadAsync(db, request.Survey, ct);
        var results = (await SurveyData.ComputeAsync(db, survey, ct)).Units.ToDictionary(u => u.Scope, StringComparer.OrdinalIgnoreCase);
        var unitCodes = await db.Submissions.Where(s => s.PeriodId == period.Id).Select(s => s.Unit.Code).OrderBy(c => c).ToListAsync(ct);

        var skipped = new List<Message>();
        int written = 0, unchanged = 0;
        await db.WriteAsync(async () =>
        {
            foreach (var code in unitCodes)
            {
                var scope = await SubmissionScope.LoadAsync(db, period.Id, code, ct);
                var leaves = Enumerable.Range(0, scope.Framework.Rules.Length).Where(l => scope.Framework.Rules[l] is SurveyRule).ToList();
                if (leaves.Count == 0) continue;
                if (!results.TryGetValue(code, out var unit)) { skipped.Add(SurveyMessages.NoResponses(code)); continue; }
                if (unit.BelowMinimum) { skipped.Add(SurveyMessages.BelowMinimum(code, unit.Respondents, survey.MinRespondents)); continue; }
                if (scope.Submission.State != SubmissionState.Submitted) { skipped.Add(SurveyMessages.NotSubmitted(code, scope.Submission.State)); continue; }
                foreach (var leaf in leaves)
                {
                    var rule = (SurveyRule)scope.Framework.Rules[leaf];
                    if (!unit.Measures.TryGetValue(new MeasureKey(Dimension.Indicator, rule.Indicator), out var estimate)) continue;
                    var node = scope.Framework.Nodes[scope.Framework.LeafNodes[leaf]];
                    var input = scope.Accept(leaf, Math.Round((decimal)estimate.Share, 4).ToString(CultureInfo.InvariantCulture), required: true);
                    var text = InputText.Format(input);
                    var points = rule.Score(input, node.Max);
                    var reason = Reason(survey, rule.Indicator, estimate);
                    var latest = await LeafScores.LatestAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appraised, ct);
                    if (latest is not null && latest.Input == text && latest.Note == reason) { unchanged++; continue; }
                    var entry = await ScoreLedger.AppendAsync(db, scope.Submission.Id, node.Code, ScoreStage.Appraised, latest?.Version ?? 0, text, points, reason, actor, now, ct);
                    AuditLog.Record(db, actor, now, "score.appraise", "Score", $"{period.Id}/{code}/{node.Code}",
                        latest is null ? null : $"v{latest.Version}", $"v{entry.Version}: {text} → {points}", reason);
                    written++;
                }
            }
            AuditLog.Record(db, actor, now, "survey.apply", "Survey", survey.Code, null,
                $"kỳ {period.Id}: {written} điểm ghi, {unchanged} không đổi");
        }, ct);
        return new SurveyApplied(written, unchanged, skipped);
    }

    /// <summary>
    /// A ledger note <see cref="Reason"/> wrote, back in its two languages; null for any other note (an appraiser's own
    /// reason). The survey's name may hold " / ", its code does not, so the English half starts at the last one.
    /// </summary>
    public static Explanation? ReadReason(string note)
    {
        var split = note.LastIndexOf(NoteSeparator, StringComparison.Ordinal);
        if (split < 0) return null;
        var (vi, en) = (note[..split], note[(split + NoteSeparator.Length)..]);
        return vi.StartsWith("Khảo sát ", StringComparison.Ordinal) && en.StartsWith("Survey ", StringComparison.Ordinal) ? new(vi, en) : null;
    }

    /// <summary>
    /// The reason shown in the ledger and the score trace. A ledger note is stored text, so this one holds both
    /// languages, the Vietnamese first, joined by <see cref="NoteSeparator"/>; <see cref="ReadReason"/> parts them again
    /// and the reader sees one. Numbers are vi-VN in both.
    /// </summary>
    public static string Reason(Survey survey, string indicator, Estimate e)
    {
        static string P(double ratio) => NumberText.Vi(Math.Round((decimal)ratio * 100m, 1));
        var threshold = NumberText.Vi(survey.Threshold);
        var ciVi = e.ShareCi is { } ci ? $", KTC 95% {P(ci.Low)}–{P(ci.High)}%" : "";
        var ciEn = e.ShareCi is { } c ? $", 95% CI {P(c.Low)}–{P(c.High)}%" : "";
        var vi = $"Khảo sát {survey.Code} ({survey.Name}): {indicator} = {P(e.Share)}% hài lòng (điểm ≥ {threshold}/5), {e.Count} người trả lời{ciVi}";
        var en = $"Survey {survey.Code}: {indicator} = {P(e.Share)}% satisfied (score ≥ {threshold} of 5), {e.Count} respondents{ciEn}";
        return vi + NoteSeparator + en;
    }

    /// <summary>Between the two languages of a survey's ledger note.</summary>
    private const string NoteSeparator = " / ";
}
