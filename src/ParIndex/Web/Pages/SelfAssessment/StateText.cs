using ParIndex.App.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>Names of submission, period and appeal states as the unit reads them.</summary>
public static class StateText
{
    public static string Of(SubmissionState state, bool english) => state switch
    {
        SubmissionState.NotStarted => english ? "Not started" : "Chưa bắt đầu",
        SubmissionState.Draft => english ? "Draft" : "Đang soạn",
        SubmissionState.Submitted => english ? "Submitted" : "Đã nộp",
        SubmissionState.ReturnedForRevision => english ? "Returned for revision" : "Bị trả lại để chỉnh sửa",
        SubmissionState.Appraised => english ? "Appraised" : "Đã thẩm định",
        SubmissionState.AppealSubmitted => english ? "Appeal submitted" : "Đã gửi giải trình",
        SubmissionState.Final => english ? "Final" : "Đã chốt kết quả",
        _ => state.ToString(),
    };

    public static string Of(PeriodState state, bool english) => state switch
    {
        PeriodState.Draft => english ? "Being prepared" : "Đang chuẩn bị",
        PeriodState.SelfAssessment => english ? "Self-assessment" : "Tự đánh giá",
        PeriodState.Appraisal => english ? "Appraisal" : "Thẩm định",
        PeriodState.Appeals => english ? "Appeals" : "Giải trình",
        PeriodState.Finalisation => english ? "Finalisation" : "Chốt kết quả",
        PeriodState.Published => english ? "Published" : "Đã công bố",
        _ => state.ToString(),
    };

    public static string Of(AppealState state, bool english) => state switch
    {
        AppealState.Open => english ? "Awaiting decision" : "Chờ quyết định",
        AppealState.Accepted => english ? "Accepted" : "Được chấp nhận",
        AppealState.Rejected => english ? "Rejected" : "Không được chấp nhận",
        _ => state.ToString(),
    };
}
