using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// The batch save is as strict as <see cref="SaveScore"/>, item by item, and all or nothing: on <see cref="World"/>'s
/// 10-point framework (2.3 is survey-derived).
/// </summary>
public sealed class SaveSelfAssessmentTests() : ProviderTest(DatabaseProvider.Sqlite)
{
    private int Period => World.PeriodId;

    private Task Open() => World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period, PeriodState.Draft)));

    private Task<SavedSelfAssessment> Save(Actor who, string unit, params SelfAssessedItem[] items) =>
        World.Run(db => new SaveSelfAssessmentHandler(db, World.Clock).HandleAsync(who, new SaveSelfAssessment(Period, unit, items)));

    private Task<int> Scores() => World.Run(db => db.Scores.CountAsync());

    private static readonly SelfAssessedItem[] Full =
    [
        new("1.1", "ontime", 0, "Quyết định lưu tại văn phòng"), new("1.2", "95%", 0), new("1.3", "0.75", 0),
        new("2.1", "đạt", 0, "Ảnh chụp trang công khai"), new("2.2", "1", 0),
    ];

    [Fact]
    public async Task Saves_every_item_as_SaveScore_would_in_one_unit_of_work()
    {
        await Open();
        World.Clock.Now = World.On(2, 10);
        var saved = await Save(World.Editor("A"), "A", Full);
        Assert.Equal(SubmissionState.Draft, saved.State);
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], saved.Scores.Select(s => s.LeafCode));
        Assert.Equal([1m, 2m, 0.75m, 2m, 1.5m], saved.Scores.Select(s => s.Points));
        Assert.All(saved.Scores, s => Assert.Equal(1, s.Version));
        Assert.Equal("pass", saved.Scores[3].Input); // stored in the canonical form SaveScore stores

        await World.Run(async db =>
        {
            var audit = await db.Audit.Where(a => a.Action == "score.self" || a.Action == "submission.state").ToListAsync();
            Assert.Equal(5, audit.Count(a => a.Action == "score.self"));
            Assert.Single(audit, a => a.Action == "submission.state");
            Assert.Equal("Quyết định lưu tại văn phòng", (await db.Scores.SingleAsync(s => s.LeafCode == "1.1")).Note);
        });

        // The next save starts from version 1, and the unit can submit what it saved.
        var again = await Save(World.Editor("A"), "A", new SelfAssessedItem("1.3", "1", 1));
        Assert.Equal(2, Assert.Single(again.Scores).Version);
        Assert.Equal(SubmissionState.Submitted, await World.Run(db =>
            new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(Period, "A"))));
    }

    [Fact]
    public async Task Every_bad_item_is_reported_and_nothing_is_saved()
    {
        await Open();
        var refused = await Assert.ThrowsAsync<ImportException>(() => Save(World.Editor("A"), "A",
            new("1.1", "ontime", 0), new("9.9", "1", 0), new("2.3", "0.9", 0), new("1.2", "nhiều", 0), new("1.3", "0.3", 0), new("1.1", "late", 0)));
        Assert.Equal(["9.9", "2.3", "1.2", "1.3", "1.1"], refused.Problems.Select(p => p.Node));
        Assert.Contains("điều tra xã hội học", refused.Problems[1].Message);
        Assert.Equal(0, await Scores());
        await Assert.ThrowsAsync<ImportException>(() => Save(World.Editor("A"), "A"));
    }

    [Fact]
    public async Task Only_the_units_own_people_in_time_and_on_the_current_version()
    {
        await Assert.ThrowsAsync<WorkflowException>(() => Save(World.Editor("A"), "A", Full)); // the period is still a draft
        await Open();
        await Assert.ThrowsAsync<ForbiddenException>(() => Save(World.Editor("B"), "A", Full));
        await Assert.ThrowsAsync<ForbiddenException>(() => Save(World.Secretariat, "A", Full));

        await Save(World.Editor("A"), "A", new SelfAssessedItem("1.1", "late", 0));
        // 1.1 is at version 1 now: a batch based on version 0 is a conflict, and its other items are not saved either.
        var conflict = await Assert.ThrowsAsync<ConflictException>(() => Save(World.Editor("A"), "A", Full));
        Assert.Equal(1, conflict.CurrentVersion);
        Assert.Equal(1, await Scores());

        World.Clock.Now = World.On(3, 31, 17); // deadlines are exclusive
        var late = await Assert.ThrowsAsync<WorkflowException>(() => Save(World.Editor("B"), "B", Full));
        Assert.Contains("31/03/2025 17:00", late.Message);
        Assert.Equal(1, await Scores());
    }
}
