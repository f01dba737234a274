using ParIndex.App.Features.Periods;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Workflow;

/// <summary>Repeated open items are grouped into one line per kind, naming ten units and counting the rest, in one language.</summary>
public sealed class ChecklistTextTests
{
    private static readonly StageChecklist Eighteen = new(7, PeriodState.Finalisation, PeriodState.Published, NonSubmitterPolicy.Exclude,
    [
        new ChecklistItem(OpenItemKind.NotSubmitted, 18, [.. Enumerable.Range(1, 18).Select(i => new ChecklistUnit($"DV{i:00}", $"Đơn vị {i}"))],
            "18 đơn vị chưa nộp hồ sơ", "18 units have not submitted", "sẽ không được xếp hạng", "will not be ranked", Blocks: false),
    ]);

    [Fact]
    public void Eighteen_units_make_one_line_naming_ten_and_counting_eight()
    {
        var refused = Assert.Throws<WorkflowException>(() => Eighteen.RequireConfirmed(null, publishing: true));
        Assert.Equal(
            "Còn việc chưa xong trước khi công bố kết quả; cần xác nhận lần hai, nêu đúng các mục sau:\n" +
            "- 18 đơn vị chưa nộp hồ sơ: DV01, DV02, DV03, DV04, DV05, DV06, DV07, DV08, DV09, DV10, … (và 8 mục khác) — sẽ không được xếp hạng",
            refused.Says.In(Language.Vi));
        Assert.Equal(
            "Open items remain before you publish the results; confirm them a second time:\n" +
            "- 18 units have not submitted: DV01, DV02, DV03, DV04, DV05, DV06, DV07, DV08, DV09, DV10, … (and 8 more) — will not be ranked",
            refused.Says.In(Language.En));
    }

    [Fact]
    public void The_period_page_line_names_every_unit_and_a_stage_move_names_the_stage()
    {
        Assert.Equal(18, Eighteen.Items[0].Line(english: false).Split(", ").Length);
        var toAppraisal = Eighteen with { To = PeriodState.Appraisal };
        var refused = Assert.Throws<WorkflowException>(() => toAppraisal.RequireConfirmed(null));
        Assert.StartsWith("Còn việc chưa xong trước khi chuyển sang giai đoạn “Thẩm định”;", refused.Message);
        Assert.StartsWith("Open items remain before you move to “Appraisal”;", refused.Says.In(Language.En));
    }
}
