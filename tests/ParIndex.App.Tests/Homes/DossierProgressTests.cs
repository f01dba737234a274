using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Homes;

/// <summary>
/// A dossier's progress on the test province's 10-point framework (see <see cref="World"/>), worked by hand: the unit
/// scores five items (2.3 is the survey's); points so far ÷ the maximum of what it scores.
/// </summary>
public abstract class DossierProgressTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task Save(string leaf, string input, string? note = null, int version = 0) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", leaf, input, version, note)));

    private Task<DossierProgress> Progress(Actor? who = null) =>
        World.Run(db => new GetDossierProgressHandler(db, World.Clock).HandleAsync(who ?? World.Editor("A"), new GetDossierProgress(World.PeriodId, "A")));

    private async Task OpenAsync()
    {
        World.Clock.Now = World.On(1, 2);
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
    }

    [Fact]
    public async Task Counts_what_is_filled_and_missing_and_the_running_points_by_area()
    {
        await OpenAsync();
        var empty = await Progress();
        Assert.Equal((5, 0, 0m, 8m, 0m), (empty.Items, empty.Filled, empty.Points, empty.Max, empty.Index));
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], empty.Unanswered.Select(i => i.Code));

        await Save("1.1", "ontime");                                     // 1 point, evidence required: none, no explanation
        await Save("1.2", "80%");                                        // tier ≥ 70 % → 1 of 2
        await Save("2.1", "pass", "Bản giấy lưu tại văn phòng Sở");      // 2 of 2, explained
        await Save("2.2", "3");                                          // 2 − 3 × 0.5 = 0.5 of 2
        var p = await Progress();

        Assert.Equal((5, 4), (p.Items, p.Filled));
        Assert.Equal(["1.3"], p.Unanswered.Select(i => i.Code));
        Assert.Equal(["1.1"], p.MissingEvidence.Select(i => i.Code));
        Assert.Equal(("1", 0), (p.MissingEvidence[0].AreaCode, p.MissingEvidence[0].Leaf));
        // Area 1: 1 + 1 + 0 = 2 of 4 = 50 %; area 2: 2 + 0.5 = 2.5 of 4 (2.3's 2 points left out) = 62.5 %.
        Assert.Equal([("1", 3, 2, 2m, 4m, 50m), ("2", 2, 2, 2.5m, 4m, 62.5m)], p.Areas.Select(a => (a.Code, a.Items, a.Filled, a.Points, a.Max, a.Index!.Value)));
        // In total 4.5 of 8 = 56.25 %.
        Assert.Equal((4.5m, 8m, 56.25m, 2m), (p.Points, p.Max, p.Index!.Value, p.SurveyMax));
        Assert.False(p.IsComplete);
        // 2 January 09:00 to 31 March 17:00 (Vietnam): 88 days.
        Assert.Equal((88, false, World.Deadlines.SelfAssessmentCloses), (p.Next!.Days, p.Next.Passed, p.Next.At));
        Assert.NotNull(p.SubmitRefusal);

        // "Not applicable" leaves the maximum: 1.3 n/a makes area 1 2 of 3 and the total 4.5 of 7.
        await Save("1.3", "na");
        var na = await Progress();
        Assert.Equal((2m, 3m), (na.Areas[0].Points, na.Areas[0].Max));
        Assert.Equal((4.5m, 7m), (na.Points, na.Max));
        Assert.Equal(4.5m * 100m / 7m, na.Index);
        Assert.Empty(na.Unanswered);
    }

    [Fact]
    public async Task A_returned_dossier_names_the_items_its_reason_names_and_the_deadline_again()
    {
        await OpenAsync();
        await Save("1.1", "ontime", "Quyết định lưu tại văn thư");
        await Save("1.2", "95%");
        await Save("1.3", "1");
        await Save("2.1", "pass", "Đã niêm yết");
        await Save("2.2", "0");
        Assert.True((await Progress(World.Lead("A"))).IsComplete);
        Assert.Null((await Progress(World.Lead("A"))).SubmitRefusal);
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(World.PeriodId, "A")));
        var submitted = await Progress();
        Assert.Null(submitted.Next);                                     // nothing is the unit's to do now
        Assert.Equal((8m, 8m, 100m), (submitted.Points, submitted.Max, submitted.Index));

        World.Clock.Now = World.On(2, 20);
        await World.Run(db => new ReturnSubmissionHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReturnSubmission(World.PeriodId, "A",
            "Tiêu chí 2.1 và 1.1 chưa có bản scan; số liệu 1.128/1.200 hồ sơ của mục 1.2.1 không khớp báo cáo.")));
        var returned = await Progress();
        Assert.Equal(SubmissionState.ReturnedForRevision, returned.State);
        Assert.StartsWith("Tiêu chí 2.1 và 1.1", returned.ReturnReason);
        // In framework order; "1.128", "1.200" and "1.2.1" name no item of this framework.
        Assert.Equal(["1.1", "2.1"], returned.ReturnedItems.Select(i => i.Code));
        // 20 February to 31 March: 8 days of February + 31 = 39.
        Assert.Equal(39, returned.Next!.Days);
    }

    [Fact]
    public async Task After_appraisal_it_lists_the_adjusted_items_with_their_reasons_and_the_days_to_appeal()
    {
        await OpenAsync();
        await Save("1.1", "ontime", "Quyết định lưu tại văn thư");
        await Save("1.2", "95%");
        await Save("1.3", "1");
        await Save("2.1", "pass", "Đã niêm yết");
        await Save("2.2", "0");
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(World.PeriodId, "A")));
        World.Clock.Now = World.On(4, 2);
        await World.AdvanceConfirmedAsync();
        await World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat, new AppraiseScore(World.PeriodId, "A", "1.2", "75%", "Báo cáo chỉ đạt 75%", 0)));
        await World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat, new AppraiseScore(World.PeriodId, "A", "2.3", "0.9", "Điều tra SIPAS", 0)));
        await World.Run(db => new CompleteAppraisalHandler(db, World.Clock).HandleAsync(World.Secretariat, new CompleteAppraisal(World.PeriodId, "A")));
        World.Clock.Now = World.On(5, 6);
        await World.AdvanceConfirmedAsync();

        var p = await Progress(World.Lead("A"));
        // The survey's entry is not an adjustment of the unit's own work; 1.2 went from 2 to 1 point.
        var adjusted = Assert.Single(p.Adjustments);
        Assert.Equal(("1.2", 2m, 1m, "Báo cáo chỉ đạt 75%"), (adjusted.Item.Code, adjusted.SelfPoints, adjusted.AppraisedPoints, adjusted.Reason));
        // Appeals close on 15 May 17:00; on 6 May that is 9 days away, and the leader may appeal.
        Assert.Equal((9, World.Deadlines.AppealsClose), (p.Next!.Days, p.Next.At));
        Assert.Null(p.AppealRefusal);
    }

    [Fact]
    public async Task Only_the_units_people_and_those_who_see_every_unit_read_it()
    {
        await OpenAsync();
        await Assert.ThrowsAsync<ForbiddenException>(() => Progress(World.Editor("B")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Progress(World.Viewer));
        await Assert.ThrowsAsync<ForbiddenException>(() => Progress(World.Appraiser("tham-dinh-1")));
        Assert.Equal(5, (await Progress(World.Secretariat)).Items);
    }
}

public sealed class DossierProgressTestsOnSqlite() : DossierProgressTests(DatabaseProvider.Sqlite);

public sealed class DossierProgressTestsOnPostgres() : DossierProgressTests(DatabaseProvider.Postgres);
