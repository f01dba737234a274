using ParIndex.App.Data;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Faults;

/// <summary>
/// The deadline rush (<see cref="DeadlineRush"/>) through the use-case handlers, each save in its own unit of work as
/// a web request has: what PostgreSQL and the audit chain sustain without HTTP, authentication or JSON, to set beside
/// <see cref="DeadlineRushOverHttpTests"/>. Zero errors, nothing lost; at the deadline instant itself the next save
/// is refused. <c>PARINDEX_RUSH_USERS=500 PARINDEX_RUSH_SECONDS=120</c> is the full profile (bench/README.md).
/// </summary>
[Collection(DeadlineRush.Collection)]
public sealed class DeadlineRushTests(ITestOutputHelper output) : ProviderTest(DatabaseProvider.Postgres)
{
    [Fact]
    public async Task Concurrent_saves_and_submissions_before_the_deadline_lose_nothing()
    {
        var rush = await DeadlineRush.SetUpAsync(World);
        Actor Editor(string unit) => Actor.Of($"u-{unit}-editor", $"Cán bộ {unit}", rush.UnitIds[unit], Role.UnitEditor);

        var result = await rush.RunAsync(
            async s => (await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(Editor(s.Unit),
                new SaveScore(rush.PeriodId, s.Unit, s.Leaf, s.Input, s.ExpectedVersion, s.Explanation)))).Version,
            unit => World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(
                Actor.Of($"u-{unit}-lead", $"Lãnh đạo {unit}", rush.UnitIds[unit], Role.UnitLead), new SubmitSelfAssessment(rush.PeriodId, unit))));
        result.Report("through the use cases", output);
        await rush.AssertNothingLostAsync(result);

        // One tick before the deadline a save is in time; at the deadline instant the next one is refused.
        var late = Editor(DeadlineRush.Late);
        World.Clock.Now = DeadlineRush.Deadline.AddTicks(-1);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(late, new SaveScore(rush.PeriodId, DeadlineRush.Late, "1.3", "0.5", 0)));
        World.Clock.Now = DeadlineRush.Deadline;
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(
            late, new SaveScore(rush.PeriodId, DeadlineRush.Late, "1.3", "1", 1))));
        Assert.Contains(DeadlineRush.DeadlineText, refused.Message);
    }
}
