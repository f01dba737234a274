using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// A whole assessment year through the use cases, on a real database. Four departments; figures by hand from
/// <see cref="World"/>'s framework:
/// A: 1 + 2 + 0.75→0.5 (appraisal) + 2 + 1.5 + survey 0.85×2 = 1.7 → 8.7 / 10 = 87.00 %.
/// B: 0.5 + 1 + 1 + pass→fail (appraisal)→pass (appeal accepted) 2 + 2 + 1.8 → 8.3 / 10 = 83.00 %.
/// C (late, extension): 0 + 1 + 0.5 + NA + 1 + 1.6 → 4.1 / 8 = 51.25 %; its appeal on 1.2 is rejected.
/// D (returned once): 1 + 2 + 1 + 2 + 2→1 (appraisal: two late dossiers) + 1.9 → 8.9 / 10 = 89.00 %.
/// Ranking D 1, A 2, B 3, C 4; mean (89 + 87 + 83 + 51.25) / 4 = 77.5625.
/// </summary>
public abstract class FullYearTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private int Period => World.PeriodId;

    private async Task Save(string unit, string leaf, string input, string? note = null, int version = 0) =>
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor(unit), new SaveScore(Period, unit, leaf, input, version, note)));

    private async Task SelfAssess(string unit, params (string Leaf, string Input)[] inputs)
    {
        foreach (var (leaf, input) in inputs)
            await Save(unit, leaf, input, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị, sẽ bổ sung bản scan" : null);
    }

    private Task<SubmissionState> Submit(string unit) =>
        World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead(unit), new SubmitSelfAssessment(Period, unit)));

    private Task Advance() => World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));

    private Task Appraise(Security.Actor who, string unit, string leaf, string input, string reason) =>
        World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(who, new AppraiseScore(Period, unit, leaf, input, reason, 0)));

    [Fact]
    public async Task A_year_from_opening_to_published_and_verified_results()
    {
        var clock = World.Clock;
        await Advance();                                                    // Draft → SelfAssessment

        clock.Now = World.On(2, 10);
        await SelfAssess("A", ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1"));
        await SelfAssess("B", ("1.1", "late"), ("1.2", "80%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0"));
        await SelfAssess("D", ("1.1", "ontime"), ("1.2", "100%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0"));
        Assert.Equal(SubmissionState.Submitted, await Submit("A"));
        Assert.Equal(SubmissionState.Submitted, await Submit("B"));

        // D is returned by the secretariat and submits again before the deadline.
        clock.Now = World.On(3, 20);
        await Submit("D");
        await World.Run(db => new ReturnSubmissionHandler(db, clock).HandleAsync(World.Secretariat, new ReturnSubmission(Period, "D", "Thiếu tài liệu kiểm chứng mục 2.1")));
        clock.Now = World.On(3, 28);
        await Save("D", "1.3", "1", "Đã bổ sung", version: 1);
        Assert.Equal(SubmissionState.Submitted, await Submit("D"));

        // C is late: refused after 31/03 17:00, then given an extension.
        clock.Now = World.On(3, 31, 17);
        var late = await Assert.ThrowsAsync<WorkflowException>(() => Save("C", "1.1", "none"));
        Assert.Contains("31/03/2025 17:00", late.Message);
        await World.Run(db => new GrantExtensionHandler(db, clock).HandleAsync(World.Secretariat, new GrantExtension(Period, "C", World.On(4, 5, 17), "Đơn vị mới sáp nhập")));
        clock.Now = World.On(4, 2);
        await SelfAssess("C", ("1.1", "none"), ("1.2", "70%"), ("1.3", "0.5"), ("2.1", "NA"), ("2.2", "2"));
        Assert.Equal(SubmissionState.Submitted, await Submit("C"));

        // Appraisal: appraiser 1 has units A and B; appraiser 2 has area 2 everywhere; the secretariat enters the survey.
        clock.Now = World.On(4, 7);
        await Advance();
        await World.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-1", "A", null)));
        await World.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-1", "B", null)));
        await World.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-2", null, "2")));
        var one = World.Appraiser("tham-dinh-1");
        var two = World.Appraiser("tham-dinh-2");
        await Appraise(one, "A", "1.3", "0.5", "Chỉ có 2 tin bài");
        await Appraise(one, "B", "2.1", "fail", "Chưa công khai đủ TTHC");
        await Appraise(two, "D", "2.2", "2", "Có 2 hồ sơ trễ hạn");
        await Assert.ThrowsAsync<Security.ForbiddenException>(() => Appraise(two, "D", "1.3", "0.5", "ngoài phân công"));
        foreach (var (unit, survey) in new[] { ("A", "0.85"), ("B", "0.9"), ("C", "0.8"), ("D", "0.95") })
            await Appraise(World.Secretariat, unit, "2.3", survey, "Kết quả điều tra xã hội học 2025");
        foreach (var unit in World.UnitCodes)
            await World.Run(db => new CompleteAppraisalHandler(db, clock).HandleAsync(World.Secretariat, new CompleteAppraisal(Period, unit)));

        // Appeals: B's is accepted, C's rejected.
        clock.Now = World.On(5, 5);
        await Advance();
        var appealB = (await World.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(World.Lead("B"),
            new SubmitAppeal(Period, "B", [new AppealItem("2.1", "pass", "Đã công khai tại Quyết định 12/QĐ-SXD")]))))[0];
        var appealC = (await World.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(World.Lead("C"),
            new SubmitAppeal(Period, "C", [new AppealItem("1.2", "90%", "Tính cả nhiệm vụ chuyển tiếp")]))))[0];
        await World.Run(db => new DecideAppealHandler(db, clock).HandleAsync(one, new DecideAppeal(appealB.Id, true, "Văn bản hợp lệ")));
        await World.Run(db => new DecideAppealHandler(db, clock).HandleAsync(World.Council, new DecideAppeal(appealC.Id, false, "Nhiệm vụ chuyển tiếp không tính")));

        clock.Now = World.On(5, 20);
        await Advance();                                                    // → Finalisation
        var published = await World.Run(db => new PublishResultsHandler(db, clock).HandleAsync(World.Council, new PublishResults(Period)));
        Assert.Equal(64, Assert.Single(published).Sha256.Length);

        var results = (await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Period, World.Group)))).Results;
        Assert.Equal(["D", "A", "B", "C"], results.Units.Select(u => u.Unit.Code));
        Assert.Equal([1, 2, 3, 4], results.Units.Select(u => u.Rank));
        Assert.Equal([89.00m, 87.00m, 83.00m, 51.25m], results.Units.Select(u => u.PublishedIndex));
        Assert.Equal(8m, results.Units.Single(u => u.Unit.Code == "C").Score.TotalMax);
        Assert.Equal(["Tốt", "Tốt", "Tốt", "Trung bình"], results.Units.Select(u => u.Band.Label));
        Assert.Equal(77.5625m, results.Statistics.Mean);

        var verification = await World.Run(db => new VerifyResultsHandler(db).HandleAsync(World.Viewer, new VerifyResults(Period)));
        Assert.True(Assert.Single(verification).Ok);
        Assert.Null(await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None)));

        await World.Run(async db =>
        {
            Assert.All(await db.Submissions.ToListAsync(), s => Assert.Equal(SubmissionState.Final, s.State));
            Assert.Equal(PeriodState.Published, (await db.Periods.SingleAsync()).State);
            // Nothing is overwritten: D's 1.3 has two self-assessed versions, B's 2.1 all four stages.
            Assert.Equal([1, 2], await db.Scores.Where(s => s.LeafCode == "1.3" && s.Stage == ScoreStage.SelfAssessed && s.SubmissionId ==
                db.Submissions.Single(x => x.Unit.Code == "D").Id).OrderBy(s => s.Version).Select(s => s.Version).ToListAsync());
            var b21 = await db.Scores.Where(s => s.LeafCode == "2.1" && s.SubmissionId == db.Submissions.Single(x => x.Unit.Code == "B").Id)
                .Select(s => new { s.Stage, s.Points }).ToListAsync();
            Assert.Equal([(ScoreStage.SelfAssessed, 2m), (ScoreStage.Appraised, 0m), (ScoreStage.Appeal, 2m), (ScoreStage.Final, 2m)],
                b21.OrderBy(s => s.Stage).Select(s => (s.Stage, s.Points)));
            Assert.Contains(await db.Audit.ToListAsync(), a => a.Action == "submission.extend" && a.Reason == "Đơn vị mới sáp nhập");
        });
    }
}

public sealed class FullYearTestsOnSqlite() : FullYearTests(DatabaseProvider.Sqlite);

public sealed class FullYearTestsOnPostgres() : FullYearTests(DatabaseProvider.Postgres);
