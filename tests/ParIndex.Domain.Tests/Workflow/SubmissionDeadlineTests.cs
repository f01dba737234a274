using ParIndex.Domain.Workflow;
using static ParIndex.Domain.Tests.Workflow.Cycle;

namespace ParIndex.Domain.Tests.Workflow;

/// <summary>Deadlines are exclusive: one tick before is in time, the deadline instant itself is late.</summary>
public sealed class SubmissionDeadlineTests
{
    private static readonly DateTimeOffset SelfAssessmentCloses = At(3, 31, 17);

    private static WorkflowContext Unit(Role role, DateTimeOffset now, DateTimeOffset? extension = null) =>
        In(PeriodState.SelfAssessment, role) with { Now = now, Extension = extension };

    [Theory]
    [InlineData(SubmissionAction.SaveScore, SubmissionState.Draft)]
    [InlineData(SubmissionAction.Submit, SubmissionState.Submitted)]
    public void One_tick_before_the_deadline_is_in_time(SubmissionAction action, SubmissionState to) =>
        Assert.Equal(to, SubmissionWorkflow.Apply(SubmissionState.Draft, action, Unit(Role.UnitLead, SelfAssessmentCloses.AddTicks(-1))));

    [Theory]
    [InlineData(SubmissionAction.SaveScore, "lưu điểm")]
    [InlineData(SubmissionAction.Submit, "nộp hồ sơ")]
    public void Exactly_at_the_deadline_is_late(SubmissionAction action, string actionVi)
    {
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Draft, action, Unit(Role.UnitLead, SelfAssessmentCloses)));
        Assert.StartsWith($"Không thể {actionVi} khi hồ sơ ở trạng thái “Đang soạn”: đã quá hạn 31/03/2025 17:00 / ", e.InBoth());
        Assert.EndsWith(": the deadline 31/03/2025 17:00 has passed", e.InBoth());
    }

    [Fact]
    public void The_same_instant_in_another_offset_is_also_late()
    {
        var utc = new DateTimeOffset(2025, 3, 31, 10, 0, 0, TimeSpan.Zero);   // 17:00 in Vietnam
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.SaveScore, Unit(Role.UnitEditor, utc)));
        Assert.Contains("đã quá hạn 31/03/2025 17:00", e.InBoth());
    }

    [Fact]
    public void After_the_deadline_an_extension_keeps_the_unit_in_time()
    {
        var context = Unit(Role.UnitLead, At(4, 3, 9), extension: At(4, 7, 17));
        Assert.Equal(SubmissionState.Draft, SubmissionWorkflow.Apply(SubmissionState.ReturnedForRevision, SubmissionAction.SaveScore, context));
        Assert.Equal(SubmissionState.Submitted, SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.Submit, context));
    }

    [Fact]
    public void Exactly_at_the_extended_deadline_is_late()
    {
        var e = Assert.Throws<WorkflowException>(() =>
            SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.Submit, Unit(Role.UnitLead, At(4, 7, 17), extension: At(4, 7, 17))));
        Assert.Contains("đã quá hạn gia hạn 07/04/2025 17:00", e.InBoth());
        Assert.Contains("the extended deadline 07/04/2025 17:00 has passed", e.InBoth());
    }

    [Fact]
    public void An_extension_earlier_than_the_deadline_is_an_error_even_when_in_time()
    {
        var e = Assert.Throws<WorkflowException>(() =>
            SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.SaveScore, Unit(Role.UnitEditor, At(3, 15, 9), extension: At(3, 30, 17))));
        Assert.Equal(
            "Hạn gia hạn 30/03/2025 17:00 phải sau hạn nộp tự đánh giá 31/03/2025 17:00 / The extension 30/03/2025 17:00 must be later than the self-assessment deadline 31/03/2025 17:00",
            e.InBoth());
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void Appraisal_closes_exclusively(long ticks, bool inTime)
    {
        var context = In(PeriodState.Appraisal, Role.Appraiser) with { Now = At(4, 30, 17).AddTicks(ticks) };
        if (inTime)
            Assert.Equal(SubmissionState.Appraised, SubmissionWorkflow.Apply(SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, context));
        else
            Assert.Contains("đã quá hạn 30/04/2025 17:00",
                Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, context)).InBoth());
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void Appeals_close_exclusively(long ticks, bool inTime)
    {
        var context = In(PeriodState.Appeals, Role.UnitLead) with { Now = At(5, 15, 17).AddTicks(ticks) };
        if (inTime)
            Assert.Equal(SubmissionState.AppealSubmitted, SubmissionWorkflow.Apply(SubmissionState.Appraised, SubmissionAction.SubmitAppeal, context));
        else
            Assert.Contains("the deadline 15/05/2025 17:00 has passed",
                Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Appraised, SubmissionAction.SubmitAppeal, context)).InBoth());
    }

    [Fact]
    public void A_units_extension_does_not_move_the_appraisal_deadline()
    {
        var context = In(PeriodState.Appraisal, Role.Appraiser) with { Now = At(5, 2, 9), Extension = At(5, 10, 17) };
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Submitted, SubmissionAction.CompleteAppraisal, context));
        Assert.Contains("đã quá hạn 30/04/2025 17:00", e.InBoth());
    }

    [Fact]
    public void Finalising_after_the_target_date_is_still_allowed()
    {
        var context = In(PeriodState.Finalisation, Role.Council) with { Now = At(6, 10, 9) };
        Assert.Equal(SubmissionState.Final, SubmissionWorkflow.Apply(SubmissionState.Appraised, SubmissionAction.Finalise, context));
    }
}
