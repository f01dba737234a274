using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Demo;

/// <summary>
/// The work under way at the time of loading, so that every demo account has something to do at its first sign-in:
/// three 2026 periods at three stages and a survey with its links. All three are created together in the summer;
/// their steps interleave in time (the demo clock only moves forward), so they are listed with their moments first and
/// run in time order.
/// </summary>
internal sealed partial class DemoRun
{
    /// <summary>The demo's "today" is never before this, so the three periods' timetables fit after the 2025 publication (28 May 2026).</summary>
    private static readonly DateTimeOffset EarliestToday = Vn(2026, 10, 1, 0);

    /// <summary>The communes appraiser 1 is assigned to in the communes' period (whole units).</summary>
    private static readonly string[] CommuneAppraiserUnits = ["X001", "X002", "X003", "X004", "X005", "X006"];

    /// <summary>The six units of the trial run: four departments and two communes.</summary>
    private static readonly string[] TrialUnits = ["SNV", "STC", "SCT", "SGDDT", "X001", "X040"];

    /// <summary>The communes whose survey links the demo issues, five citizens' links each.</summary>
    private static readonly string[] SurveyUnits = ["X001", "X002", "X003"];

    private const int LinksPerUnit = 5;

    private static IEnumerable<Adjustment> CommuneAdjustments() =>
    [
        new("thamdinh1", "X002", "1.3.1", "6", "Chỉ 6/10 tin, bài có nội dung về CCHC; 4 tin còn lại là tin hoạt động chung của phường."),
        new("thamdinh1", "X003", "1.3.2", "0.75", "Chưa tổ chức hội nghị, cuộc thi về CCHC; chủ yếu tuyên truyền qua loa phát thanh."),
        new("thamdinh2", "X005", "3.3.2", "0.6", "Số liệu Cổng dịch vụ công: 60% hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến, không phải 67%."),
        new("thamdinh2", "X025", "3.2.1", "0.96", "Báo cáo trích xuất từ Hệ thống thông tin giải quyết TTHC: 96% hồ sơ đúng hạn, không phải 100%."),
    ];

    private static IEnumerable<Adjustment> TrialAdjustments() =>
    [
        new("thamdinh1", "STC", "1.3.1", "9", "Chỉ 9/13 tin, bài có nội dung về CCHC; 4 tin còn lại là tin hoạt động chung của Sở."),
        new("thamdinh1", "SNV", "1.3.2", "0.5", "Hình thức tuyên truyền chủ yếu là đăng tin trên trang thông tin điện tử; chưa tổ chức hội nghị, cuộc thi về CCHC."),
        new("thamdinh2", "SGDDT", "3.2.2", "fail", "Có 5 hồ sơ trễ hạn nhưng chỉ có 2 phiếu xin lỗi và hẹn lại ngày trả kết quả."),
        new("thamdinh2", "SCT", "3.2.3", "0.85", "Báo cáo số hóa: 85% hồ sơ được số hóa, không phải 100% như đơn vị tự chấm."),
        new("thamdinh2", "X001", "3.2.3", "0.85", "Báo cáo số hóa trích xuất từ hệ thống: 85% hồ sơ được số hóa, không phải 90%."),
        new("thamdinh2", "X040", "3.3.2", "0.7", "Số liệu Cổng dịch vụ công: 70% hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến, không phải 78%."),
    ];

    /// <summary>The trial's appeals: SGDDT's decided (rejected); SNV's, SCT's and X040's waiting for a decision. STC and X001 have not appealed yet.</summary>
    private static IEnumerable<AppealPlan> TrialAppeals() =>
    [
        new("SGDDT", "3.2.2", "Ba hồ sơ trễ hạn còn lại do lỗi kết nối của hệ thống một cửa điện tử, không do lỗi của đơn vị.",
            false, "hoidong", "Không chấp nhận: quy định yêu cầu xin lỗi bằng văn bản với mọi hồ sơ trễ hạn, kể cả khi do lỗi hệ thống."),
        new("SNV", "1.3.2", "Sở đã tổ chức 02 hội nghị tập huấn CCHC (tháng 3 và tháng 8) có kế hoạch và danh sách đại biểu kèm theo.", false, "", ""),
        new("SCT", "3.2.3", "Số liệu 85% chưa gồm 214 hồ sơ số hóa tại Trung tâm Phục vụ hành chính công; tính đủ, tỷ lệ số hóa là 100%.", false, "", ""),
        new("X040", "3.3.2", "Tỷ lệ 78% tính theo Báo cáo số 35/BC-UBND của phường, đã đối chiếu với Kho bạc Nhà nước.", false, "", ""),
    ];

    /// <summary>The units and sub-criteria the in-progress script names, for <see cref="Check"/>.</summary>
    private static IEnumerable<(string Unit, string? Leaf)> InProgressNeeds() =>
    [
        .. CommuneAdjustments().Concat(TrialAdjustments()).Select(a => (a.Unit, (string?)a.Leaf)),
        .. TrialAppeals().Select(a => (a.Unit, (string?)a.Leaf)),
        .. TrialUnits.Concat(CommuneAppraiserUnits).Concat(SurveyUnits).Select(u => (u, (string?)null)),
    ];

    /// <summary>
    /// Today (Vietnam) is the real day of loading, or <see cref="EarliestToday"/>; <c>T</c> below is its midnight.
    /// <list type="bullet">
    /// <item>"Kỳ đánh giá 2026", departments, in self-assessment: opened at T−12, closing on 31 March at least two
    /// months ahead; STC has submitted, SNV, SKHDT and SYT have drafts (the inputs are the 2025 ones, as units often
    /// start from last year's file).</item>
    /// <item>"Kỳ đánh giá 2026 — xã, phường", the communes, in appraisal: every commune submitted by T−12; appraiser 1
    /// has X001–X006 and has closed X002 and X003, appraiser 2 has area 3; four items adjusted; the secretariat has
    /// closed X007–X024; the survey's sub-criteria wait for the survey. Appraisal closes at T+16.</item>
    /// <item>"Đánh giá thử nghiệm 2026 — đơn vị thí điểm", a trial run of the new system with six pilot units, in
    /// appeals: six items adjusted, SGDDT's appeal rejected, SNV's, SCT's and X040's waiting for a decision, STC and
    /// X001 still free to appeal until T+9.</item>
    /// <item>The 2026 citizens' satisfaction survey (SIPAS-MAU) with five links for each of X001, X002 and X003.</item>
    /// </list>
    /// </summary>
    private async Task<(IReadOnlyList<DemoPeriod> Periods, IReadOnlyList<DemoSurveyLink> Links)> InProgressAsync()
    {
        Report(DemoMessages.StepUnderWay());
        var anchor = Moment.InVietnam(realNow < EarliestToday ? EarliestToday : realNow);
        var t = new DateTimeOffset(anchor.Year, anchor.Month, anchor.Day, 0, 0, 0, Vietnam);
        DateTimeOffset Day(int days, int hour, int minute = 0) => t.AddDays(days).AddHours(hour).AddMinutes(minute);
        var closeYear = anchor.Year + 1;
        if (Vn(closeYear, 3, 31, 17) < anchor.AddDays(60)) closeYear++;

        var departments = samples.Departments;
        var communes = samples.Communes;
        var so = departments.Years[2025];
        var xa = communes.Years[2025];
        var soCodes = so.Units.Select(u => u.Code).ToList();
        var xaCodes = xa.Units.Select(u => u.Code).ToList();
        DemoGroup GroupOf(string unit) => xaCodes.Contains(unit) ? communes : departments;

        var selfAssessment = new DemoPeriod(0, "Kỳ đánh giá 2026", PeriodState.SelfAssessment);
        var appraisal = new DemoPeriod(0, "Kỳ đánh giá 2026 — xã, phường", PeriodState.Appraisal);
        var appeals = new DemoPeriod(0, "Đánh giá thử nghiệm 2026 — đơn vị thí điểm", PeriodState.Appeals);
        int p3 = 0, p4 = 0, p5 = 0;
        var survey = "";
        var links = new List<DemoSurveyLink>();
        var appealIds = new Dictionary<string, int>();
        var steps = new List<(DateTimeOffset At, Func<Task> Do, Message? Report)>();
        void Step(DateTimeOffset at, Func<Task> work, Message? report = null) => steps.Add((at, work, report));

        // Created together in the summer, each with its timetable; the departments' year in self-assessment first.
        Step(Day(-110, 9), async () => p3 = await CreateAsync(selfAssessment.Name, [departments.Code], soCodes,
            new PeriodDeadlines(t.AddDays(-12), Vn(closeYear, 3, 31, 17), Vn(closeYear, 4, 30, 17), Vn(closeYear, 5, 15, 17), Vn(closeYear, 5, 31, 17))));
        Step(Day(-110, 9, 10), async () => p4 = await CreateAsync(appraisal.Name, [communes.Code], xaCodes,
            new PeriodDeadlines(t.AddDays(-70), Day(-12, 17), Day(16, 17), Day(30, 17), Day(40, 17))));
        Step(Day(-110, 9, 20), async () => p5 = await CreateAsync(appeals.Name, [departments.Code, communes.Code], TrialUnits,
            new PeriodDeadlines(t.AddDays(-100), Day(-60, 17), Day(-25, 17), Day(9, 17), Day(20, 17))));
        Step(Day(-110, 10), () => AssignAsync(p5, TrialUnits));
        Step(Day(-100, 8), () => OpenAsync(p5), DemoMessages.StepTrialSelfAssessment());
        Step(Day(-100, 10), async () => survey = (await Run(db => new DefineSurveyHandler(db, _clock).HandleAsync(Secretariat, new DefineSurvey(samples.SurveyPath, 2026), ct))).Code);

        // The trial: six units self-assess (explanations, no files) and submit; appraisal, adjustments, appeals.
        for (var i = 0; i < TrialUnits.Length; i++)
        {
            var unit = TrialUnits[i];
            var at = Day(-95 + i / 2, 8 + i % 2 * 4, 30);
            Step(at, () => SelfAssessAsync(p5, GroupOf(unit), GroupOf(unit).Years[2025], unit, at, reportYear: 2026, documents: false));
            Step(at.AddHours(3), () => SubmitAsync(p5, unit));
        }
        Step(Day(-59, 8), () => AdvanceAsync(p5), DemoMessages.StepTrialAppraisal());
        var adjusted = Day(-55, 9);
        foreach (var a in TrialAdjustments())
        {
            Step(adjusted, () => AdjustAsync(p5, a));
            adjusted = adjusted.AddHours(1);
        }
        for (var i = 0; i < TrialUnits.Length; i++)
        {
            var unit = TrialUnits[i];
            Step(Day(-50, 8, i * 5), () => EnterSurveyLeavesAsync(p5, GroupOf(unit), GroupOf(unit).Years[2025], unit, 2026));
            Step(Day(-45, 9, i * 3), () => CompleteAsync(p5, unit, AppraiserUnits.Contains(unit) ? _actors["thamdinh1"] : Secretariat));
        }
        Step(Day(-24, 7), () => AdvanceAsync(p5), DemoMessages.StepTrialAppeals());
        var appealDays = new[] { -20, -10, -8, -6 };
        foreach (var (appeal, day) in TrialAppeals().Zip(appealDays))
            Step(Day(day, 16, 30), async () => appealIds[appeal.Unit] = await AppealAsync(p5, GroupOf(appeal.Unit), appeal));
        var decided = TrialAppeals().First();
        Step(Day(-15, 16, 30), () => Run(db => new DecideAppealHandler(db, _clock).HandleAsync(_actors[decided.Decider],
            new DecideAppeal(appealIds[decided.Unit], decided.Accept, decided.Decision), ct)));

        // The communes' year: every commune self-assesses and submits two a day; appraisal is under way.
        Step(Day(-75, 10), () => AssignAsync(p4, xaCodes, CommuneAppraiserUnits));
        Step(Day(-70, 8), () => OpenAsync(p4), DemoMessages.StepCommunesSelfAssessment());
        for (var i = 0; i < xaCodes.Count; i++)
        {
            var unit = xaCodes[i];
            var at = Day(-40 + i / 2, 8 + i % 2 * 4, 30);
            Step(at, () => SelfAssessAsync(p4, communes, xa, unit, at, reportYear: 2026));
            Step(at.AddHours(3), () => SubmitAsync(p4, unit));
        }
        Step(Day(-11, 8), () => AdvanceAsync(p4), DemoMessages.StepCommunesAppraisal());
        adjusted = Day(-9, 13);
        foreach (var a in CommuneAdjustments())
        {
            Step(adjusted, () => AdjustAsync(p4, a));
            adjusted = adjusted.AddHours(1);
        }
        foreach (var unit in new[] { "X002", "X003" })
            Step(Day(-4, 11, unit == "X002" ? 0 : 5), () => CompleteAsync(p4, unit, _actors["thamdinh1"]));
        var closedBySecretariat = xaCodes.Where(c => string.CompareOrdinal(c, "X007") >= 0 && string.CompareOrdinal(c, "X024") <= 0).ToList();
        for (var i = 0; i < closedBySecretariat.Count; i++)
        {
            var unit = closedBySecretariat[i];
            Step(Day(-3, 16, i * 2), () => CompleteAsync(p4, unit, Secretariat));
        }

        // The survey's links, for three wards.
        for (var i = 0; i < SurveyUnits.Length; i++)
        {
            var unit = SurveyUnits[i];
            Step(Day(-15, 10, i), async () => links.AddRange((await Run(db => new IssueSurveyInvitationsHandler(db, _clock).HandleAsync(Secretariat,
                new IssueSurveyInvitations(survey, unit, RespondentType.Citizen, LinksPerUnit), ct))).Select(token => new DemoSurveyLink(unit, $"/khao-sat/{token}"))));
        }

        // The departments' year, as before: opened at T−12, one submission and three drafts.
        Step(Day(-12, 8), () => OpenAsync(p3), DemoMessages.StepDepartmentsSelfAssessment());
        Step(Day(-12, 9), () => AssignAsync(p3, soCodes));
        Step(Day(-8, 9), () => SelfAssessAsync(p3, departments, so, "STC", Day(-8, 9), reportYear: 2026));
        Step(Day(-7, 10), () => SubmitAsync(p3, "STC"));
        Step(Day(-5, 14), () => SelfAssessAsync(p3, departments, so, "SNV", Day(-5, 14), reportYear: 2026, areas: ["1", "2", "3"], explain: false));
        Step(Day(-3, 10), () => SelfAssessAsync(p3, departments, so, "SKHDT", Day(-3, 10), reportYear: 2026, areas: ["1"], explain: false));
        Step(Day(-2, 15), () => SelfAssessAsync(p3, departments, so, "SYT", Day(-2, 15), reportYear: 2026, areas: ["1", "2"], explain: false));

        foreach (var (at, work, report) in steps.OrderBy(s => s.At))
        {
            if (report is not null) Report(report);
            At(at);
            await work();
        }
        return ([selfAssessment with { Id = p3 }, appraisal with { Id = p4 }, appeals with { Id = p5 }], links);
    }

    private async Task<int> CreateAsync(string name, IReadOnlyList<string> frameworks, IReadOnlyList<string> units, PeriodDeadlines deadlines) =>
        (await Run(db => new CreatePeriodHandler(db, _clock).HandleAsync(Secretariat, new CreatePeriod(2026, name, deadlines, frameworks, units), ct))).Id;

    private Task OpenAsync(int periodId) =>
        Run(db => new AdvancePeriodHandler(db, _clock).HandleAsync(Secretariat, new AdvancePeriod(periodId, PeriodState.Draft), ct));

    private Task AdjustAsync(int periodId, Adjustment a) =>
        Run(db => new AppraiseScoreHandler(db, _clock).HandleAsync(_actors[a.Appraiser], new AppraiseScore(periodId, a.Unit, a.Leaf, a.Input, a.Reason, 0), ct));

    private Task CompleteAsync(int periodId, string unit, Security.Actor by) =>
        Run(db => new CompleteAppraisalHandler(db, _clock).HandleAsync(by, new CompleteAppraisal(periodId, unit), ct));

    /// <summary>The survey's results for a unit's survey sub-criteria, entered by the secretariat at appraisal (as the published years do).</summary>
    private async Task EnterSurveyLeavesAsync(int periodId, DemoGroup group, DemoYear data, string unit, int year)
    {
        foreach (var (leaf, node) in group.Leaves.Where(l => group.IsSurvey(l.Leaf)))
            await Run(db => new AppraiseScoreHandler(db, _clock).HandleAsync(Secretariat, new AppraiseScore(periodId, unit, node.Code, data.Text(unit, leaf),
                $"Kết quả điều tra xã hội học năm {year} do Sở Nội vụ tổng hợp", 0), ct));
    }

    /// <summary>The unit's leader asks for its own self-assessed input back; returns the appeal's id.</summary>
    private async Task<int> AppealAsync(int periodId, DemoGroup group, AppealPlan appeal)
    {
        var requested = group.Years[2025].Text(appeal.Unit, group.Leaf(appeal.Leaf));
        var submitted = await Run(db => new SubmitAppealHandler(db, _clock).HandleAsync(Lead(appeal.Unit),
            new SubmitAppeal(periodId, appeal.Unit, [new AppealItem(appeal.Leaf, requested, appeal.Argument, [])]), ct));
        return submitted.Single().Id;
    }
}
