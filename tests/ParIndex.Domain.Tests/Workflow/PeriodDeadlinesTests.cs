using ParIndex.Domain.Workflow;
using static ParIndex.Domain.Tests.Workflow.Cycle;

namespace ParIndex.Domain.Tests.Workflow;

public sealed class PeriodDeadlinesTests
{
    [Fact]
    public void Increasing_dates_make_a_period()
    {
        var d = new PeriodDeadlines(At(3, 1, 8), At(3, 31, 17), At(4, 30, 17), At(5, 15, 17), At(5, 31, 17));
        Assert.Equal(At(3, 1, 8), d.SelfAssessmentOpens);
        Assert.Equal(At(3, 31, 17), d.SelfAssessmentCloses);
        Assert.Equal(At(4, 30, 17), d.AppraisalCloses);
        Assert.Equal(At(5, 15, 17), d.AppealsClose);
        Assert.Equal(At(5, 31, 17), d.FinalisationDue);
    }

    [Fact]
    public void A_date_before_the_previous_one_is_refused_with_both_dates()
    {
        var e = Assert.Throws<WorkflowException>(() => new PeriodDeadlines(At(3, 1, 8), At(3, 31, 17), At(3, 25, 17), At(5, 15, 17), At(5, 31, 17)));
        Assert.Equal(
            "Các mốc thời gian của kỳ đánh giá phải tăng dần: hạn nộp tự đánh giá (31/03/2025 17:00) phải trước hạn thẩm định (25/03/2025 17:00) / " +
            "The period's dates must be strictly increasing: self-assessment closes (31/03/2025 17:00) must be before appraisal closes (25/03/2025 17:00)",
            e.InBoth());
    }

    [Fact]
    public void Every_wrong_pair_is_listed_and_equal_dates_are_wrong()
    {
        // Opens and closes at the same minute; appeals close after finalisation is due.
        var e = Assert.Throws<WorkflowException>(() => new PeriodDeadlines(At(3, 1, 8), At(3, 1, 8), At(4, 30, 17), At(6, 5, 17), At(5, 31, 17)));
        Assert.Contains("mở tự đánh giá (01/03/2025 08:00) phải trước hạn nộp tự đánh giá (01/03/2025 08:00); hạn giải trình (05/06/2025 17:00) phải trước hạn chốt kết quả (31/05/2025 17:00)", e.InBoth());
        Assert.Contains("self-assessment opens (01/03/2025 08:00) must be before self-assessment closes (01/03/2025 08:00); appeals close (05/06/2025 17:00) must be before finalisation due (31/05/2025 17:00)", e.InBoth());
        Assert.DoesNotContain("hạn thẩm định", e.InBoth());
    }

    [Fact]
    public void Without_an_extension_the_unit_has_the_periods_deadline() =>
        Assert.Equal(At(3, 31, 17), Deadlines.SelfAssessmentClosesFor(null));

    [Fact]
    public void An_extension_replaces_the_deadline() =>
        Assert.Equal(At(4, 7, 17), Deadlines.SelfAssessmentClosesFor(At(4, 7, 17)));

    [Theory]
    [InlineData(30, "30/03/2025 17:00")]
    [InlineData(31, "31/03/2025 17:00")]
    public void An_extension_must_be_later_than_the_deadline(int day, string shown)
    {
        var e = Assert.Throws<WorkflowException>(() => Deadlines.SelfAssessmentClosesFor(At(3, day, 17)));
        Assert.Equal(
            $"Hạn gia hạn {shown} phải sau hạn nộp tự đánh giá 31/03/2025 17:00 / The extension {shown} must be later than the self-assessment deadline 31/03/2025 17:00",
            e.InBoth());
    }
}
