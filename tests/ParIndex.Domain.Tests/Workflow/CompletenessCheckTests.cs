using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Workflow;
using static ParIndex.Domain.Tests.Build;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class CompletenessCheckTests
{
    private static readonly EvidenceRequirement Required = new(true, "Quyết định ban hành kế hoạch");

    // Leaf ordinals: 0 = 1.1 (evidence), 1 = 1.2 (evidence not required), 2 = 1.3 (evidence), 3 = 2.1 (evidence), 4 = 2.2 (survey).
    private static readonly CompiledFramework Framework = Compile(
        Node("1",
            Manual("1.1", 2) with { Evidence = Required },
            Manual("1.2", 1) with { Evidence = new(false, "Báo cáo") },
            Leaf("1.3", 1, new PassFailRule()) with { Evidence = Required }),
        Node("2",
            Manual("2.1", 2) with { Evidence = Required },
            Leaf("2.2", 4, new SurveyRule("SIPAS", SurveyMode.Proportional)) with { Evidence = Required }));

    private static readonly LeafInput[] AllAnswered =
        [LeafInput.Points(2), LeafInput.Points(1), LeafInput.Pass(true), LeafInput.Points(1.5m), LeafInput.Missing];

    private static Completeness Check(LeafInput[] inputs, Func<int, bool> hasEvidence, Func<int, bool>? hasExplanation = null) =>
        CompletenessCheck.Check(Framework, inputs, hasEvidence, hasExplanation ?? (_ => false));

    [Fact]
    public void Everything_answered_with_evidence_is_complete()
    {
        var c = Check(AllAnswered, _ => true);
        Assert.Empty(c.Unanswered);
        Assert.Empty(c.MissingEvidence);
        Assert.True(c.IsComplete);
    }

    [Fact]
    public void Missing_inputs_are_listed_in_framework_order()
    {
        LeafInput[] inputs = [LeafInput.Points(2), LeafInput.Missing, LeafInput.Pass(false), LeafInput.Missing, LeafInput.Missing];
        var c = Check(inputs, _ => true);
        Assert.Equal(["1.2", "2.1"], c.Unanswered);
        Assert.Empty(c.MissingEvidence);
        Assert.False(c.IsComplete);
    }

    [Fact]
    public void Not_applicable_is_an_answer_and_needs_no_evidence()
    {
        LeafInput[] inputs = [LeafInput.NotApplicable, LeafInput.Points(1), LeafInput.Pass(true), LeafInput.Points(2), LeafInput.Missing];
        var c = Check(inputs, leaf => leaf != 0);
        Assert.True(c.IsComplete);
    }

    [Fact]
    public void Required_evidence_may_be_replaced_by_an_explanation()
    {
        // 1.1 has neither; 1.2 needs none; 1.3 has evidence; 2.1 has an explanation; 2.2 is the survey's.
        var c = Check(AllAnswered, leaf => leaf == 2, leaf => leaf == 3);
        Assert.Empty(c.Unanswered);
        Assert.Equal(["1.1"], c.MissingEvidence);
    }

    [Fact]
    public void Without_any_evidence_or_explanation_every_required_leaf_is_listed() =>
        Assert.Equal(["1.1", "1.3", "2.1"], Check(AllAnswered, _ => false).MissingEvidence);

    [Fact]
    public void An_unanswered_leaf_that_requires_evidence_is_listed_twice()
    {
        LeafInput[] inputs = [LeafInput.Missing, LeafInput.Points(1), LeafInput.Pass(true), LeafInput.Points(2), LeafInput.Missing];
        var c = Check(inputs, leaf => leaf != 0);
        Assert.Equal(["1.1"], c.Unanswered);
        Assert.Equal(["1.1"], c.MissingEvidence);
    }

    [Fact]
    public void Survey_leaves_are_never_the_units_to_answer()
    {
        // 2.2 is missing and has no evidence, yet it comes from the survey.
        var c = Check(AllAnswered, leaf => leaf != 4);
        Assert.True(c.IsComplete);
    }

    [Fact]
    public void The_inputs_must_cover_every_leaf() =>
        Assert.Throws<ArgumentException>(() => Check([LeafInput.Points(2)], _ => true));

    [Fact]
    public void An_incomplete_check_stops_the_submission_and_names_the_codes()
    {
        LeafInput[] inputs = [LeafInput.Missing, LeafInput.Points(1), LeafInput.Pass(true), LeafInput.Points(2), LeafInput.Missing];
        var context = Cycle.In(PeriodState.SelfAssessment, Role.UnitLead) with { Completeness = Check(inputs, leaf => leaf == 2) };
        var e = Assert.Throws<WorkflowException>(() => SubmissionWorkflow.Apply(SubmissionState.Draft, SubmissionAction.Submit, context));
        Assert.Contains("hồ sơ chưa đầy đủ (chưa chấm 1.1; thiếu tài liệu kiểm chứng hoặc giải trình 1.1, 2.1)", e.InBoth());
        Assert.Contains("it is incomplete (unanswered 1.1; missing evidence or explanation 1.1, 2.1)", e.InBoth());
    }
}
