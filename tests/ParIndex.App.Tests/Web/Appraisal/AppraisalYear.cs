using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Appraisal;

/// <summary>
/// The 2025 year of <see cref="World"/> staged for the appraisal and council pages, with people who sign in:
/// td.a (appraiser of unit A), td.vung2 (appraiser of area 2 in every unit), hd.1 (council), snv.1 (secretariat),
/// ld.a (unit A's leader). Every unit self-assesses 1.1 ontime, 1.2 95%, 1.3 0.75, 2.1 pass, 2.2 1; A has two documents
/// with PDF files, 12/KH-A on 1.1 and 34/TB-A on 2.1. The site runs on the real clock, so once staged the period's
/// appraisal, appeal and finalisation deadlines are moved a month or more ahead of now.
/// </summary>
internal sealed class AppraisalYear(World world, RunningSite site)
{
    public int Period => world.PeriodId;

    public int DocumentOn11 { get; private set; }

    public int DocumentOn21 { get; private set; }

    public static async Task<AppraisalYear> StartAsync(World world, RunningSite site)
    {
        await SiteSession.AddUsersAsync(world, [("td.a", Role.Appraiser, null), ("td.vung2", Role.Appraiser, null), ("hd.1", Role.Council, null),
            ("snv.1", Role.Secretariat, null), ("ld.a", Role.UnitLead, "A")]);
        return new AppraisalYear(world, site);
    }

    public Task<Actor> ActorAsync(string user) => world.Run(db => new GetActorHandler(db).HandleAsync(new GetActor(user)));

    /// <summary>
    /// Self-assessment, then appraisal with td.a on A and td.vung2 on area 2. Every unit submits, unless
    /// <paramref name="councilMix"/>: then C stays a draft and D is returned by the secretariat, and the move to
    /// appraisal (confirmed) takes both there as they stand.
    /// </summary>
    public async Task ToAppraisalAsync(bool councilMix = false)
    {
        var clock = world.Clock;
        clock.Now = World.On(2, 10);
        await world.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(world.Secretariat, new AdvancePeriod(Period)));
        foreach (var unit in World.UnitCodes)
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1") })
            await world.Run(db => new SaveScoreHandler(db, clock).HandleAsync(world.Editor(unit),
                new SaveScore(Period, unit, leaf, input, 0, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
        var store = site.Services.GetRequiredService<IEvidenceStore>();
        async Task<int> Document(string leaf, string number) => (await world.Run(db => new AddEvidenceHandler(db, clock, store).HandleAsync(world.Editor("A"),
            new AddEvidence(Period, "A", number, new DateOnly(2025, 1, 15), "UBND tỉnh", $"Kế hoạch cho mục {leaf}",
                new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"%PDF-1.4\n% A {leaf}\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF")), $"A-{leaf}.pdf", [leaf])))).Id;
        DocumentOn11 = await Document("1.1", "12/KH-A");
        DocumentOn21 = await Document("2.1", "34/TB-A");
        foreach (var unit in councilMix ? ["A", "B", "D"] : World.UnitCodes)
            await world.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(world.Lead(unit), new SubmitSelfAssessment(Period, unit)));
        if (councilMix)
            await world.Run(db => new ReturnSubmissionHandler(db, clock).HandleAsync(world.Secretariat, new ReturnSubmission(Period, "D", "Thiếu tài liệu kiểm chứng mục 2.1")));

        clock.Now = World.On(4, 7);
        await world.AdvanceConfirmedAsync();   // with councilMix, C (draft) and D (returned) go to appraisal as they stand
        await world.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(world.Secretariat, new AssignAppraiser(Period, "td.a", "A", null)));
        await world.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(world.Secretariat, new AssignAppraiser(Period, "td.vung2", null, "2")));
        var now = DateTimeOffset.UtcNow;
        await world.Run(db => db.Periods.Where(p => p.Id == Period).ExecuteUpdateAsync(p => p
            .SetProperty(x => x.AppraisalCloses, now.AddDays(30)).SetProperty(x => x.AppealsClose, now.AddDays(60)).SetProperty(x => x.FinalisationDue, now.AddDays(90))));
    }

    public async Task AppraiseAsync(string user, string unit, string leaf, string input, string reason, int expectedVersion = 0)
    {
        var actor = user == "snv" ? world.Secretariat : await ActorAsync(user);
        await world.Run(db => new AppraiseScoreHandler(db, world.Clock).HandleAsync(actor, new AppraiseScore(Period, unit, leaf, input, reason, expectedVersion)));
    }

    public Task CompleteAsync(string unit) =>
        world.Run(db => new CompleteAppraisalHandler(db, world.Clock).HandleAsync(world.Secretariat, new CompleteAppraisal(Period, unit)));

    /// <summary>
    /// To the appeal window: A's 1.3 appraised to 0.5 and 2.2 to 2 (and, with <paramref name="survey"/>, every unit's
    /// survey item 2.3 entered as 0.85); then A appeals both (2.2 with 34/TB-A).
    /// </summary>
    public async Task<IReadOnlyList<ParIndex.App.Data.Appeal>> ToAppealsAsync(bool survey = false)
    {
        await ToAppraisalAsync();
        await AppraiseAsync("td.a", "A", "1.3", "0.5", "Chỉ có 2 tin bài");
        await AppraiseAsync("td.vung2", "A", "2.2", "2", "Có 2 hồ sơ trễ hạn");
        if (survey)
            foreach (var unit in World.UnitCodes) await AppraiseAsync("snv", unit, "2.3", "0.85", "Điều tra xã hội học 2025");
        foreach (var unit in World.UnitCodes) await CompleteAsync(unit);
        world.Clock.Now = World.On(5, 5);
        await world.AdvanceConfirmedAsync();   // nobody entered the survey points
        return await world.Run(db => new SubmitAppealHandler(db, world.Clock).HandleAsync(world.Lead("A"), new SubmitAppeal(Period, "A",
            [new AppealItem("1.3", "0.75", "Có 3 tin bài, kèm đường dẫn"), new AppealItem("2.2", "1", "Một hồ sơ trễ do lỗi hệ thống", [DocumentOn21])])));
    }
}
