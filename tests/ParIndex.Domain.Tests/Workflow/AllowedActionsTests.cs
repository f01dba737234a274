using ParIndex.Domain.Workflow;
using static ParIndex.Domain.Tests.Workflow.Cycle;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class AllowedActionsTests
{
    [Fact]
    public void A_unit_lead_may_save_and_submit_a_complete_draft() =>
        Assert.Equal([SubmissionAction.SaveScore, SubmissionAction.Submit],
            SubmissionWorkflow.Allowed(SubmissionState.Draft, In(PeriodState.SelfAssessment, Role.UnitLead)));

    [Fact]
    public void An_incomplete_draft_may_only_be_saved() =>
        Assert.Equal([SubmissionAction.SaveScore],
            SubmissionWorkflow.Allowed(SubmissionState.Draft, In(PeriodState.SelfAssessment, Role.UnitLead) with { Completeness = new(["1.1"], []) }));

    [Fact]
    public void An_editor_may_only_save() =>
        Assert.Equal([SubmissionAction.SaveScore],
            SubmissionWorkflow.Allowed(SubmissionState.Draft, In(PeriodState.SelfAssessment, Role.UnitEditor)));

    [Fact]
    public void Nothing_is_offered_to_a_unit_after_its_deadline() =>
        Assert.Empty(SubmissionWorkflow.Allowed(SubmissionState.Draft, In(PeriodState.SelfAssessment, Role.UnitLead) with { Now = At(3, 31, 17) }));

    [Fact]
    public void The_secretariat_is_offered_return_before_it_has_written_a_reason() =>
        Assert.Equal([SubmissionAction.Return, SubmissionAction.CompleteAppraisal],
            SubmissionWorkflow.Allowed(SubmissionState.Submitted, In(PeriodState.Appraisal, Role.Secretariat) with { Reason = null }));

    [Fact]
    public void During_self_assessment_a_submission_can_only_be_returned() =>
        Assert.Equal([SubmissionAction.Return],
            SubmissionWorkflow.Allowed(SubmissionState.Submitted, In(PeriodState.SelfAssessment, Role.Secretariat)));

    [Fact]
    public void An_appraised_unit_may_appeal_during_appeals() =>
        Assert.Equal([SubmissionAction.SubmitAppeal],
            SubmissionWorkflow.Allowed(SubmissionState.Appraised, In(PeriodState.Appeals, Role.UnitLead)));

    [Fact]
    public void The_council_may_finalise_once_appeals_are_decided()
    {
        var context = In(PeriodState.Finalisation, Role.Council);
        Assert.Equal([SubmissionAction.Finalise], SubmissionWorkflow.Allowed(SubmissionState.AppealSubmitted, context));
        Assert.Empty(SubmissionWorkflow.Allowed(SubmissionState.AppealSubmitted, context with { AllAppealsDecided = false }));
    }

    [Fact]
    public void A_final_submission_offers_nothing_even_to_an_admin() =>
        Assert.Empty(SubmissionWorkflow.Allowed(SubmissionState.Final, In(PeriodState.Published, Role.Admin)));
}
