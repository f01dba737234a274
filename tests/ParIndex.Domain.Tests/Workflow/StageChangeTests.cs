using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class StageChangeTests
{
    private const NonSubmitterPolicy AsEntered = NonSubmitterPolicy.ScoreAsEntered;

    [Theory]
    //          to                           from                                   policy                              result
    [InlineData(PeriodState.SelfAssessment, SubmissionState.NotStarted,            AsEntered,                          SubmissionState.NotStarted)]
    [InlineData(PeriodState.Appraisal,      SubmissionState.NotStarted,            AsEntered,                          SubmissionState.Submitted)]
    [InlineData(PeriodState.Appraisal,      SubmissionState.Draft,                 NonSubmitterPolicy.ScoreZero,       SubmissionState.NotSubmitted)]
    [InlineData(PeriodState.Appraisal,      SubmissionState.Draft,                 NonSubmitterPolicy.Exclude,         SubmissionState.NotSubmitted)]
    [InlineData(PeriodState.Appraisal,      SubmissionState.ReturnedForRevision,   NonSubmitterPolicy.Exclude,         SubmissionState.Submitted)]
    [InlineData(PeriodState.Appraisal,      SubmissionState.Submitted,             AsEntered,                          SubmissionState.Submitted)]
    [InlineData(PeriodState.Appeals,        SubmissionState.Submitted,             AsEntered,                          SubmissionState.Appraised)]
    [InlineData(PeriodState.Appeals,        SubmissionState.ReturnedForRevision,   AsEntered,                          SubmissionState.Appraised)]
    [InlineData(PeriodState.Appeals,        SubmissionState.NotSubmitted,          NonSubmitterPolicy.ScoreZero,       SubmissionState.NotSubmitted)]
    [InlineData(PeriodState.Finalisation,   SubmissionState.AppealSubmitted,       AsEntered,                          SubmissionState.AppealSubmitted)]
    [InlineData(PeriodState.Published,      SubmissionState.AppealSubmitted,       AsEntered,                          SubmissionState.Final)]
    [InlineData(PeriodState.Published,      SubmissionState.NotSubmitted,          NonSubmitterPolicy.Exclude,         SubmissionState.Final)]
    [InlineData(PeriodState.Published,      SubmissionState.Draft,                 NonSubmitterPolicy.ScoreZero,       SubmissionState.Final)]
    public void A_move_forward_carries_what_the_new_stage_cannot_work_on(PeriodState to, SubmissionState from, NonSubmitterPolicy policy, SubmissionState result) =>
        Assert.Equal(result, StageChange.Carry(to, from, policy));

    [Theory]
    [InlineData(PeriodState.SelfAssessment, SubmissionState.Draft, false)]
    [InlineData(PeriodState.Appraisal, SubmissionState.Draft, true)]
    [InlineData(PeriodState.Appraisal, SubmissionState.NotStarted, true)]
    [InlineData(PeriodState.Appraisal, SubmissionState.ReturnedForRevision, false)]
    [InlineData(PeriodState.Appraisal, SubmissionState.Submitted, false)]
    public void Only_a_unit_that_never_submitted_misses_the_deadline(PeriodState to, SubmissionState state, bool missed) =>
        Assert.Equal(missed, StageChange.MissesDeadline(to, state));

    [Theory]
    //          from                       state                              missed policy                          result
    [InlineData(PeriodState.Published,    SubmissionState.Final,             false, NonSubmitterPolicy.Exclude,      SubmissionState.Appraised)]
    [InlineData(PeriodState.Published,    SubmissionState.Final,             true,  NonSubmitterPolicy.Exclude,      SubmissionState.NotSubmitted)]
    [InlineData(PeriodState.Published,    SubmissionState.Final,             true,  NonSubmitterPolicy.ScoreZero,    SubmissionState.NotSubmitted)]
    [InlineData(PeriodState.Published,    SubmissionState.Final,             true,  AsEntered,                       SubmissionState.Appraised)]
    [InlineData(PeriodState.Finalisation, SubmissionState.Appraised,         false, AsEntered,                       SubmissionState.Appraised)]
    [InlineData(PeriodState.Appeals,      SubmissionState.Appraised,         false, AsEntered,                       SubmissionState.Submitted)]
    [InlineData(PeriodState.Appeals,      SubmissionState.AppealSubmitted,   false, AsEntered,                       SubmissionState.AppealSubmitted)]
    [InlineData(PeriodState.Appraisal,    SubmissionState.Submitted,         true,  AsEntered,                       SubmissionState.Draft)]
    [InlineData(PeriodState.Appraisal,    SubmissionState.NotSubmitted,      true,  NonSubmitterPolicy.Exclude,      SubmissionState.Draft)]
    [InlineData(PeriodState.Appraisal,    SubmissionState.Submitted,         false, AsEntered,                       SubmissionState.Submitted)]
    public void A_step_back_undoes_what_the_move_forward_did(PeriodState from, SubmissionState state, bool missed, NonSubmitterPolicy policy, SubmissionState result) =>
        Assert.Equal(result, StageChange.StepBack(from, state, missed, policy));

    [Theory]
    [InlineData(PeriodState.SelfAssessment, SubmissionState.NotStarted, null)]
    [InlineData(PeriodState.Appraisal, SubmissionState.NotStarted, OpenItemKind.NotSubmitted)]
    [InlineData(PeriodState.Appraisal, SubmissionState.ReturnedForRevision, OpenItemKind.ReturnedNotResubmitted)]
    [InlineData(PeriodState.Appraisal, SubmissionState.Submitted, null)]
    [InlineData(PeriodState.Appeals, SubmissionState.Submitted, OpenItemKind.AppraisalNotCompleted)]
    [InlineData(PeriodState.Appeals, SubmissionState.NotSubmitted, null)]
    [InlineData(PeriodState.Published, SubmissionState.NotSubmitted, OpenItemKind.NotSubmitted)]
    [InlineData(PeriodState.Published, SubmissionState.Appraised, null)]
    public void Each_open_item_is_named_for_the_move_that_would_carry_it(PeriodState to, SubmissionState state, OpenItemKind? item) =>
        Assert.Equal(item, StageChange.OpenItem(to, state));

    [Theory]
    [InlineData(PeriodState.Appraisal, false, false)]
    [InlineData(PeriodState.Appeals, true, true)]
    [InlineData(PeriodState.Finalisation, false, true)]
    [InlineData(PeriodState.Published, true, true)]
    public void Survey_points_are_named_when_appraisal_ends_and_at_publication_and_appeals_from_their_stage_on(PeriodState to, bool survey, bool appeals)
    {
        Assert.Equal(survey, StageChange.SurveyMatters(to));
        Assert.Equal(appeals, StageChange.AppealsMatter(to));
    }

    [Fact]
    public void Only_an_undecided_appeal_at_publication_blocks_a_confirmed_move()
    {
        Assert.True(StageChange.Blocks(OpenItemKind.AppealNotDecided, PeriodState.Published));
        Assert.False(StageChange.Blocks(OpenItemKind.AppealNotDecided, PeriodState.Finalisation));
        Assert.All(Enum.GetValues<OpenItemKind>().Where(k => k != OpenItemKind.AppealNotDecided),
            k => Assert.False(StageChange.Blocks(k, PeriodState.Published)));
    }

    [Fact]
    public void The_checklist_says_what_the_setting_does_to_units_that_never_submit()
    {
        Assert.Equal(("18 đơn vị chưa nộp hồ sơ", "18 units have not submitted"), OpenItemText.Title(OpenItemKind.NotSubmitted, 18, PeriodState.Appraisal));
        Assert.Equal(("1 đơn vị không nộp hồ sơ", "1 unit did not submit"), OpenItemText.Title(OpenItemKind.NotSubmitted, 1, PeriodState.Published));
        Assert.StartsWith("sẽ được chấm theo những gì đã nhập", OpenItemText.Effect(OpenItemKind.NotSubmitted, PeriodState.Appraisal, AsEntered).Vi);
        Assert.StartsWith("sẽ bị ghi nhận là không nộp và chấm 0 điểm", OpenItemText.Effect(OpenItemKind.NotSubmitted, PeriodState.Appraisal, NonSubmitterPolicy.ScoreZero).Vi);
        Assert.StartsWith("sẽ không được xếp hạng", OpenItemText.Effect(OpenItemKind.NotSubmitted, PeriodState.Published, NonSubmitterPolicy.Exclude).Vi);
    }
}
