using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// The secretariat's dashboard, checked against figures worked out by hand on the 10-point test framework: five leaves
/// a unit answers (2.3 comes from the survey), 1.1 and 2.1 needing evidence or an explanation.
/// </summary>
public abstract class GetPeriodDashboardTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<PeriodDashboard?> Dashboard(Actor actor, int? period = null) =>
        World.Run(db => new GetPeriodDashboardHandler(db, World.Clock).HandleAsync(actor, new GetPeriodDashboard(period)));

    private Task Save(string unit, string leaf, string input, string? note = null) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor(unit), new SaveScore(World.PeriodId, unit, leaf, input, 0, note)));

    /// <summary>
    /// 10/02: A answers 1.1 (no evidence, no explanation), 1.2 and marks 2.1 not applicable; B nothing; C only 1.3 and
    /// gets until 05/04 17:00; D answers all five, explains 1.1 and 2.1, and submits. Appraiser 1 has A and B,
    /// appraiser 2 area 2 everywhere. Seen on 20/03 09:00.
    /// </summary>
    private async Task MidSelfAssessmentAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10);
        await Save("A", "1.1", "ontime");
        await Save("A", "1.2", "95%");
        await Save("A", "2.1", "NA");
        await Save("C", "1.3", "0.5");
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "80%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0") })
            await Save("D", leaf, input, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null);
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("D"), new SubmitSelfAssessment(World.PeriodId, "D")));
        await World.Run(db => new GrantExtensionHandler(db, World.Clock).HandleAsync(World.Secretariat, new GrantExtension(World.PeriodId, "C", World.On(4, 5, 17), "Đơn vị mới sáp nhập")));
        foreach (var (user, unit, area) in new[] { ("tham-dinh-1", "A", (string?)null), ("tham-dinh-1", "B", null), ("tham-dinh-2", null, "2") })
            await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(World.PeriodId, user, unit, area)));
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("tham-dinh-moi", "MatKhau2025Manh", Role.Appraiser)));
        World.Clock.Now = World.On(3, 20);
    }

    [Fact]
    public async Task Each_unit_shows_its_state_answers_missing_evidence_and_days_left()
    {
        await MidSelfAssessmentAsync();

        var d = (await Dashboard(World.Secretariat))!;

        Assert.Equal(("CCHC 2025", PeriodState.SelfAssessment), (d.Period.Name, d.Period.State));
        var rows = d.Units.ToDictionary(u => u.UnitCode);
        Assert.Equal(["A", "B", "C", "D"], d.Units.Select(u => u.UnitCode));
        // A: 2.1 not applicable leaves 4 of the 5; 2 of them answered; 1.1 answered without evidence or explanation.
        Assert.Equal((SubmissionState.Draft, 4, 2, 50m, 1), (rows["A"].State, rows["A"].Applicable, rows["A"].Answered, rows["A"].AnsweredPercent, rows["A"].MissingEvidence));
        // B: nothing answered; 1.1 and 2.1 lack evidence (an unanswered leaf is not excused).
        Assert.Equal((SubmissionState.NotStarted, 5, 0, 0m, 2), (rows["B"].State, rows["B"].Applicable, rows["B"].Answered, rows["B"].AnsweredPercent, rows["B"].MissingEvidence));
        Assert.Equal((SubmissionState.Draft, 5, 1, 20m, 2), (rows["C"].State, rows["C"].Applicable, rows["C"].Answered, rows["C"].AnsweredPercent, rows["C"].MissingEvidence));
        Assert.Equal((SubmissionState.Submitted, 5, 5, 100m, 0), (rows["D"].State, rows["D"].Applicable, rows["D"].Answered, rows["D"].AnsweredPercent, rows["D"].MissingEvidence));
        // 20/03 → 31/03 is 11 days; C's extension to 05/04 gives it 16.
        Assert.Equal((World.On(3, 31, 17), false, 11), (rows["A"].Deadline, rows["A"].Extended, rows["A"].DaysLeft));
        Assert.Equal((World.On(4, 5, 17), true, 16), (rows["C"].Deadline, rows["C"].Extended, rows["C"].DaysLeft));

        Assert.Equal(["tham-dinh-1", "tham-dinh-2"], d.Appraisers.Select(a => a.UserName));
        Assert.Equal((2, 0), (d.Appraisers[0].Assigned, d.Appraisers[0].Appraised));
        Assert.Equal([new AssignmentScope("A", null), new AssignmentScope("B", null)], d.Appraisers[0].Scopes);
        Assert.Equal((4, 0), (d.Appraisers[1].Assigned, d.Appraisers[1].Appraised));
        Assert.Equal([new AssignmentScope(null, "2")], d.Appraisers[1].Scopes);
        Assert.Equal(["tham-dinh-moi"], d.AppraiserUserNames);
        Assert.Equal([new AreaChoice("1", "Chỉ đạo, điều hành"), new AreaChoice("2", "Thủ tục hành chính")], d.Areas);
        Assert.Empty(d.Publications);
    }

    [Fact]
    public async Task Days_left_turn_negative_after_the_deadline()
    {
        await MidSelfAssessmentAsync();
        World.Clock.Now = World.On(4, 3);

        var rows = (await Dashboard(World.Council))!.Units.ToDictionary(u => u.UnitCode);

        Assert.Equal(-3, rows["B"].DaysLeft);
        Assert.Equal(2, rows["C"].DaysLeft);
    }

    [Fact]
    public async Task Without_a_choice_the_latest_unpublished_period_is_shown_and_a_published_one_counts_its_appraisals()
    {
        var published = await new YearScript(World).PublishAsync();
        var next = await World.Run(db => new CreatePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new CreatePeriod(2026, "CCHC 2026", World.Deadlines, ["TEST-SO"])));

        var latest = (await Dashboard(World.Admin))!;
        Assert.Equal((next.Id, PeriodState.Draft), (latest.Period.Id, latest.Period.State));
        Assert.Equal(["CCHC 2026", "CCHC 2025"], latest.Periods.Select(p => p.Name));
        Assert.All(latest.Units, u => Assert.Equal(SubmissionState.NotStarted, u.State));

        var year = (await Dashboard(World.Secretariat, World.PeriodId))!;
        Assert.All(year.Units, u => Assert.Equal(SubmissionState.Final, u.State));
        Assert.Equal([("tham-dinh-1", 2, 2), ("tham-dinh-2", 4, 4)], year.Appraisers.Select(a => (a.UserName, a.Assigned, a.Appraised)));
        Assert.Equal(published[0].Sha256, Assert.Single(year.Publications).Sha256);
        // C marked 2.1 not applicable and answered the other four.
        var c = year.Units.Single(u => u.UnitCode == "C");
        Assert.Equal((4, 4, 100m), (c.Applicable, c.Answered, c.AnsweredPercent));
    }

    [Fact]
    public async Task Only_the_secretariat_admin_and_council_see_it()
    {
        Assert.NotNull(await Dashboard(World.Council));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dashboard(World.Editor("A")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dashboard(World.Lead("A")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dashboard(World.Appraiser("tham-dinh-1")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dashboard(World.Viewer));
        await Assert.ThrowsAsync<NotFoundException>(() => Dashboard(World.Secretariat, 999));
    }
}

public sealed class GetPeriodDashboardTestsOnSqlite() : GetPeriodDashboardTests(DatabaseProvider.Sqlite);

public sealed class GetPeriodDashboardTestsOnPostgres() : GetPeriodDashboardTests(DatabaseProvider.Postgres);
