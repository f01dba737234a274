using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Documents;

namespace ParIndex.App.Features.Notifications;

/// <summary>
/// The events that notify a unit's people, each one call from the use case that causes it, inside its unit of work:
/// a dossier returned, an appraisal completed, an appeal decided, an extension granted, results published.
/// </summary>
public static class Notify
{
    private static string SelfAssessment(int periodId) => $"/tu-danh-gia/{periodId}";

    public static Task ReturnedAsync(AppDbContext db, SubmissionScope scope, string reason, DateTimeOffset now, CancellationToken ct) =>
        Outbox.ToUnitsAsync(db, [scope.Unit.Id], NotificationKind.SubmissionReturned, _ => $"returned:{scope.Submission.Id}:v{scope.Submission.Version}",
            _ => new NotificationText(
                $"Hồ sơ tự đánh giá {scope.Period.Name} bị trả lại để chỉnh sửa", $"Self-assessment for {scope.Period.Name} returned for revision",
                $"Cơ quan thường trực đã trả lại hồ sơ tự đánh giá của {scope.Unit.Name} để chỉnh sửa. Lý do: {reason}",
                $"The secretariat returned the self-assessment of {scope.Unit.Name} for revision. Reason: {reason}",
                SelfAssessment(scope.Period.Id)), now, ct);

    public static Task AppraisedAsync(AppDbContext db, SubmissionScope scope, DateTimeOffset now, CancellationToken ct) =>
        Outbox.ToUnitsAsync(db, [scope.Unit.Id], NotificationKind.AppraisalCompleted, _ => $"appraised:{scope.Submission.Id}:v{scope.Submission.Version}",
            _ => new NotificationText(
                $"Đã có kết quả thẩm định {scope.Period.Name}", $"Appraisal results for {scope.Period.Name}",
                $"Thẩm định hồ sơ tự đánh giá của {scope.Unit.Name} đã kết thúc. Đơn vị xem kết quả thẩm định và có thể gửi giải trình đến {OfficialDocument.When(scope.Period.AppealsClose)}.",
                $"The appraisal of {scope.Unit.Name}'s self-assessment is complete. See the appraised scores; appeals may be sent until {OfficialDocument.When(scope.Period.AppealsClose)}.",
                SelfAssessment(scope.Period.Id)), now, ct);

    public static Task AppealDecidedAsync(AppDbContext db, SubmissionScope scope, Appeal appeal, string leafName, DateTimeOffset now, CancellationToken ct)
    {
        var accepted = appeal.State == AppealState.Accepted;
        return Outbox.ToUnitsAsync(db, [scope.Unit.Id], NotificationKind.AppealDecided, _ => $"appeal:{appeal.Id}",
            _ => new NotificationText(
                $"Giải trình tiêu chí {appeal.LeafCode} {(accepted ? "được chấp nhận" : "không được chấp nhận")}",
                $"Appeal on {appeal.LeafCode} {(accepted ? "accepted" : "rejected")}",
                $"Giải trình của {scope.Unit.Name} về tiêu chí {appeal.LeafCode} ({leafName}) {(accepted ? "được chấp nhận" : "không được chấp nhận")}. Lý do: {appeal.DecisionReason}",
                $"The appeal of {scope.Unit.Name} on {appeal.LeafCode} ({leafName}) was {(accepted ? "accepted" : "rejected")}. Reason: {appeal.DecisionReason}",
                SelfAssessment(scope.Period.Id)), now, ct);
    }

    public static Task ExtendedAsync(AppDbContext db, SubmissionScope scope, DateTimeOffset until, string reason, DateTimeOffset now, CancellationToken ct) =>
        Outbox.ToUnitsAsync(db, [scope.Unit.Id], NotificationKind.ExtensionGranted, _ => $"extended:{scope.Submission.Id}:v{scope.Submission.Version}",
            _ => new NotificationText(
                $"Gia hạn nộp hồ sơ tự đánh giá {scope.Period.Name}", $"Self-assessment deadline extended for {scope.Period.Name}",
                $"Cơ quan thường trực đã gia hạn nộp hồ sơ tự đánh giá của {scope.Unit.Name} đến {OfficialDocument.When(until)}. Lý do: {reason}",
                $"The secretariat extended the self-assessment deadline of {scope.Unit.Name} to {OfficialDocument.When(until)} (Vietnam time). Reason: {reason}",
                SelfAssessment(scope.Period.Id)), now, ct);

    /// <summary>Every assessed unit's people, once per publication (a reopened and republished period notifies again).</summary>
    public static Task PublishedAsync(AppDbContext db, Period period, DateTimeOffset now, CancellationToken ct)
    {
        var units = period.Submissions.ToDictionary(s => s.UnitId, s => s.Unit);
        return Outbox.ToUnitsAsync(db, units.Keys, NotificationKind.ResultsPublished, unit => $"published:{period.Id}:v{period.Version}:{unit}",
            unit => new NotificationText(
                $"Kết quả {period.Name} đã được công bố", $"Results of {period.Name} published",
                $"Kết quả Chỉ số cải cách hành chính {period.Name} đã được công bố. Xem kết quả của {units[unit].Name}: chỉ số, xếp hạng, xếp loại và các tiêu chí bị mất điểm.",
                $"The PAR INDEX results of {period.Name} are published. See {units[unit].Name}'s result: index, rank, band and the sub-criteria where points were lost.",
                $"/ket-qua/{period.Id}/don-vi/{Uri.EscapeDataString(units[unit].Code)}"), now, ct);
    }

    /// <summary>The reminder that a unit has not submitted and its deadline is <paramref name="days"/> days away (7, 3 or 1).</summary>
    internal static NotificationText Reminder(Period period, Data.Unit unit, DateTimeOffset deadline, int days) => new(
        $"Còn {days} ngày đến hạn nộp hồ sơ tự đánh giá {period.Name}", $"{days} day{(days == 1 ? "" : "s")} left to submit the self-assessment for {period.Name}",
        $"Hồ sơ tự đánh giá {period.Name} của {unit.Name} chưa được nộp. Hạn nộp: {OfficialDocument.When(deadline)} (giờ Việt Nam). Lãnh đạo đơn vị phê duyệt và nộp hồ sơ trước hạn.",
        $"The self-assessment of {unit.Name} for {period.Name} has not been submitted. Deadline: {OfficialDocument.When(deadline)} (Vietnam time). The unit's leader approves and submits it before then.",
        SelfAssessment(period.Id));
}
