using System.Globalization;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// What a submission is ranked on, the same before publication (provisional results) and at it: each leaf's score in
/// force (an appeal's decision over the appraisal over the unit's own) — except for a unit that never submitted under a
/// period that does not score what it entered (<see cref="NonSubmitterPolicy"/>): no input at all (zero points,
/// nothing not applicable), or left out of the ranking.
/// </summary>
public static class RankedInputs
{
    /// <summary>The inputs, one per leaf; null when the unit is left out of the ranking (<see cref="Excluded"/> says why).</summary>
    public static LeafInput[]? Of(Period period, Submission submission, CompiledFramework framework, IReadOnlyDictionary<(int, string, ScoreStage), ScoreEntry> latest)
    {
        if (!StageChange.IsNonSubmitter(submission.State, period.NonSubmitters))
            return SubmissionInputs.At(framework, submission.Id, latest, ScoreStage.Appeal);
        return period.NonSubmitters == NonSubmitterPolicy.Exclude ? null : [.. Enumerable.Repeat(LeafInput.Missing, framework.LeafNodes.Length)];
    }

    /// <summary>Whether the unit is scored zero for never submitting (its final scores say so).</summary>
    public static bool ScoredZero(Period period, Submission submission) =>
        period.NonSubmitters == NonSubmitterPolicy.ScoreZero && StageChange.IsNonSubmitter(submission.State, period.NonSubmitters);

    /// <summary>A unit left out, with the public reason naming its deadline (its extension, if it had one).</summary>
    public static ExcludedUnit Excluded(Period period, Submission submission)
    {
        var deadline = Moment.InVietnam(submission.ExtendedUntil ?? period.SelfAssessmentCloses).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
        return new ExcludedUnit(submission.Unit.Code, submission.Unit.Name,
            $"Không nộp hồ sơ tự đánh giá trước hạn {deadline}; theo quy định của kỳ đánh giá, đơn vị không được xếp hạng",
            $"No self-assessment submitted by {deadline}; under the period's rules the unit is not ranked");
    }
}
