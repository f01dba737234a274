using ParIndex.App.Data;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Appraisal;

/// <summary>The names of states as the appraisal and council pages show them, in both languages.</summary>
public static class StateNames
{
    public static string Of(Texts t, SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => t["Chưa bắt đầu", "Not started"],
        SubmissionState.Draft => t["Đang soạn", "Draft"],
        SubmissionState.Submitted => t["Đã nộp, chờ thẩm định", "Submitted, awaiting appraisal"],
        SubmissionState.ReturnedForRevision => t["Bị trả lại để chỉnh sửa", "Returned for revision"],
        SubmissionState.Appraised => t["Đã thẩm định", "Appraised"],
        SubmissionState.AppealSubmitted => t["Đã gửi giải trình", "Appeal submitted"],
        SubmissionState.Final => t["Đã chốt kết quả", "Final"],
        _ => state.ToString(),
    };

    public static string Of(Texts t, PeriodState state) => state switch
    {
        PeriodState.Draft => t["Chuẩn bị", "Draft"],
        PeriodState.SelfAssessment => t["Tự đánh giá", "Self-assessment"],
        PeriodState.Appraisal => t["Thẩm định", "Appraisal"],
        PeriodState.Appeals => t["Giải trình", "Appeals"],
        PeriodState.Finalisation => t["Tổng hợp, chốt kết quả", "Finalisation"],
        PeriodState.Published => t["Đã công bố", "Published"],
        _ => state.ToString(),
    };

    public static string Of(Texts t, AppealState state) => state switch
    {
        AppealState.Open => t["Chưa quyết định", "Not decided"],
        AppealState.Accepted => t["Chấp nhận", "Accepted"],
        AppealState.Rejected => t["Không chấp nhận", "Rejected"],
        _ => state.ToString(),
    };

    /// <summary>How to type an input of this kind, for the hint beside the field.</summary>
    public static string Hint(Texts t, InputKind kind) => kind switch
    {
        InputKind.PassFail => t["Nhập: đạt / không đạt (hoặc NA nếu không áp dụng)", "Type: pass / fail (or NA if it does not apply)"],
        InputKind.Option => t["Chọn một phương án", "Choose an option"],
        InputKind.Ratio => t["Nhập tỷ lệ: 95%, 0,95 hoặc 19/20", "Type a ratio: 95%, 0.95 or 19/20"],
        InputKind.Count => t["Nhập số trường hợp (số nguyên)", "Type the number of cases (a whole number)"],
        _ => t["Nhập số điểm, ví dụ 0,75", "Type the points, e.g. 0.75"],
    };
}
