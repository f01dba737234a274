namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> WorkflowTexts() =>
    [
        ("workflow.submission-refused", "Không thể {0} khi hồ sơ ở trạng thái “{1}”: {2}", "Cannot {0} while the submission is “{1}”: {2}"),
        ("workflow.only-from", "chỉ thực hiện được khi hồ sơ ở trạng thái {0}", "only possible from {0}"),
        ("workflow.role-may-not", "vai trò “{0}” không được phép, cần {1}", "the role “{0}” may not do this, it needs {1}"),
        ("workflow.wrong-stage", "kỳ đánh giá đang ở giai đoạn “{0}”, cần giai đoạn {1}", "the period is in “{0}”, this needs {1}"),
        ("workflow.deadline-passed", "đã quá hạn {0}", "the deadline {0} has passed"),
        ("workflow.extended-deadline-passed", "đã quá hạn gia hạn {0}", "the extended deadline {0} has passed"),
        ("workflow.return-needs-reason", "phải nêu lý do trả lại", "a reason for returning it is required"),
        ("workflow.appeals-undecided", "còn giải trình chưa được quyết định", "some appeals are not decided yet"),
        ("workflow.completeness-unchecked", "chưa kiểm tra tính đầy đủ của hồ sơ", "its completeness has not been checked"),
        ("workflow.incomplete", "hồ sơ chưa đầy đủ ({0})", "it is incomplete ({0})"),
        ("workflow.unanswered", "chưa chấm {0}", "unanswered {0}"),
        ("workflow.missing-evidence", "thiếu tài liệu kiểm chứng hoặc giải trình {0}", "missing evidence or explanation {0}"),
        ("workflow.last-stage", "Không thể chuyển kỳ đánh giá sang giai đoạn tiếp theo: kỳ đang ở giai đoạn “{0}”, là giai đoạn cuối",
            "Cannot advance the period: it is “{0}”, the last stage"),
        ("workflow.step-back-refused", "Không thể lùi kỳ đánh giá đang ở giai đoạn “{0}”: {1}", "Cannot step back the period in “{0}”: {1}"),
        ("workflow.reopen-refused", "Không thể mở lại kỳ đánh giá đang ở giai đoạn “{0}”: {1}", "Cannot reopen the period in “{0}”: {1}"),
        ("workflow.no-earlier-stage", "không có giai đoạn nào trước đó", "there is no earlier stage"),
        ("workflow.only-admin-reopens", "chỉ quản trị hệ thống được mở lại kỳ đánh giá đã công bố", "only an administrator may reopen a published period"),
        ("workflow.only-secretariat-steps-back", "chỉ cơ quan thường trực hoặc quản trị hệ thống được lùi giai đoạn",
            "only the secretariat or an administrator may step a period back"),
        ("workflow.reason-required", "phải nêu lý do", "a reason is required"),
        ("workflow.not-during-stage", "Không thể {0} khi kỳ đánh giá đang ở giai đoạn “{1}”", "Cannot {0} while the period is in “{1}”"),
        ("workflow.extension-too-early", "Hạn gia hạn {0} phải sau hạn nộp tự đánh giá {1}",
            "The extension {0} must be later than the self-assessment deadline {1}"),
        ("workflow.dates-out-of-order", "Các mốc thời gian của kỳ đánh giá phải tăng dần: {0}", "The period's dates must be strictly increasing: {0}"),
        ("workflow.date-before", "{0} ({1}) phải trước {2} ({3})", "{0} ({1}) must be before {2} ({3})"),
    ];
}
