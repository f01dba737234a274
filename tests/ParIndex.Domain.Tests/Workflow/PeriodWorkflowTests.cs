using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class PeriodWorkflowTests
{
    [Theory]
    [InlineData(PeriodState.Draft, PeriodState.SelfAssessment)]
    [InlineData(PeriodState.SelfAssessment, PeriodState.Appraisal)]
    [InlineData(PeriodState.Appraisal, PeriodState.Appeals)]
    [InlineData(PeriodState.Appeals, PeriodState.Finalisation)]
    [InlineData(PeriodState.Finalisation, PeriodState.Published)]
    public void Advancing_goes_one_stage_forward(PeriodState from, PeriodState to) =>
        Assert.Equal(to, PeriodWorkflow.Advance(from));

    [Fact]
    public void A_published_period_cannot_advance()
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.Advance(PeriodState.Published));
        Assert.Equal(
            "Không thể chuyển kỳ đánh giá sang giai đoạn tiếp theo: kỳ đang ở giai đoạn “Đã công bố”, là giai đoạn cuối / " +
            "Cannot advance the period: it is “Published”, the last stage",
            e.InBoth());
    }

    [Theory]
    [InlineData(PeriodState.Published, PeriodState.Finalisation, Role.Admin)]
    [InlineData(PeriodState.Finalisation, PeriodState.Appeals, Role.Secretariat)]
    [InlineData(PeriodState.Appeals, PeriodState.Appraisal, Role.Secretariat)]
    [InlineData(PeriodState.Appraisal, PeriodState.SelfAssessment, Role.Admin)]
    [InlineData(PeriodState.SelfAssessment, PeriodState.Draft, Role.Secretariat)]
    public void A_period_steps_back_one_stage_with_a_reason(PeriodState from, PeriodState to, Role role) =>
        Assert.Equal(to, PeriodWorkflow.StepBack(from, role, "Sai sót khi tổng hợp điểm tiêu chí 3.2"));

    [Fact]
    public void Only_an_admin_may_reopen_a_published_period()
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.StepBack(PeriodState.Published, Role.Secretariat, "Sai sót"));
        Assert.Equal(
            "Không thể mở lại kỳ đánh giá đang ở giai đoạn “Đã công bố”: chỉ quản trị hệ thống được mở lại kỳ đánh giá đã công bố / " +
            "Cannot reopen the period in “Published”: only an administrator may reopen a published period",
            e.InBoth());
    }

    [Theory]
    [InlineData(Role.Council)]
    [InlineData(Role.Appraiser)]
    [InlineData(Role.UnitLead)]
    public void Only_the_secretariat_or_an_admin_may_step_a_running_period_back(Role role)
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.StepBack(PeriodState.Appraisal, role, "Sai sót"));
        Assert.Contains("chỉ cơ quan thường trực hoặc quản trị hệ thống được lùi giai đoạn", e.InBoth());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Stepping_back_needs_a_reason(string? reason)
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.StepBack(PeriodState.Published, Role.Admin, reason));
        Assert.Contains("phải nêu lý do", e.InBoth());
        Assert.Contains("a reason is required", e.InBoth());
    }

    [Fact]
    public void A_draft_period_has_no_stage_to_go_back_to()
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.StepBack(PeriodState.Draft, Role.Admin, "Sai sót"));
        Assert.Contains("không có giai đoạn nào trước đó", e.InBoth());
        Assert.Contains("there is no earlier stage", e.InBoth());
    }

    [Fact]
    public void Every_reason_for_refusing_a_step_back_is_named_at_once()
    {
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.StepBack(PeriodState.Appeals, Role.Council, null));
        Assert.Equal(
            "Không thể lùi kỳ đánh giá đang ở giai đoạn “Giải trình”: chỉ cơ quan thường trực hoặc quản trị hệ thống được lùi giai đoạn; phải nêu lý do / " +
            "Cannot step back the period in “Appeals”: only the secretariat or an administrator may step a period back; a reason is required",
            e.InBoth());
    }

    [Theory]
    //          stage                        self-assessment returns appraisal appeals finalisation
    [InlineData(PeriodState.Draft,           false, false, false, false, false)]
    [InlineData(PeriodState.SelfAssessment,  true,  true,  false, false, false)]
    [InlineData(PeriodState.Appraisal,       false, true,  true,  false, false)]
    [InlineData(PeriodState.Appeals,         false, false, false, true,  false)]
    [InlineData(PeriodState.Finalisation,    false, false, false, false, true)]
    [InlineData(PeriodState.Published,       false, false, false, false, false)]
    public void Each_stage_accepts_its_own_work(PeriodState stage, bool selfAssessment, bool returns, bool appraisal, bool appeals, bool finalisation)
    {
        Assert.Equal(selfAssessment, PeriodWorkflow.AcceptsSelfAssessment(stage));
        Assert.Equal(returns, PeriodWorkflow.AcceptsReturns(stage));
        Assert.Equal(appraisal, PeriodWorkflow.AcceptsAppraisal(stage));
        Assert.Equal(appeals, PeriodWorkflow.AcceptsAppeals(stage));
        Assert.Equal(finalisation, PeriodWorkflow.AcceptsFinalisation(stage));
    }

    [Theory]
    //          stage                        extensions assignments
    [InlineData(PeriodState.Draft,           true,  true)]
    [InlineData(PeriodState.SelfAssessment,  true,  true)]
    [InlineData(PeriodState.Appraisal,       false, true)]
    [InlineData(PeriodState.Appeals,         false, true)]
    [InlineData(PeriodState.Finalisation,    false, false)]
    [InlineData(PeriodState.Published,       false, false)]
    public void Extensions_end_with_self_assessment_and_assignments_with_appeals(PeriodState stage, bool extensions, bool assignments)
    {
        Assert.Equal(extensions, PeriodWorkflow.AcceptsExtensions(stage));
        Assert.Equal(assignments, PeriodWorkflow.AcceptsAssignments(stage));
    }

    [Fact]
    public void Work_the_stage_does_not_accept_is_refused_naming_the_stage()
    {
        PeriodWorkflow.Require(true, PeriodState.Published, "gia hạn", "extend a deadline");
        var e = Assert.Throws<WorkflowException>(() => PeriodWorkflow.Require(false, PeriodState.Published, "gia hạn", "extend a deadline"));
        Assert.Equal("Không thể gia hạn khi kỳ đánh giá đang ở giai đoạn “Đã công bố” / Cannot extend a deadline while the period is in “Published”", e.InBoth());
    }
}
