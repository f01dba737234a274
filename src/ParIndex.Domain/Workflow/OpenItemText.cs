namespace ParIndex.Domain.Workflow;

/// <summary>
/// The checklist's words, Vietnamese and English: what each kind of open item is, and what the stage change will do
/// to it (the outcome <see cref="StageChange"/> computes, said for people).
/// </summary>
public static class OpenItemText
{
    /// <summary>"18 đơn vị chưa nộp hồ sơ" — <paramref name="count"/> items of a kind.</summary>
    public static (string Vi, string En) Title(OpenItemKind kind, int count, PeriodState to) => kind switch
    {
        OpenItemKind.NotSubmitted when to == PeriodState.Published => ($"{count} đơn vị không nộp hồ sơ", $"{count} {Units(count)} did not submit"),
        OpenItemKind.NotSubmitted => ($"{count} đơn vị chưa nộp hồ sơ", $"{count} {Units(count)} {(count == 1 ? "has" : "have")} not submitted"),
        OpenItemKind.ReturnedNotResubmitted => ($"{count} hồ sơ bị trả lại chưa nộp lại", $"{count} returned {(count == 1 ? "dossier" : "dossiers")} not resubmitted"),
        OpenItemKind.AppraisalNotCompleted => ($"{count} hồ sơ chưa hoàn thành thẩm định", $"{count} {(count == 1 ? "appraisal" : "appraisals")} not completed"),
        OpenItemKind.AppealNotDecided => ($"{count} giải trình chưa được quyết định", $"{count} {(count == 1 ? "appeal" : "appeals")} not decided"),
        OpenItemKind.SurveyNotApplied => ($"{count} đơn vị chưa có điểm điều tra xã hội học", $"{count} {Units(count)} without survey points"),
        _ => (kind.ToString(), kind.ToString()),
    };

    /// <summary>What moving the period to <paramref name="to"/> does to items of this kind.</summary>
    public static (string Vi, string En) Effect(OpenItemKind kind, PeriodState to, NonSubmitterPolicy policy) => kind switch
    {
        OpenItemKind.NotSubmitted => policy switch
        {
            NonSubmitterPolicy.ScoreZero when to == PeriodState.Published =>
                ("sẽ được công bố với 0 điểm, xếp cuối khối", "they will be published with zero points, ranked last"),
            NonSubmitterPolicy.ScoreZero =>
                ("sẽ bị ghi nhận là không nộp và chấm 0 điểm khi công bố", "they will be recorded as not submitted and scored zero at publication"),
            NonSubmitterPolicy.Exclude when to == PeriodState.Published =>
                ("sẽ không được xếp hạng; kết quả công bố ghi tên đơn vị cùng lý do: không nộp hồ sơ tự đánh giá",
                 "they will not be ranked; the published results name them with the reason: no self-assessment submitted"),
            NonSubmitterPolicy.Exclude =>
                ("sẽ bị ghi nhận là không nộp và không được xếp hạng; kết quả công bố nêu lý do",
                 "they will be recorded as not submitted and left out of the ranking; the published results give the reason"),
            _ when to == PeriodState.Appraisal =>
                ("sẽ được chấm theo những gì đã nhập đến hạn nộp: hồ sơ chuyển sang thẩm định như hồ sơ đã nộp",
                 "they will be scored on what they entered by the deadline: their dossiers go to appraisal like submitted ones"),
            _ => ("sẽ được chấm theo những gì đã nhập đến hạn nộp", "they will be scored on what they entered by the deadline"),
        },
        OpenItemKind.ReturnedNotResubmitted when to == PeriodState.Appraisal =>
            ("sẽ chuyển sang thẩm định theo những gì đơn vị đã nhập", "they go to appraisal as the units left them"),
        OpenItemKind.ReturnedNotResubmitted or OpenItemKind.AppraisalNotCompleted when to == PeriodState.Published =>
            ("sẽ được chốt theo điểm hiện có: mục chưa điều chỉnh giữ điểm đơn vị tự chấm", "they will be finalised as they stand: items not adjusted keep the unit's own score"),
        OpenItemKind.ReturnedNotResubmitted or OpenItemKind.AppraisalNotCompleted =>
            ("thẩm định sẽ được hoàn tất khi chuyển giai đoạn (ghi nhật ký): mục chưa điều chỉnh giữ điểm đơn vị tự chấm",
             "the stage change completes their appraisal (logged): items not adjusted keep the unit's own score"),
        OpenItemKind.AppealNotDecided when to == PeriodState.Published =>
            ("phải được quyết định trước khi công bố: chưa thể công bố", "they must be decided before publication: publishing is not possible yet"),
        OpenItemKind.AppealNotDecided =>
            ("vẫn chờ quyết định ở giai đoạn sau", "they are still decided in the next stage"),
        OpenItemKind.SurveyNotApplied =>
            ("các tiêu chí điều tra xã hội học của họ sẽ được tính 0 điểm (điểm này chỉ nhập được ở giai đoạn thẩm định)",
             "their survey-derived sub-criteria will score zero (those points are entered only during appraisal)"),
        _ => (kind.ToString(), kind.ToString()),
    };

    /// <summary>What stepping back from <paramref name="from"/> does (<see cref="StageChange.StepBack"/>), said for the person about to do it.</summary>
    public static (string Vi, string En) StepBackEffect(PeriodState from) => from switch
    {
        PeriodState.Published =>
            ("Rút kết quả đã công bố khỏi trang công khai; mọi hồ sơ trở về “Đã thẩm định” (đơn vị không nộp: “Không nộp”); công bố lại sẽ tạo bản công bố mới với mã băm mới.",
             "Withdraws the published results from the public pages; every submission goes back to “Appraised” (units that did not submit: “Not submitted”); publishing again makes a new snapshot with a new hash."),
        PeriodState.Finalisation =>
            ("Mở lại giai đoạn giải trình; hồ sơ giữ nguyên trạng thái.", "Reopens the appeals stage; submissions keep their state."),
        PeriodState.Appeals =>
            ("Mở lại thẩm định: hồ sơ đã thẩm định trở về “Đã nộp” để người thẩm định điều chỉnh; giải trình đã gửi được giữ nguyên.",
             "Reopens appraisal: appraised submissions go back to “Submitted” for the appraisers to adjust; appeals already sent are kept."),
        PeriodState.Appraisal =>
            ("Mở lại tự đánh giá: đơn vị chưa nộp được trả lại hồ sơ ở trạng thái “Đang soạn” (cần gia hạn để nhập tiếp vì đã quá hạn); hồ sơ đã nộp giữ nguyên.",
             "Reopens self-assessment: units that did not submit get their dossier back as “Draft” (give them an extension, their deadline has passed); submitted ones stay as they are."),
        PeriodState.SelfAssessment =>
            ("Đưa kỳ về giai đoạn chuẩn bị: đơn vị tạm thời không nhập được; dữ liệu đã nhập được giữ nguyên.",
             "Takes the period back to draft: units cannot enter anything for now; what they entered is kept."),
        _ => ("", ""),
    };

    /// <summary>A policy's name, for the setting and the audit log.</summary>
    public static (string Vi, string En) Policy(NonSubmitterPolicy policy) => policy switch
    {
        NonSubmitterPolicy.ScoreAsEntered => ("Chấm theo những gì đã nhập đến hạn nộp", "Score what it entered by the deadline"),
        NonSubmitterPolicy.ScoreZero => ("Chấm 0 điểm", "Score zero"),
        NonSubmitterPolicy.Exclude => ("Không xếp hạng, công bố lý do", "Leave out of the ranking, with the reason published"),
        _ => (policy.ToString(), policy.ToString()),
    };

    private static string Units(int count) => count == 1 ? "unit" : "units";
}
