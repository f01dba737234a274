using ParIndex.App.Features.Appeals;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// The scripted year of <see cref="Workflow.FullYearTests"/>, from opening the period to publication, reusable by
/// tests that need a published period (tampering, verification).
/// </summary>
/// <param name="evidenceRoot">Where the appeal's evidence file is stored (a scratch folder when null).</param>
internal sealed class YearScript(World world, string? evidenceRoot = null)
{
    /// <summary>The bytes of unit B's decision, the one evidence file of the year.</summary>
    public static readonly byte[] DecisionPdf = ParIndex.App.Features.Demo.DemoPdf.Create("QĐ 12/QĐ-SXD", ["Quyet dinh cong khai TTHC"]);

    private World World => world;

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

    /// <summary>
    /// Runs the year and returns what publication returned. <paramref name="survey"/>, when given, replaces the
    /// secretariat's manual entry of the survey leaf 2.3 (on 07/04, in the appraisal stage).
    /// </summary>
    public async Task<IReadOnlyList<PublishedGroup>> PublishAsync(Func<Task>? survey = null)
    {
        await FinaliseAsync(survey);
        var published = await World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Council, new PublishResults(Period)));
        Assert.Equal(64, Assert.Single(published).Sha256.Length);
        return published;
    }

    /// <summary>
    /// Runs the year up to the last step before publication: the period in finalisation, every unit ready (the survey
    /// step as in <see cref="PublishAsync"/>).
    /// </summary>
    public async Task FinaliseAsync(Func<Task>? survey = null)
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
        if (survey is not null) await survey();
        else
            foreach (var (unit, share) in new[] { ("A", "0.85"), ("B", "0.9"), ("C", "0.8"), ("D", "0.95") })
                await Appraise(World.Secretariat, unit, "2.3", share, "Kết quả điều tra xã hội học 2025");
        foreach (var unit in World.UnitCodes)
            await World.Run(db => new CompleteAppraisalHandler(db, clock).HandleAsync(World.Secretariat, new CompleteAppraisal(Period, unit)));

        // Appeals: B's is accepted, C's rejected.
        clock.Now = World.On(5, 5);
        await Advance();
        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(evidenceRoot ?? Path.Combine(Repo.TempDir(), "evidence")));
        var decision = await World.Run(db => new AddEvidenceHandler(db, clock, store).HandleAsync(World.Editor("B"), new AddEvidence(Period, "B",
            "12/QĐ-SXD", new DateOnly(2025, 1, 10), "Sở B", "Quyết định công khai TTHC", new MemoryStream(DecisionPdf), "qd-12.pdf", [])));
        var appealB = (await World.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(World.Lead("B"),
            new SubmitAppeal(Period, "B", [new AppealItem("2.1", "pass", "Đã công khai tại Quyết định 12/QĐ-SXD", [decision.Id])]))))[0];
        var appealC = (await World.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(World.Lead("C"),
            new SubmitAppeal(Period, "C", [new AppealItem("1.2", "90%", "Tính cả nhiệm vụ chuyển tiếp")]))))[0];
        await World.Run(db => new DecideAppealHandler(db, clock).HandleAsync(one, new DecideAppeal(appealB.Id, true, "Văn bản hợp lệ")));
        await World.Run(db => new DecideAppealHandler(db, clock).HandleAsync(World.Council, new DecideAppeal(appealC.Id, false, "Nhiệm vụ chuyển tiếp không tính")));

        clock.Now = World.On(5, 20);
        await Advance();                                                    // → Finalisation
    }
}
