namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> SurveyTexts() =>
    [
        ("survey.apply-needs-appraisal", "Chỉ đưa kết quả khảo sát vào điểm khi kỳ đang ở giai đoạn thẩm định (kỳ đang ở giai đoạn “{0}”)",
            "Survey results are applied while the period is in appraisal (it is in “{0}”)"),
        ("survey.skipped.no-responses", "{0}: không có phiếu", "{0}: no responses"),
        ("survey.skipped.below-minimum", "{0}: {1} phiếu, dưới mức tối thiểu {2}", "{0}: {1} responses, below the minimum {2}"),
        ("survey.skipped.not-submitted", "{0}: hồ sơ đang ở trạng thái “{1}”", "{0}: the submission is “{1}”"),
        ("survey.threshold", "Ngưỡng hài lòng {0} phải từ 1 đến 5", "The satisfaction threshold {0} must be between 1 and 5"),
        ("survey.min-respondents", "Số người trả lời tối thiểu phải ít nhất là 1", "The minimum number of respondents must be at least 1"),
        ("survey.code-length", "Mã khảo sát phải có từ 1 đến {0} ký tự", "The survey code must have 1 to {0} characters"),
        ("survey.invitation-count", "Số phiếu từ 1 đến {0}", "Issue 1 to {0} links at a time"),
        ("where.question", "câu hỏi {0}", "question {0}"),
        ("file.stopped-after", "dừng sau {0} lỗi", "stopped after {0} problems"),
    ];
}
