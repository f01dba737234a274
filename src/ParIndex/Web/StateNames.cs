using ParIndex.App.Data;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>
/// The names of stages, states and kinds as every page shows them, Vietnamese and English — the same words the
/// workflow's messages use. <c>Of(x)</c> gives both; <c>Of(T, x)</c> the reader's language.
/// </summary>
public static class StateNames
{
    public static (string Vi, string En) Of(SubmissionState state) => state switch
    {
        SubmissionState.NotStarted => ("Chưa bắt đầu", "Not started"),
        SubmissionState.Draft => ("Đang soạn", "Draft"),
        SubmissionState.Submitted => ("Đã nộp", "Submitted"),
        SubmissionState.ReturnedForRevision => ("Bị trả lại để chỉnh sửa", "Returned for revision"),
        SubmissionState.Appraised => ("Đã thẩm định", "Appraised"),
        SubmissionState.AppealSubmitted => ("Đã gửi giải trình", "Appeal submitted"),
        SubmissionState.Final => ("Đã chốt kết quả", "Final"),
        SubmissionState.NotSubmitted => ("Không nộp", "Not submitted"),
        _ => (state.ToString(), state.ToString()),
    };

    public static (string Vi, string En) Of(PeriodState state) => state switch
    {
        PeriodState.Draft => ("Chuẩn bị", "Draft"),
        PeriodState.SelfAssessment => ("Tự đánh giá", "Self-assessment"),
        PeriodState.Appraisal => ("Thẩm định", "Appraisal"),
        PeriodState.Appeals => ("Giải trình", "Appeals"),
        PeriodState.Finalisation => ("Tổng hợp, chốt kết quả", "Finalisation"),
        PeriodState.Published => ("Đã công bố", "Published"),
        _ => (state.ToString(), state.ToString()),
    };

    public static (string Vi, string En) Of(AppealState state) => state switch
    {
        AppealState.Open => ("Chờ quyết định", "Awaiting decision"),
        AppealState.Accepted => ("Được chấp nhận", "Accepted"),
        AppealState.Rejected => ("Không được chấp nhận", "Rejected"),
        _ => (state.ToString(), state.ToString()),
    };

    public static (string Vi, string En) Of(UnitType type) => type switch
    {
        UnitType.Ministry => ("Bộ, ngành", "Ministry"),
        UnitType.Province => ("Tỉnh, thành phố", "Province"),
        UnitType.Department => ("Sở, ban, ngành", "Department"),
        UnitType.District => ("Huyện", "District"),
        UnitType.Commune => ("Xã, phường", "Commune"),
        _ => ("Khác", "Other"),
    };

    public static (string Vi, string En) Of(LineageKind kind) => kind switch
    {
        LineageKind.Merge => ("Sáp nhập", "Merge"),
        LineageKind.Rename => ("Đổi tên", "Rename"),
        LineageKind.Split => ("Chia tách", "Split"),
        _ => (kind.ToString(), kind.ToString()),
    };

    public static string Of(Texts t, SubmissionState state) => t[Of(state)];

    public static string Of(Texts t, PeriodState state) => t[Of(state)];

    public static string Of(Texts t, AppealState state) => t[Of(state)];
}
