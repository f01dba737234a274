using ParIndex.Domain.Workflow;
using static ParIndex.Domain.Tests.Workflow.Cycle;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class SubmissionWorkflowTests
{
    public static TheoryData<SubmissionState, SubmissionAction, Role, PeriodState, SubmissionState> LegalTransitions => new()
    {
        { SubmissionState.NotStarted, SubmissionAction.SaveScore, Role.UnitEditor, PeriodState.SelfAssessment, SubmissionState.Draft },
        { SubmissionState.NotStarted, SubmissionAction.SaveScore, Role.UnitLead, PeriodState.SelfAssessment, SubmissionState.Draft },
        { SubmissionState.Draft, SubmissionAction.SaveScore, Role.UnitEditor, PeriodState.SelfAssessment, SubmissionState.Draft },
        { SubmissionState.Draft, SubmissionAction.SaveScore, Role.UnitLead, PeriodState.SelfAssessment, SubmissionState.Draft },
        { SubmissionState.ReturnedForRevision, SubmissionAction.SaveScore, Role.UnitEditor, PeriodState.SelfAssessment, SubmissionState.Draft },
        { SubmissionState.Draft, SubmissionAction.Submit, Role.UnitLead, PeriodState.SelfAssessment, SubmissionState.Submitted },
        { SubmissionState.ReturnedForRevision, SubmissionAction.Submit, Role.UnitLead, PeriodState.SelfAssessment, SubmissionState.Submitted },
        { SubmissionState.Submitted, SubmissionAction.Return, Role.Secretariat, PeriodState.SelfAssessment, SubmissionState.ReturnedForRevision },
        { SubmissionState.Submitted, SubmissionAction.Return, Role.Secretariat, PeriodState.Appraisal, SubmissionState.ReturnedForRevision },
        { SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, Role.Appraiser, PeriodState.Appraisal, SubmissionState.Appraised },
        { SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, Role.Secretariat, PeriodState.Appraisal, SubmissionState.Appraised },
        { SubmissionState.Appraised, SubmissionAction.SubmitAppeal, Role.UnitLead, PeriodState.Appeals, SubmissionState.AppealSubmitted },
        { SubmissionState.Appraised, SubmissionAction.Finalise, Role.Secretariat, PeriodState.Finalisation, SubmissionState.Final },
        { SubmissionState.Appraised, SubmissionAction.Finalise, Role.Council, PeriodState.Finalisation, SubmissionState.Final },
        { SubmissionState.AppealSubmitted, SubmissionAction.Finalise, Role.Secretariat, PeriodState.Finalisation, SubmissionState.Final },
        { SubmissionState.AppealSubmitted, SubmissionAction.Finalise, Role.Council, PeriodState.Finalisation, SubmissionState.Final },
        { SubmissionState.NotSubmitted, SubmissionAction.Finalise, Role.Council, PeriodState.Finalisation, SubmissionState.Final },
    };

    [Theory]
    [MemberData(nameof(LegalTransitions))]
    public void Every_legal_transition_is_applied(SubmissionState from, SubmissionAction action, Role role, PeriodState period, SubmissionState to) =>
        Assert.Equal(to, SubmissionWorkflow.Apply(from, action, In(period, role)));

    /// <summary>Illegal steps, each with the reason the message must give in Vietnamese and in English.</summary>
    public static TheoryData<string, SubmissionState, SubmissionAction, WorkflowContext, string, string> IllegalTransitions => new()
    {
        {
            "a viewer saves", SubmissionState.Draft, SubmissionAction.SaveScore, In(PeriodState.SelfAssessment, Role.Viewer),
            "vai trò “Người xem” không được phép, cần “Cán bộ nhập liệu của đơn vị” hoặc “Lãnh đạo đơn vị”",
            "the role “Viewer” may not do this, it needs “Unit editor” or “Unit lead”"
        },
        {
            "an administrator saves", SubmissionState.Draft, SubmissionAction.SaveScore, In(PeriodState.SelfAssessment, Role.Admin),
            "vai trò “Quản trị hệ thống” không được phép", "the role “Administrator” may not do this"
        },
        {
            "an editor submits", SubmissionState.Draft, SubmissionAction.Submit, In(PeriodState.SelfAssessment, Role.UnitEditor),
            "vai trò “Cán bộ nhập liệu của đơn vị” không được phép, cần “Lãnh đạo đơn vị”",
            "the role “Unit editor” may not do this, it needs “Unit lead”"
        },
        {
            "saving during appraisal", SubmissionState.Draft, SubmissionAction.SaveScore, In(PeriodState.Appraisal, Role.UnitEditor),
            "kỳ đánh giá đang ở giai đoạn “Thẩm định”, cần giai đoạn “Tự đánh giá”; đã quá hạn 31/03/2025 17:00",
            "the period is in “Appraisal”, this needs “Self-assessment”; the deadline 31/03/2025 17:00 has passed"
        },
        {
            "saving before the period opens", SubmissionState.NotStarted, SubmissionAction.SaveScore, In(PeriodState.Draft, Role.UnitEditor),
            "kỳ đánh giá đang ở giai đoạn “Chuẩn bị”, cần giai đoạn “Tự đánh giá”",
            "the period is in “Draft”, this needs “Self-assessment”"
        },
        {
            "submitting twice", SubmissionState.Submitted, SubmissionAction.Submit, In(PeriodState.SelfAssessment, Role.UnitLead),
            "Không thể nộp hồ sơ khi hồ sơ ở trạng thái “Đã nộp”: chỉ thực hiện được khi hồ sơ ở trạng thái “Đang soạn” hoặc “Bị trả lại để chỉnh sửa”",
            "Cannot submit while the submission is “Submitted”: only possible from “Draft” or “Returned for revision”"
        },
        {
            "submitting before any score", SubmissionState.NotStarted, SubmissionAction.Submit, In(PeriodState.SelfAssessment, Role.UnitLead),
            "trạng thái “Chưa bắt đầu”: chỉ thực hiện được khi hồ sơ ở trạng thái “Đang soạn” hoặc “Bị trả lại để chỉnh sửa”",
            "is “Not started”: only possible from “Draft” or “Returned for revision”"
        },
        {
            "submitting an incomplete self-assessment", SubmissionState.Draft, SubmissionAction.Submit,
            In(PeriodState.SelfAssessment, Role.UnitLead) with { Completeness = new(["1.2", "3.4"], ["2.1"]) },
            "hồ sơ chưa đầy đủ (chưa chấm 1.2, 3.4; thiếu tài liệu kiểm chứng hoặc giải trình 2.1)",
            "it is incomplete (unanswered 1.2, 3.4; missing evidence or explanation 2.1)"
        },
        {
            "submitting without a completeness check", SubmissionState.Draft, SubmissionAction.Submit,
            In(PeriodState.SelfAssessment, Role.UnitLead) with { Completeness = null },
            "chưa kiểm tra tính đầy đủ của hồ sơ", "its completeness has not been checked"
        },
        {
            "an appraiser returns", SubmissionState.Submitted, SubmissionAction.Return, In(PeriodState.Appraisal, Role.Appraiser),
            "vai trò “Thành viên thẩm định” không được phép, cần “Cơ quan thường trực”",
            "the role “Appraiser” may not do this, it needs “Secretariat”"
        },
        {
            "returning during appeals", SubmissionState.Submitted, SubmissionAction.Return, In(PeriodState.Appeals, Role.Secretariat),
            "kỳ đánh giá đang ở giai đoạn “Giải trình”, cần giai đoạn “Tự đánh giá” hoặc “Thẩm định”",
            "the period is in “Appeals”, this needs “Self-assessment” or “Appraisal”"
        },
        {
            "returning a draft", SubmissionState.Draft, SubmissionAction.Return, In(PeriodState.SelfAssessment, Role.Secretariat),
            "Không thể trả lại hồ sơ khi hồ sơ ở trạng thái “Đang soạn”: chỉ thực hiện được khi hồ sơ ở trạng thái “Đã nộp”",
            "Cannot return for revision while the submission is “Draft”: only possible from “Submitted”"
        },
        {
            "the unit appraises itself", SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, In(PeriodState.Appraisal, Role.UnitLead),
            "vai trò “Lãnh đạo đơn vị” không được phép, cần “Thành viên thẩm định” hoặc “Cơ quan thường trực”",
            "the role “Unit lead” may not do this, it needs “Appraiser” or “Secretariat”"
        },
        {
            "appraising during self-assessment", SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, In(PeriodState.SelfAssessment, Role.Appraiser),
            "kỳ đánh giá đang ở giai đoạn “Tự đánh giá”, cần giai đoạn “Thẩm định”",
            "the period is in “Self-assessment”, this needs “Appraisal”"
        },
        {
            "appraising a draft", SubmissionState.Draft, SubmissionAction.CompleteAppraisal, In(PeriodState.Appraisal, Role.Appraiser),
            "chỉ thực hiện được khi hồ sơ ở trạng thái “Đã nộp”", "only possible from “Submitted”"
        },
        {
            "an editor appeals", SubmissionState.Appraised, SubmissionAction.SubmitAppeal, In(PeriodState.Appeals, Role.UnitEditor),
            "cần “Lãnh đạo đơn vị”", "it needs “Unit lead”"
        },
        {
            "appealing twice", SubmissionState.AppealSubmitted, SubmissionAction.SubmitAppeal, In(PeriodState.Appeals, Role.UnitLead),
            "Không thể gửi giải trình khi hồ sơ ở trạng thái “Đã gửi giải trình”: chỉ thực hiện được khi hồ sơ ở trạng thái “Đã thẩm định”",
            "Cannot submit an appeal while the submission is “Appeal submitted”: only possible from “Appraised”"
        },
        {
            "appealing during finalisation", SubmissionState.Appraised, SubmissionAction.SubmitAppeal, In(PeriodState.Finalisation, Role.UnitLead),
            "kỳ đánh giá đang ở giai đoạn “Tổng hợp, chốt kết quả”, cần giai đoạn “Giải trình”; đã quá hạn 15/05/2025 17:00",
            "the period is in “Finalisation”, this needs “Appeals”; the deadline 15/05/2025 17:00 has passed"
        },
        {
            "finalising with an undecided appeal", SubmissionState.AppealSubmitted, SubmissionAction.Finalise,
            In(PeriodState.Finalisation, Role.Council) with { AllAppealsDecided = false },
            "còn giải trình chưa được quyết định", "some appeals are not decided yet"
        },
        {
            "an appraiser finalises", SubmissionState.Appraised, SubmissionAction.Finalise, In(PeriodState.Finalisation, Role.Appraiser),
            "cần “Cơ quan thường trực” hoặc “Hội đồng thẩm định”", "it needs “Secretariat” or “Appraisal council”"
        },
        {
            "finalising during appeals", SubmissionState.Appraised, SubmissionAction.Finalise, In(PeriodState.Appeals, Role.Council),
            "kỳ đánh giá đang ở giai đoạn “Giải trình”, cần giai đoạn “Tổng hợp, chốt kết quả”",
            "the period is in “Appeals”, this needs “Finalisation”"
        },
        {
            "finalising a submission never appraised", SubmissionState.Submitted, SubmissionAction.Finalise, In(PeriodState.Finalisation, Role.Council),
            "chỉ thực hiện được khi hồ sơ ở trạng thái “Đã thẩm định”, “Đã gửi giải trình” hoặc “Không nộp”",
            "only possible from “Appraised”, “Appeal submitted” or “Not submitted”"
        },
        {
            "editing a final result", SubmissionState.Final, SubmissionAction.SaveScore, In(PeriodState.Published, Role.UnitLead),
            "Không thể lưu điểm khi hồ sơ ở trạng thái “Đã chốt kết quả”: chỉ thực hiện được khi hồ sơ ở trạng thái “Chưa bắt đầu”, “Đang soạn” hoặc “Bị trả lại để chỉnh sửa”",
            "Cannot save a score while the submission is “Final”: only possible from “Not started”, “Draft” or “Returned for revision”"
        },
    };

    [Theory]
    [MemberData(nameof(IllegalTransitions))]
    public void Illegal_transitions_fail_with_the_reason(string situation, SubmissionState from, SubmissionAction action, WorkflowContext context, string vi, string en)
    {
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(from, action, context));
        Assert.True(e.InBoth().Contains(vi, StringComparison.Ordinal), $"{situation}: «{e.InBoth()}» lacks «{vi}»");
        Assert.True(e.InBoth().Contains(en, StringComparison.Ordinal), $"{situation}: «{e.InBoth()}» lacks «{en}»");
    }

    [Fact]
    public void The_message_names_the_state_the_action_and_every_reason_Vietnamese_first()
    {
        var e = Assert.Throws<WorkflowException>(() =>
            SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.Submit, In(PeriodState.Appraisal, Role.UnitEditor)));
        Assert.Equal(
            "Không thể nộp hồ sơ khi hồ sơ ở trạng thái “Đang soạn”: vai trò “Cán bộ nhập liệu của đơn vị” không được phép, cần “Lãnh đạo đơn vị”; " +
            "kỳ đánh giá đang ở giai đoạn “Thẩm định”, cần giai đoạn “Tự đánh giá”; đã quá hạn 31/03/2025 17:00 / " +
            "Cannot submit while the submission is “Draft”: the role “Unit editor” may not do this, it needs “Unit lead”; " +
            "the period is in “Appraisal”, this needs “Self-assessment”; the deadline 31/03/2025 17:00 has passed",
            e.InBoth());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Returning_needs_a_reason(string? reason)
    {
        var context = In(PeriodState.Appraisal, Role.Secretariat) with { Reason = reason };
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Submitted, SubmissionAction.Return, context));
        Assert.Equal(
            "Không thể trả lại hồ sơ khi hồ sơ ở trạng thái “Đã nộp”: phải nêu lý do trả lại / " +
            "Cannot return for revision while the submission is “Submitted”: a reason for returning it is required",
            e.InBoth());
    }

    [Fact]
    public void A_full_cycle_with_a_return_and_an_appeal_ends_final()
    {
        var state = SubmissionState.NotStarted;
        state = SubmissionWorkflow.Apply(state, SubmissionAction.SaveScore, In(PeriodState.SelfAssessment, Role.UnitEditor));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.Submit, In(PeriodState.SelfAssessment, Role.UnitLead));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.Return, In(PeriodState.SelfAssessment, Role.Secretariat));
        Assert.Equal(SubmissionState.ReturnedForRevision, state);
        state = SubmissionWorkflow.Apply(state, SubmissionAction.SaveScore, In(PeriodState.SelfAssessment, Role.UnitEditor));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.Submit, In(PeriodState.SelfAssessment, Role.UnitLead));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.CompleteAppraisal, In(PeriodState.Appraisal, Role.Appraiser));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.SubmitAppeal, In(PeriodState.Appeals, Role.UnitLead));
        state = SubmissionWorkflow.Apply(state, SubmissionAction.Finalise, In(PeriodState.Finalisation, Role.Council));
        Assert.Equal(SubmissionState.Final, state);
    }
}
