using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// Exactly at the deadline, through the use cases and the database (deadlines stored and read back on each provider):
/// one tick before 31/03/2025 17:00 a save and a submission are in time, at 17:00:00.0000000 they are refused and
/// nothing is written; an extension moves that instant for its unit only.
/// </summary>
public abstract class DeadlineInstantTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static readonly DateTimeOffset Deadline = World.Deadlines.SelfAssessmentCloses;

    private Task SaveAsync(string unit, string leaf, string input, int version = 0, string? note = null) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor(unit), new SaveScore(World.PeriodId, unit, leaf, input, version, note)));

    private Task<SubmissionState> SubmitAsync(string unit) =>
        World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead(unit), new SubmitSelfAssessment(World.PeriodId, unit)));

    private Task<(int Scores, int Audit)> CountsAsync() => World.Run(async db => (await db.Scores.CountAsync(), await db.Audit.CountAsync()));

    private async Task OpenAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
        // Complete self-assessments (evidence leaves explained), so that only the clock decides.
        foreach (var unit in new[] { "A", "B" })
            foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.5"), ("2.1", "pass"), ("2.2", "1") })
                await SaveAsync(unit, leaf, input, note: leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null);
    }

    [Fact]
    public async Task One_tick_before_the_deadline_saves_and_submits_and_the_deadline_itself_refuses_both()
    {
        await OpenAsync();

        World.Clock.Now = Deadline.AddTicks(-1);
        await SaveAsync("A", "1.3", "0.75", version: 1);
        Assert.Equal(SubmissionState.Submitted, await SubmitAsync("A"));

        World.Clock.Now = Deadline;
        var before = await CountsAsync();
        var save = await Assert.ThrowsAsync<WorkflowException>(() => SaveAsync("B", "1.3", "0.75", version: 1));
        var submit = await Assert.ThrowsAsync<WorkflowException>(() => SubmitAsync("B"));

        Assert.Contains("31/03/2025 17:00", save.Message);
        Assert.Contains("31/03/2025 17:00", submit.Message);
        Assert.Equal(before, await CountsAsync());
        var states = (await World.Run(db => db.Submissions.Where(s => s.PeriodId == World.PeriodId).Select(s => new { s.Unit.Code, s.State }).ToListAsync()))
            .ToDictionary(s => s.Code, s => s.State);
        Assert.Equal(SubmissionState.Submitted, states["A"]);
        Assert.Equal(SubmissionState.Draft, states["B"]);
    }

    [Fact]
    public async Task An_extension_moves_the_instant_for_its_unit_only()
    {
        await OpenAsync();
        var until = World.On(4, 5, 17);
        await World.Run(db => new GrantExtensionHandler(db, World.Clock).HandleAsync(World.Secretariat, new GrantExtension(World.PeriodId, "B", until, "Đơn vị mới sáp nhập")));

        World.Clock.Now = Deadline;
        await Assert.ThrowsAsync<WorkflowException>(() => SaveAsync("A", "1.3", "1", version: 1));
        await SaveAsync("B", "1.3", "1", version: 1);

        World.Clock.Now = until.AddTicks(-1);
        await SaveAsync("B", "1.3", "0.25", version: 2);
        World.Clock.Now = until;
        var late = await Assert.ThrowsAsync<WorkflowException>(() => SubmitAsync("B"));
        Assert.True(late.Message.Contains("05/04/2025 17:00"), late.Message);
    }
}

public sealed class DeadlineInstantTestsOnSqlite() : DeadlineInstantTests(DatabaseProvider.Sqlite);

public sealed class DeadlineInstantTestsOnPostgres() : DeadlineInstantTests(DatabaseProvider.Postgres);
