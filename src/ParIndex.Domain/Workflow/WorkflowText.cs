using System.Globalization;

namespace ParIndex.Domain.Workflow;

/// <summary>The names of states, actions and roles, and the time format, that workflow messages are made of.</summary>
internal static class WorkflowText
{
    /// <summary>Deadlines read as users write them, dd/MM/yyyy HH:mm, at the offset they were set in.</summary>
    public static string Time(DateTimeOffset time) => time.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);

    public static string Vi(SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => "Chưa bắt đầu",
        SubmissionState.Draft => "Đang soạn",
        SubmissionState.Submitted => "Đã nộp",
        SubmissionState.ReturnedForRevision => "Bị trả lại để chỉnh sửa",
        SubmissionState.Appraised => "Đã thẩm định",
        SubmissionState.AppealSubmitted => "Đã gửi giải trình",
        SubmissionState.Final => "Đã chốt kết quả",
        SubmissionState.NotSubmitted => "Không nộp",
        _ => state.ToString(),
    };

    public static string En(SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => "Not started",
        SubmissionState.Draft => "Draft",
        SubmissionState.Submitted => "Submitted",
        SubmissionState.ReturnedForRevision => "Returned for revision",
        SubmissionState.Appraised => "Appraised",
        SubmissionState.AppealSubmitted => "Appeal submitted",
        SubmissionState.Final => "Final",
        SubmissionState.NotSubmitted => "Not submitted",
        _ => state.ToString(),
    };

    public static string Vi(SubmissionAction action) => action switch
    {
        SubmissionAction.SaveScore => "lưu điểm",
        SubmissionAction.Submit => "nộp hồ sơ",
        SubmissionAction.Return => "trả lại hồ sơ",
        SubmissionAction.CompleteAppraisal => "hoàn thành thẩm định",
        SubmissionAction.SubmitAppeal => "gửi giải trình",
        SubmissionAction.Finalise => "chốt kết quả",
        _ => action.ToString(),
    };

    public static string En(SubmissionAction action) => action switch
    {
        SubmissionAction.SaveScore => "save a score",
        SubmissionAction.Submit => "submit",
        SubmissionAction.Return => "return for revision",
        SubmissionAction.CompleteAppraisal => "complete the appraisal",
        SubmissionAction.SubmitAppeal => "submit an appeal",
        SubmissionAction.Finalise => "finalise",
        _ => action.ToString(),
    };

    public static string Vi(Role role) => role switch
    {
        Role.Admin => "Quản trị hệ thống",
        Role.Secretariat => "Cơ quan thường trực",
        Role.UnitEditor => "Cán bộ nhập liệu của đơn vị",
        Role.UnitLead => "Lãnh đạo đơn vị",
        Role.Appraiser => "Thành viên thẩm định",
        Role.Council => "Hội đồng thẩm định",
        Role.Viewer => "Người xem",
        _ => role.ToString(),
    };

    public static string En(Role role) => role switch
    {
        Role.Admin => "Administrator",
        Role.Secretariat => "Secretariat",
        Role.UnitEditor => "Unit editor",
        Role.UnitLead => "Unit lead",
        Role.Appraiser => "Appraiser",
        Role.Council => "Appraisal council",
        Role.Viewer => "Viewer",
        _ => role.ToString(),
    };

    public static string Vi(PeriodState period) => period switch
    {
        PeriodState.Draft => "Chuẩn bị",
        PeriodState.SelfAssessment => "Tự đánh giá",
        PeriodState.Appraisal => "Thẩm định",
        PeriodState.Appeals => "Giải trình",
        PeriodState.Finalisation => "Tổng hợp, chốt kết quả",
        PeriodState.Published => "Đã công bố",
        _ => period.ToString(),
    };

    public static string En(PeriodState period) => period switch
    {
        PeriodState.Draft => "Draft",
        PeriodState.SelfAssessment => "Self-assessment",
        PeriodState.Appraisal => "Appraisal",
        PeriodState.Appeals => "Appeals",
        PeriodState.Finalisation => "Finalisation",
        PeriodState.Published => "Published",
        _ => period.ToString(),
    };
}
