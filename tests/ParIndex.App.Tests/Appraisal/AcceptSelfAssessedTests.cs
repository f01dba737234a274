using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Appraisal;

/// <summary>
/// "Đồng ý với điểm tự chấm" for a whole area in one action. Unit A self-assessed 1.1 Đúng hạn (1), 1.2 95 % (≥ 90 % → 2),
/// 1.3 0,75, 2.1 Đạt (2), 2.2 one late case (2 − 0,5 = 1,5). Appraiser 1 has all of A, appraiser 2 area 2 of every unit.
/// </summary>
public abstract class AcceptSelfAssessedTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Agreed = "Đồng ý với điểm tự chấm";

    private int Period => World.PeriodId;

    private Actor One => World.Appraiser("tham-dinh-1");

    private Actor Two => World.Appraiser("tham-dinh-2");

    private async Task SelfAssessedAsync()
    {
        var clock = World.Clock;
        await World.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));
        clock.Now = World.On(2, 10);
        foreach (var (leaf, input, note) in new[] { ("1.1", "ontime", "Kế hoạch 12/KH"), ("1.2", "95%", null), ("1.3", "0.75", null), ("2.1", "pass", "Cổng TTĐT"), ("2.2", "1", null) })
            await World.Run(db => new SaveScoreHandler(db, clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", leaf, input, 0, note)));
        await World.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(Period, "A")));
    }

    private async Task InAppraisalAsync()
    {
        World.Clock.Now = World.On(4, 7);
        await World.AdvanceConfirmedAsync();
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-1", "A", null)));
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-2", null, "2")));
    }

    private Task<AcceptedArea> Accept(Actor actor, string area, params string[] untouched) =>
        World.Run(db => new AcceptSelfAssessedHandler(db, World.Clock).HandleAsync(actor, new AcceptSelfAssessed(Period, "A", area, untouched)));

    private Task Appraise(Actor actor, string leaf, string input, string reason) =>
        World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(actor, new AppraiseScore(Period, "A", leaf, input, reason, 0)));

    private Task<List<ScoreEntry>> Appraised() => World.Run(async db =>
    {
        var submission = await db.Submissions.Where(s => s.PeriodId == Period && s.Unit.Code == "A").Select(s => s.Id).SingleAsync();
        return (await db.Scores.Where(s => s.SubmissionId == submission && s.Stage == ScoreStage.Appraised).ToListAsync())
            .OrderBy(s => s.LeafCode, StringComparer.Ordinal).ToList();
    });

    private Task<(int Scores, int Audit)> Counts() => World.Run(async db => (await db.Scores.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Every_untouched_item_of_the_area_takes_the_units_score_with_its_reason_and_an_appraised_one_is_left_alone()
    {
        await SelfAssessedAsync();
        await InAppraisalAsync();
        await Appraise(One, "1.3", "0.5", "Chỉ có 2 tin bài");
        var sheet = await World.Run(db => new GetAppraisalSheetHandler(db).HandleAsync(One, new GetAppraisalSheet(Period, "A")));
        Assert.Equal(["1.1", "1.2"], sheet.Items.Where(i => i.AreaCode == "1" && i.Self is not null && i.Appraised is null).Select(i => i.Code));
        var audit = (await Counts()).Audit;

        var accepted = await Accept(One, "1", "1.1", "1.2");

        Assert.Equal([("1.1", 1m, 1), ("1.2", 2m, 1)], accepted.Accepted.Select(a => (a.LeafCode, a.Points, a.Version)));
        Assert.Equal("Đã đồng ý với điểm tự chấm của 2 mục thuộc lĩnh vực 1", accepted.Shown.In(Language.Vi));
        var appraised = await Appraised();
        Assert.Equal([("1.1", "ontime", 1m, Agreed, "u-tham-dinh-1"), ("1.2", "0.95", 2m, Agreed, "u-tham-dinh-1"), ("1.3", "0.5", 0.5m, "Chỉ có 2 tin bài", "u-tham-dinh-1")],
            appraised.Select(e => (e.LeafCode, e.Input, e.Points, e.Note, e.Author)));
        Assert.Equal(3.5m, appraised.Sum(e => e.Points)); // area 1 appraised: 1 + 2 + 0,5
        var records = await World.Run(db => db.Audit.OrderBy(a => a.Id).Skip(audit).ToListAsync());
        Assert.Equal([($"{Period}/A/1.1", "v1: ontime → 1", Agreed), ($"{Period}/A/1.2", "v1: 0.95 → 2", Agreed)],
            records.Select(r => (r.EntityKey, r.NewValue, r.Reason)));
        Assert.All(records, r => Assert.Equal("score.appraise", r.Action));

        // Nothing is left untouched in area 1: the fresh view is an empty list, and it writes nothing.
        var before = await Counts();
        Assert.Empty((await Accept(One, "1")).Accepted);
        Assert.Equal(before, await Counts());
    }

    [Fact]
    public async Task A_stale_view_an_unassigned_area_another_stage_and_a_passed_deadline_are_refused_with_nothing_written()
    {
        await SelfAssessedAsync();
        var early = await Assert.ThrowsAsync<WorkflowException>(() => Accept(World.Secretariat, "1", "1.1", "1.2", "1.3"));
        Assert.Equal("Chỉ thẩm định hồ sơ đã nộp khi kỳ đang ở giai đoạn thẩm định (kỳ đang ở giai đoạn “Tự đánh giá”, hồ sơ “Đã nộp”)", early.Says.In(Language.Vi));
        await InAppraisalAsync();
        var before = await Counts();

        await Assert.ThrowsAsync<ForbiddenException>(() => Accept(Two, "1", "1.1", "1.2", "1.3"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Accept(World.Editor("A"), "2", "2.1", "2.2"));
        await Assert.ThrowsAsync<NotFoundException>(() => Accept(One, "1.1", "1.1"));
        Assert.Equal(before, await Counts());

        // Appraiser 2 opened area 2 with 2.1 and 2.2 untouched; appraiser 1 then appraised 2.2 (2 cases: 2 − 2 × 0,5 = 1).
        await Appraise(One, "2.2", "2", "Có 2 hồ sơ trễ hạn");
        before = await Counts();
        var stale = await Assert.ThrowsAsync<ConflictException>(() => Accept(Two, "2", "2.1", "2.2"));
        Assert.Equal("Các mục chưa thẩm định của lĩnh vực 2 đã thay đổi từ khi bạn mở trang (nay còn 1 mục); hãy xem lại rồi bấm lại", stale.Says.In(Language.Vi));
        Assert.Equal(before, await Counts());
        var fresh = await Accept(Two, "2", "2.1");
        Assert.Equal([("2.1", "pass", 2m)], fresh.Accepted.Select(a => (a.LeafCode, a.Input, a.Points)));
        var kept = (await Appraised()).Single(e => e.LeafCode == "2.2");
        Assert.Equal((1m, "Có 2 hồ sơ trễ hạn"), (kept.Points, kept.Note));

        World.Clock.Now = World.On(4, 30, 17);
        before = await Counts();
        var late = await Assert.ThrowsAsync<WorkflowException>(() => Accept(One, "1", "1.1", "1.2", "1.3"));
        Assert.Equal("Đã hết hạn thẩm định 30/04/2025 17:00", late.Says.In(Language.Vi));
        Assert.Equal(before, await Counts());
    }
}

public sealed class AcceptSelfAssessedTestsOnSqlite() : AcceptSelfAssessedTests(DatabaseProvider.Sqlite);

public sealed class AcceptSelfAssessedTestsOnPostgres() : AcceptSelfAssessedTests(DatabaseProvider.Postgres);
