using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>
/// Stage changes through their checklist: what is named, the second confirmation, what the move does to each open
/// item, what the non-submitter setting does at publication, and stepping back. Figures from <see cref="NonSubmitterYear"/>.
/// </summary>
public abstract class StageChangeTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private int Period => World.PeriodId;

    private Task<PeriodMove> Advance(string? confirmed = null) =>
        World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period, Confirmed: confirmed)));

    private Task<Dictionary<string, (SubmissionState State, bool Missed)>> States() => World.Run(async db =>
        await db.Submissions.Include(s => s.Unit).Where(s => s.PeriodId == Period).ToDictionaryAsync(s => s.Unit.Code, s => (s.State, s.MissedDeadline)));

    [Fact]
    public async Task The_end_of_self_assessment_names_who_has_not_submitted_and_moves_only_once_they_are_confirmed()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        World.Clock.Now = World.On(3, 20);
        await World.Run(db => new ReturnSubmissionHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReturnSubmission(Period, "B", "Thiếu tài liệu mục 2.1")));

        var checklist = (await World.ChecklistAsync())!;
        Assert.Equal((PeriodState.SelfAssessment, PeriodState.Appraisal), (checklist.From, checklist.To));
        Assert.Equal([OpenItemKind.NotSubmitted, OpenItemKind.ReturnedNotResubmitted], checklist.Items.Select(i => i.Kind));
        Assert.Equal("1 đơn vị chưa nộp hồ sơ: C — sẽ được chấm theo những gì đã nhập đến hạn nộp: hồ sơ chuyển sang thẩm định như hồ sơ đã nộp",
            checklist.Items[0].Line(english: false));
        Assert.Equal("1 returned dossier not resubmitted: B — they go to appraisal as the units left them", checklist.Items[1].Line(english: true));

        World.Clock.Now = World.On(4, 1);
        var unconfirmed = await Assert.ThrowsAsync<WorkflowException>(() => Advance());
        Assert.Contains("cần xác nhận lần hai", unconfirmed.Message);
        Assert.Contains("1 đơn vị chưa nộp hồ sơ: C", unconfirmed.Message);
        Assert.Contains("1 returned dossier not resubmitted: B", unconfirmed.Says.In(Language.En));
        Assert.DoesNotContain("returned dossier", unconfirmed.Message);
        Assert.Equal(PeriodState.SelfAssessment, await World.Run(db => db.Periods.Select(p => p.State).SingleAsync()));

        var move = await Advance(checklist.Fingerprint);

        Assert.Equal(PeriodState.Appraisal, move.To);
        Assert.Equal([("B", SubmissionState.ReturnedForRevision, SubmissionState.Submitted), ("C", SubmissionState.Draft, SubmissionState.Submitted)],
            move.Changed.Select(c => (c.UnitCode, c.From, c.To)));
        var states = await States();
        Assert.Equal((SubmissionState.Submitted, true), states["C"]);
        Assert.Equal((SubmissionState.Submitted, false), states["B"]);
        var audit = await World.Run(db => db.Audit.Where(a => a.Action == "submission.carry" || a.Action == "period.advance").OrderBy(a => a.Id).ToListAsync());
        Assert.Contains(audit, a => a.Action == "period.advance" && a.NewValue == "Appraisal" && a.Reason!.StartsWith("Đã xác nhận: 1 đơn vị chưa nộp hồ sơ: C", StringComparison.Ordinal));
        Assert.Contains(audit, a => a is { Action: "submission.carry", EntityKey: var k, OldValue: "Draft", NewValue: "Submitted" } && k.EndsWith("/C", StringComparison.Ordinal)
                                    && a.Reason!.StartsWith("sẽ được chấm theo những gì đã nhập", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_confirmation_of_a_list_that_has_since_changed_is_refused_and_nothing_moves()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        var seen = (await World.ChecklistAsync())!;
        World.Clock.Now = World.On(3, 20);
        await World.Run(db => new ReturnSubmissionHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReturnSubmission(Period, "D", "Thiếu tài liệu mục 1.1")));

        World.Clock.Now = World.On(4, 1);
        var stale = await Assert.ThrowsAsync<WorkflowException>(() => Advance(seen.Fingerprint));
        Assert.Contains("Các mục chưa xong đã thay đổi từ khi được xác nhận", stale.Message);
        Assert.Contains("1 hồ sơ bị trả lại chưa nộp lại: D", stale.Message);
        Assert.Equal(PeriodState.SelfAssessment, await World.Run(db => db.Periods.Select(p => p.State).SingleAsync()));
        Assert.Equal(SubmissionState.Draft, (await States())["C"].State);
    }

    [Fact]
    public async Task With_nothing_open_a_move_needs_no_second_confirmation()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        await year.SaveAsync("C", ("1.3", "0.5"), ("2.1", "pass"), ("2.2", "0"));
        await year.SubmitAsync("C");

        Assert.True((await World.ChecklistAsync())!.IsClear);
        World.Clock.Now = World.On(4, 1);
        var move = await Advance();
        Assert.Equal(PeriodState.Appraisal, move.To);
        Assert.Empty(move.Changed);
    }

    [Fact]
    public async Task Leaving_appraisal_completes_what_the_appraisers_left_open_and_names_the_missing_survey_points()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync(NonSubmitterPolicy.Exclude);
        World.Clock.Now = World.On(4, 1);
        await World.AdvanceConfirmedAsync();
        Assert.Equal((SubmissionState.NotSubmitted, true), (await States())["C"]);
        await year.AppraiseAsync(leaveOpen: "B", noSurvey: "A");

        var checklist = (await World.ChecklistAsync())!;
        Assert.Equal(
            ["1 hồ sơ chưa hoàn thành thẩm định: B — thẩm định sẽ được hoàn tất khi chuyển giai đoạn (ghi nhật ký): mục chưa điều chỉnh giữ điểm đơn vị tự chấm",
             "1 đơn vị chưa có điểm điều tra xã hội học: A (2.3) — các tiêu chí điều tra xã hội học của họ sẽ được tính 0 điểm (điểm này chỉ nhập được ở giai đoạn thẩm định)"],
            checklist.Items.Select(i => i.Line(english: false)));

        World.Clock.Now = World.On(5, 5);
        var move = await Advance(checklist.Fingerprint);

        Assert.Equal([("B", SubmissionState.Submitted, SubmissionState.Appraised)], move.Changed.Select(c => (c.UnitCode, c.From, c.To)));
        Assert.Equal(SubmissionState.NotSubmitted, (await States())["C"].State);
    }

    [Fact]
    public async Task A_unit_that_never_submitted_is_scored_on_what_it_entered_by_default()
    {
        await new NonSubmitterYear(World).PublishAsync();

        var results = await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Period, World.Group)));
        Assert.Equal([("D", 1, 99.00m), ("A", 2, 89.50m), ("B", 3, 83.00m), ("C", 4, 26.00m)], results.Results.Units.Select(u => (u.Unit.Code, u.Rank, u.PublishedIndex)));
        Assert.Empty(results.Excluded);
        Assert.All((await States()).Values, s => Assert.Equal(SubmissionState.Final, s.State));
    }

    [Fact]
    public async Task Scored_zero_a_unit_that_never_submitted_is_published_last_with_nothing()
    {
        await new NonSubmitterYear(World).PublishAsync(NonSubmitterPolicy.ScoreZero);

        var results = await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Period, World.Group)));
        Assert.Equal([("D", 1, 99.00m), ("A", 2, 89.50m), ("B", 3, 83.00m), ("C", 4, 0.00m)], results.Results.Units.Select(u => (u.Unit.Code, u.Rank, u.PublishedIndex)));
        Assert.Equal(10m, results.Results.Units.Single(u => u.Unit.Code == "C").Score.TotalMax);
        var finals = await World.Run(db => db.Scores.Where(e => e.Stage == ScoreStage.Final && db.Submissions.Single(s => s.Unit.Code == "C").Id == e.SubmissionId).ToListAsync());
        Assert.Equal(6, finals.Count);
        Assert.All(finals, e => Assert.Equal((0m, "không nộp hồ sơ: 0 điểm"), (e.Points, e.Note)));
        Assert.True(Assert.Single(await World.Run(db => new VerifyResultsHandler(db).HandleAsync(World.Viewer, new VerifyResults(Period)))).Ok);
    }

    [Fact]
    public async Task Excluded_a_unit_that_never_submitted_is_named_with_its_reason_and_not_ranked()
    {
        var published = await new NonSubmitterYear(World).PublishAsync(NonSubmitterPolicy.Exclude);

        Assert.Equal(3, Assert.Single(published).Units);
        var results = await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Period, World.Group)));
        Assert.Equal([("D", 1), ("A", 2), ("B", 3)], results.Results.Units.Select(u => (u.Unit.Code, u.Rank)));
        Assert.Equal(90.5m, results.Results.Statistics.Mean);   // (99 + 89.5 + 83) / 3
        var excluded = Assert.Single(results.Excluded);
        Assert.Equal(("C", "Sở C"), (excluded.Code, excluded.Name));
        Assert.Equal("Không nộp hồ sơ tự đánh giá trước hạn 31/03/2025 17:00; theo quy định của kỳ đánh giá, đơn vị không được xếp hạng", excluded.ReasonVi);
        Assert.Equal("No self-assessment submitted by 31/03/2025 17:00; under the period's rules the unit is not ranked", excluded.ReasonEn);
        Assert.Contains("\"excluded\":[{\"code\":\"C\"", await World.Run(db => db.Publications.Select(p => p.SnapshotJson).SingleAsync()));
        Assert.True(Assert.Single(await World.Run(db => new VerifyResultsHandler(db).HandleAsync(World.Viewer, new VerifyResults(Period)))).Ok);
        Assert.Equal((SubmissionState.Final, true), (await States())["C"]);
    }

    [Fact]
    public async Task An_undecided_appeal_blocks_publication_whatever_is_confirmed()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        World.Clock.Now = World.On(4, 1);
        await World.AdvanceConfirmedAsync();
        await year.AppraiseAsync();
        World.Clock.Now = World.On(5, 5);
        await World.AdvanceConfirmedAsync();
        await World.Run(db => new SubmitAppealHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitAppeal(Period, "A", [new AppealItem("1.3", "1", "Có 4 tin bài")])));
        World.Clock.Now = World.On(5, 20);
        var toFinalisation = (await World.ChecklistAsync())!;
        Assert.Equal("1 giải trình chưa được quyết định: A (1.3) — vẫn chờ quyết định ở giai đoạn sau", Assert.Single(toFinalisation.Items).Line(english: false));
        await Advance(toFinalisation.Fingerprint);

        var checklist = (await World.ChecklistAsync())!;
        Assert.True(checklist.IsBlocked);
        var refused = await Assert.ThrowsAsync<WorkflowException>(() =>
            World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Council, new PublishResults(Period, checklist.Fingerprint))));
        // One language at a time: the Vietnamese refusal, and the same message rendered in English for an English reader.
        Assert.Equal("Chưa thể công bố kết quả:\n- 1 giải trình chưa được quyết định: A (1.3) — phải được quyết định trước khi công bố: chưa thể công bố", refused.Says.In(Language.Vi));
        Assert.Equal(refused.Says.In(Language.Vi), refused.Message);
        Assert.StartsWith("Cannot publish the results yet:\n- 1 ", refused.Says.In(Language.En));
        Assert.DoesNotContain("giải trình", refused.Says.In(Language.En).Split('\n')[0]);
        Assert.Empty(await World.Run(db => db.Publications.ToListAsync()));
    }

    [Fact]
    public async Task Stepping_back_to_self_assessment_gives_a_non_submitter_its_dossier_back_and_the_history_says_so()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync(NonSubmitterPolicy.ScoreZero);
        World.Clock.Now = World.On(4, 1);
        await World.AdvanceConfirmedAsync();
        Assert.Equal((SubmissionState.NotSubmitted, true), (await States())["C"]);

        await Assert.ThrowsAsync<Security.ForbiddenException>(() =>
            World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Council, new ReopenPeriod(Period, "Cho đơn vị C nộp"))));
        var move = await World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReopenPeriod(Period, "Cho đơn vị C nộp bổ sung")));

        Assert.Equal((PeriodState.Appraisal, PeriodState.SelfAssessment), (move.From, move.To));
        Assert.Equal([("C", SubmissionState.NotSubmitted, SubmissionState.Draft)], move.Changed.Select(c => (c.UnitCode, c.From, c.To)));
        Assert.Equal((SubmissionState.Draft, false), (await States())["C"]);
        var history = await World.Run(db => new GetPeriodHistoryHandler(db).HandleAsync(World.Secretariat, new GetPeriodHistory(Period)));
        Assert.Equal([StageChangeKind.StepBack, StageChangeKind.Advance, StageChangeKind.Advance], history.Select(h => h.Kind));
        Assert.Equal("Cho đơn vị C nộp bổ sung", history[0].Reason);
        Assert.Equal([("C", SubmissionState.NotSubmitted, SubmissionState.Draft)], history[0].Changed.Select(c => (c.UnitCode, c.From, c.To)));
        Assert.Equal([("C", SubmissionState.Draft, SubmissionState.NotSubmitted)], history[1].Changed.Select(c => (c.UnitCode, c.From, c.To)));
        Assert.Empty(history[2].Changed);

        // The policy may be chosen again now, and no longer once self-assessment is over.
        await World.Run(db => new SetNonSubmitterPolicyHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetNonSubmitterPolicy(Period, NonSubmitterPolicy.Exclude)));
        await World.AdvanceConfirmedAsync();
        var late = await Assert.ThrowsAsync<WorkflowException>(() =>
            World.Run(db => new SetNonSubmitterPolicyHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetNonSubmitterPolicy(Period, NonSubmitterPolicy.ScoreZero))));
        Assert.Equal("Không thể đổi cách xử lý đơn vị không nộp khi kỳ đánh giá đang ở giai đoạn “Thẩm định”", late.Message);
        Assert.Equal("Cannot change what happens to units that never submit while the period is in “Appraisal”", late.Says.In(Language.En));
        Assert.Equal(NonSubmitterPolicy.Exclude, await World.Run(db => db.Periods.Select(p => p.NonSubmitters).SingleAsync()));
    }

    [Fact]
    public async Task Reopening_a_published_period_withdraws_it_and_only_an_admin_may()
    {
        await new NonSubmitterYear(World).PublishAsync(NonSubmitterPolicy.Exclude);
        var sha = await World.Run(db => db.Publications.Select(p => p.Sha256).SingleAsync());

        var secretariat = await Assert.ThrowsAsync<WorkflowException>(() =>
            World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReopenPeriod(Period, "Sai sót tiêu chí 1.3"))));
        Assert.Contains("chỉ quản trị hệ thống được mở lại kỳ đánh giá đã công bố", secretariat.Message);
        var move = await World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Admin, new ReopenPeriod(Period, "Sai sót tiêu chí 1.3")));

        Assert.Equal([World.Group], move.Withdrawn);
        Assert.Equal(["A", "B", "C", "D"], move.Changed.Select(c => c.UnitCode));
        var states = await States();
        Assert.Equal((SubmissionState.NotSubmitted, true), states["C"]);
        Assert.Equal(SubmissionState.Appraised, states["A"].State);
        Assert.Empty(await World.Run(db => db.Publications.ToListAsync()));
        var reopen = (await World.Run(db => new GetPeriodHistoryHandler(db).HandleAsync(World.Council, new GetPeriodHistory(Period))))[0];
        Assert.Equal((StageChangeKind.Reopen, PeriodState.Published, PeriodState.Finalisation, "Sai sót tiêu chí 1.3"), (reopen.Kind, reopen.From, reopen.To, reopen.Reason));
        Assert.Equal([World.Group], reopen.Withdrawn);
        Assert.Contains(await World.Run(db => db.Audit.ToListAsync()), a => a.Action == "publication.withdraw" && a.OldValue == sha);

        // Published again, the same figures.
        var again = (await World.ChecklistAsync())!;
        await World.Run(db => new PublishResultsHandler(db, World.Clock).HandleAsync(World.Council, new PublishResults(Period, again.Fingerprint)));
        var results = await World.Run(db => new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(Period, World.Group)));
        Assert.Equal(["D", "A", "B"], results.Results.Units.Select(u => u.Unit.Code));
        Assert.Equal("C", Assert.Single(results.Excluded).Code);
    }
}

public sealed class StageChangeTestsOnSqlite() : StageChangeTests(DatabaseProvider.Sqlite);

public sealed class StageChangeTestsOnPostgres() : StageChangeTests(DatabaseProvider.Postgres);
