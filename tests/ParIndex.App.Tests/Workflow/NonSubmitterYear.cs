using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// A year in which unit C never submits, for the stage-change tests. Figures by hand from <see cref="World"/>'s
/// framework (max 10):
/// A: 1.1 ontime 1 + 1.2 95 % → 2 + 1.3 0.75 + 2.1 pass 2 + 2.2 one case 2 − 0.5 = 1.5 + 2.3 survey 0.85 × 2 = 1.7 → 8.95 = 89.50 %.
/// B: late 0.5 + 80 % → 1 + 1 + pass 2 + no case 2 + 0.9 × 2 = 1.8 → 8.3 = 83.00 %.
/// D: 1 + 100 % → 2 + 1 + 2 + 2 + 0.95 × 2 = 1.9 → 9.9 = 99.00 %.
/// C entered only 1.1 none 0 and 1.2 70 % → 1: scored on what it entered, with survey 0.8 × 2 = 1.6 → 2.6 = 26.00 %.
/// </summary>
internal sealed class NonSubmitterYear(World world)
{
    private int Period => world.PeriodId;

    public async Task SaveAsync(string unit, params (string Leaf, string Input)[] inputs)
    {
        foreach (var (leaf, input) in inputs)
            await world.Run(db => new SaveScoreHandler(db, world.Clock).HandleAsync(world.Editor(unit),
                new SaveScore(Period, unit, leaf, input, 0, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
    }

    public Task SubmitAsync(string unit) =>
        world.Run(db => new SubmitSelfAssessmentHandler(db, world.Clock).HandleAsync(world.Lead(unit), new SubmitSelfAssessment(Period, unit)));

    /// <summary>Self-assessment: A, B and D submit; C saves two items and never submits. The period is left in self-assessment.</summary>
    public async Task SelfAssessAsync(NonSubmitterPolicy policy = NonSubmitterPolicy.ScoreAsEntered)
    {
        if (policy != NonSubmitterPolicy.ScoreAsEntered)
            await world.Run(db => new SetNonSubmitterPolicyHandler(db, world.Clock).HandleAsync(world.Secretariat, new SetNonSubmitterPolicy(Period, policy)));
        await world.Run(db => new AdvancePeriodHandler(db, world.Clock).HandleAsync(world.Secretariat, new AdvancePeriod(Period)));
        world.Clock.Now = World.On(2, 10);
        await SaveAsync("A", ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1"));
        await SaveAsync("B", ("1.1", "late"), ("1.2", "80%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0"));
        await SaveAsync("D", ("1.1", "ontime"), ("1.2", "100%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0"));
        await SaveAsync("C", ("1.1", "none"), ("1.2", "70%"));
        foreach (var unit in new[] { "A", "B", "D" }) await SubmitAsync(unit);
    }

    /// <summary>
    /// Appraisal: the survey entered for every unit that is scored but <paramref name="noSurvey"/>, every appraisal
    /// completed but <paramref name="leaveOpen"/>.
    /// </summary>
    public async Task AppraiseAsync(string? leaveOpen = null, string? noSurvey = null)
    {
        world.Clock.Now = World.On(4, 7);
        var scored = await world.Run(db => Task.FromResult(db.Submissions.Where(s => s.PeriodId == Period && s.State == SubmissionState.Submitted).Select(s => s.Unit.Code).ToList()));
        foreach (var (unit, share) in new[] { ("A", "0.85"), ("B", "0.9"), ("C", "0.8"), ("D", "0.95") }.Where(u => scored.Contains(u.Item1)))
        {
            if (unit != noSurvey)
                await world.Run(db => new AppraiseScoreHandler(db, world.Clock).HandleAsync(world.Secretariat, new AppraiseScore(Period, unit, "2.3", share, "Điều tra xã hội học 2025", 0)));
            if (unit != leaveOpen)
                await world.Run(db => new CompleteAppraisalHandler(db, world.Clock).HandleAsync(world.Secretariat, new CompleteAppraisal(Period, unit)));
        }
    }

    /// <summary>From self-assessment to publication, each stage change confirmed as the secretariat saw it.</summary>
    public async Task<IReadOnlyList<PublishedGroup>> PublishAsync(NonSubmitterPolicy policy = NonSubmitterPolicy.ScoreAsEntered)
    {
        await SelfAssessAsync(policy);
        world.Clock.Now = World.On(4, 1);
        await world.AdvanceConfirmedAsync();
        await AppraiseAsync();
        world.Clock.Now = World.On(5, 5);
        await world.AdvanceConfirmedAsync();
        world.Clock.Now = World.On(5, 20);
        await world.AdvanceConfirmedAsync();
        var checklist = await world.ChecklistAsync();
        return await world.Run(db => new PublishResultsHandler(db, world.Clock).HandleAsync(world.Council, new PublishResults(Period, checklist!.Fingerprint)));
    }
}
