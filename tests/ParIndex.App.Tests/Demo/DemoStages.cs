using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Council;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Demo;

/// <summary>
/// The demo's three 2026 periods and its survey, as loaded at <see cref="DemoDatabase.LoadedAt"/> (22/11/2026 10:00,
/// so T = 22/11/2026): what stage each is in, what is done and what waits, and that each demo account finds work it may
/// do now through the use cases its pages call. Run on SQLite and on PostgreSQL.
/// </summary>
internal static class DemoStages
{
    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public static async Task AssertAsync(DemoDatabase demo)
    {
        Assert.Equal(["Kỳ đánh giá 2024", "Kỳ đánh giá 2025", "Kỳ đánh giá 2026", "Kỳ đánh giá 2026 — xã, phường", "Đánh giá thử nghiệm 2026 — đơn vị thí điểm"],
            demo.Loaded.Periods.Select(p => p.Name));
        Assert.Equal([PeriodState.Published, PeriodState.Published, PeriodState.SelfAssessment, PeriodState.Appraisal, PeriodState.Appeals],
            demo.Loaded.Periods.Select(p => p.State));
        var (p3, p4, p5) = (demo.Loaded.PeriodIds[2], demo.Loaded.PeriodIds[3], demo.Loaded.PeriodIds[4]);
        await using var db = demo.Open();
        var periods = await db.Periods.AsNoTracking().Include(p => p.Submissions).ThenInclude(s => s.Unit).ToDictionaryAsync(p => p.Id);
        foreach (var p in demo.Loaded.Periods) Assert.Equal((p.Name, p.State), (periods[p.Id].Name, periods[p.Id].State));
        Dictionary<string, SubmissionState> States(int period) => periods[period].Submissions.ToDictionary(s => s.Unit.Code, s => s.State);

        // The departments' year: one submission and three drafts, closing on 31/03/2027 17:00.
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 17, 0, 0, Vietnam), periods[p3].SelfAssessmentCloses);
        var departments = States(p3);
        Assert.Equal(19, departments.Count);
        Assert.Equal(SubmissionState.Submitted, departments["STC"]);
        Assert.Equal([SubmissionState.Draft, SubmissionState.Draft, SubmissionState.Draft], new[] { "SNV", "SKHDT", "SYT" }.Select(c => departments[c]));

        // The communes: all 39 submitted before 10/11 17:00 (T−12); X002, X003 (appraiser 1) and X007–X011, X015–X024
        // (the secretariat; X012–X014 were merged into X041 in 2025) closed: 2 + 5 + 10 = 17; appraisal closes 08/12 17:00 (T+16).
        Assert.Equal(new DateTimeOffset(2026, 11, 10, 17, 0, 0, Vietnam), periods[p4].SelfAssessmentCloses);
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 17, 0, 0, Vietnam), periods[p4].AppraisalCloses);
        var communes = States(p4);
        Assert.Equal(39, communes.Count);
        Assert.Equal(["X002", "X003", "X007", "X008", "X009", "X010", "X011", "X015", "X016", "X017", "X018", "X019", "X020", "X021", "X022", "X023", "X024"],
            communes.Where(c => c.Value == SubmissionState.Appraised).Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.Equal(22, communes.Count(c => c.Value == SubmissionState.Submitted));
        Assert.True(periods[p4].Submissions.All(s => s.SubmittedAt < periods[p4].SelfAssessmentCloses));
        var assignments = await db.Assignments.AsNoTracking().Where(a => a.PeriodId == p4).Join(db.Users, a => a.UserId, u => u.Id, (a, u) => new { u.UserName, a.UnitId, a.AreaCode }).ToListAsync();
        Assert.Equal(6, assignments.Count(a => a.UserName == "thamdinh1" && a.AreaCode == null));
        Assert.Single(assignments, a => a.UserName == "thamdinh2" && a.UnitId == null && a.AreaCode == "3");
        Assert.Equal([("X002", "1.3.1", "6"), ("X003", "1.3.2", "0.75"), ("X005", "3.3.2", "0.6"), ("X025", "3.2.1", "0.96")], await AdjustmentsAsync(db, p4));
        // The survey's sub-criteria wait for the survey: nothing is entered on them yet.
        Assert.False(await db.Scores.AnyAsync(s => s.Stage == ScoreStage.Appraised && s.Note!.StartsWith("Kết quả điều tra")
            && db.Submissions.Any(x => x.Id == s.SubmissionId && x.PeriodId == p4)));

        // The trial run: six units appraised with six adjustments; appeals close 01/12 17:00 (T+9).
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 17, 0, 0, Vietnam), periods[p5].AppealsClose);
        var trial = States(p5);
        Assert.Equal(["SCT", "SGDDT", "SNV", "X040"], trial.Where(t => t.Value == SubmissionState.AppealSubmitted).Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.Equal(["STC", "X001"], trial.Where(t => t.Value == SubmissionState.Appraised).Select(t => t.Key).Order(StringComparer.Ordinal));
        Assert.Equal([("SCT", "3.2.3", "0.85"), ("SGDDT", "3.2.2", "fail"), ("SNV", "1.3.2", "0.5"), ("STC", "1.3.1", "9"), ("X001", "3.2.3", "0.85"), ("X040", "3.3.2", "0.7")],
            await AdjustmentsAsync(db, p5));
        var appeals = await db.Appeals.AsNoTracking().Join(db.Submissions.Where(s => s.PeriodId == p5), a => a.SubmissionId, s => s.Id, (a, s) => new { s.Unit.Code, a.State })
            .ToListAsync();
        Assert.Equal([("SCT", AppealState.Open), ("SGDDT", AppealState.Rejected), ("SNV", AppealState.Open), ("X040", AppealState.Open)],
            appeals.Select(a => (a.Code, a.State)).Order());

        // The survey: SIPAS 2026, five unused citizens' links for each of X001, X002, X003, each printed link stored by its hash.
        var survey = await db.Surveys.AsNoTracking().SingleAsync();
        Assert.Equal(("SIPAS-MAU", 2026), (survey.Code, survey.Year));
        var invitations = await db.SurveyInvitations.AsNoTracking().Where(i => i.SurveyId == survey.Id).ToListAsync();
        Assert.Equal(15, invitations.Count);
        Assert.All(invitations, i => Assert.Null(i.SubmittedAt));
        Assert.Equal([("X001", 5), ("X002", 5), ("X003", 5)], invitations.GroupBy(i => i.UnitCode).Select(g => (g.Key, g.Count())).Order());
        Assert.Equal(15, demo.Loaded.SurveyLinks.Select(l => l.Path).Distinct().Count());
        Assert.Equal(invitations.Select(i => (i.UnitCode, i.Sha256)).Order(),
            demo.Loaded.SurveyLinks.Select(l => (l.UnitCode, SurveyToken.Hash(l.Path["/khao-sat/".Length..]))).Order());
    }

    /// <summary>Each demo account finds work it may do now, through the use cases of its pages.</summary>
    public static async Task AssertEveryAccountHasWorkAsync(DemoDatabase demo)
    {
        var (p3, p4, p5) = (demo.Loaded.PeriodIds[2], demo.Loaded.PeriodIds[3], demo.Loaded.PeriodIds[4]);
        await using var db = demo.Open();
        var clock = new TestClock(DemoDatabase.LoadedAt);
        async Task<Security.Actor> Actor(string user) => await new GetActorHandler(db).HandleAsync(new GetActor(user));
        async Task<SelfAssessmentForm> Dossier(string user, int period, string unit) =>
            await new GetSelfAssessmentHandler(db, clock).HandleAsync(await Actor(user), new GetSelfAssessment(period, unit));

        // Units: SNV's editor and leader may still enter their 2026 draft; STC's and X001's leaders may appeal in the trial.
        Assert.Null((await Dossier("snv.editor", p3, "SNV")).SaveRefusal);
        Assert.Null((await Dossier("snv.lead", p3, "SNV")).SaveRefusal);
        var stc = await Dossier("stc.lead", p5, "STC");
        Assert.Null(stc.AppealRefusal);
        Assert.Equal("9", stc.Leaf("1.3.1").Appraised!.Input);
        Assert.Null((await Dossier("x001.lead", p5, "X001")).AppealRefusal);
        Assert.Equal("0.85", (await Dossier("x001.editor", p5, "X001")).Leaf("3.2.3").Appraised!.Input);
        Assert.Equal(SubmissionState.Submitted, (await Dossier("x001.editor", p4, "X001")).State);

        // Appraisers: four communes to finish for appraiser 1, and SNV's appeal; SCT's and X040's for appraiser 2.
        var queue = await new ListAppraisalQueueHandler(db).HandleAsync(await Actor("thamdinh1"), new ListAppraisalQueue(p4));
        Assert.Equal(["X001", "X004", "X005", "X006"], queue.Where(q => q.WholeUnit && q.State == SubmissionState.Submitted).Select(q => q.UnitCode).Order(StringComparer.Ordinal));
        static IEnumerable<string> Open(AppealList list) => list.Appeals.Where(a => a.State == AppealState.Open).Select(a => a.UnitCode).Order(StringComparer.Ordinal);
        Assert.Equal(["SNV"], Open(await new ListAppealsHandler(db).HandleAsync(await Actor("thamdinh1"), new ListAppeals(p5))));
        Assert.Equal(["SCT", "X040"], Open(await new ListAppealsHandler(db).HandleAsync(await Actor("thamdinh2"), new ListAppeals(p5))));

        // The council: three appeals to decide; the secretariat: the same, a submission it may return, appraisals to close.
        foreach (var user in new[] { "hoidong", "thuongtruc" })
            Assert.Equal(3, (await new GetCouncilOverviewHandler(db).HandleAsync(await Actor(user), new GetCouncilOverview(p5))).OpenAppeals.Count);
        Assert.Equal(22, (await new GetCouncilOverviewHandler(db).HandleAsync(await Actor("thuongtruc"), new GetCouncilOverview(p4))).NotAppraised.Count);
    }

    /// <summary>The appraisers' adjustments of a period (appraised entries other than the survey's), as (unit, sub-criterion, input), each with its reason.</summary>
    private static async Task<List<(string, string, string)>> AdjustmentsAsync(AppDbContext db, int period)
    {
        var rows = await db.Scores.AsNoTracking().Where(s => s.Stage == ScoreStage.Appraised && !s.Note!.StartsWith("Kết quả điều tra"))
            .Join(db.Submissions.Where(s => s.PeriodId == period), e => e.SubmissionId, s => s.Id, (e, s) => new { s.Unit.Code, e.LeafCode, e.Input, e.Note }).ToListAsync();
        Assert.All(rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
        return [.. rows.Select(r => (r.Code, r.LeafCode, r.Input)).Order()];
    }
}
