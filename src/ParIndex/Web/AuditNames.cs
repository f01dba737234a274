using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>
/// The audit log's actions ("score.self") and entities ("Submission") in words, Vietnamese and English, for its pages:
/// <c>Action(T, code)</c>, <c>Family(T, "score")</c>, <c>Entity(T, name, key)</c>. A code not listed here (a new
/// action) is shown as it is stored.
/// </summary>
public static class AuditNames
{
    private static readonly Dictionary<string, (string Vi, string En)> Actions = new(StringComparer.Ordinal)
    {
        ["appeal.decide"] = ("Quyết định giải trình", "Appeal decided"),
        ["appeal.submit"] = ("Gửi giải trình", "Appeal sent"),
        ["appraiser.assign"] = ("Phân công thẩm định", "Appraisers assigned"),
        ["crosswalk.import"] = ("Nhập bảng đối chiếu", "Crosswalk imported"),
        ["evidence.add"] = ("Thêm tài liệu kiểm chứng", "Evidence added"),
        ["evidence.link"] = ("Gắn tài liệu vào tiêu chí", "Evidence linked to an item"),
        ["evidence.unlink"] = ("Gỡ tài liệu khỏi tiêu chí", "Evidence unlinked from an item"),
        ["fact.figure"] = ("Ghi số liệu từ nguồn chính thức", "Official figure stored"),
        ["fact.map"] = ("Gắn chỉ số nguồn với tiêu chí", "Source indicator mapped to an item"),
        ["fact.unmap"] = ("Bỏ chỉ số nguồn khỏi tiêu chí", "Source indicator removed from an item"),
        ["facts.import"] = ("Nhập số liệu từ nguồn chính thức", "Official figures imported"),
        ["framework.import"] = ("Nhập bộ chỉ số", "Framework imported"),
        ["lineage.add"] = ("Ghi nhận sáp nhập, chia tách đơn vị", "Unit merger or split recorded"),
        ["period.advance"] = ("Chuyển giai đoạn", "Stage moved on"),
        ["period.create"] = ("Tạo kỳ đánh giá", "Period created"),
        ["period.nonsubmitters"] = ("Chọn cách xử lý đơn vị không nộp", "Non-submitter policy chosen"),
        ["period.publish"] = ("Công bố kỳ đánh giá", "Period published"),
        ["period.reopen"] = ("Mở lại kỳ đã công bố", "Published period reopened"),
        ["period.stepback"] = ("Lùi giai đoạn", "Stage stepped back"),
        ["publication.withdraw"] = ("Rút bản công bố", "Publication withdrawn"),
        ["results.publish"] = ("Công bố kết quả", "Results published"),
        ["role.create"] = ("Tạo vai trò", "Role created"),
        ["score.appraise"] = ("Chấm điểm thẩm định", "Appraised score saved"),
        ["score.fact"] = ("Điền điểm từ số liệu nguồn", "Score filled from an official figure"),
        ["score.self"] = ("Đơn vị tự chấm điểm", "Self-assessed score saved"),
        ["scoreboard.create"] = ("Tạo bảng điểm", "Scoreboard created"),
        ["scoreboard.replace"] = ("Thay bảng điểm", "Scoreboard replaced"),
        ["submission.appeal"] = ("Hồ sơ chuyển sang giải trình", "Submission under appeal"),
        ["submission.appraised"] = ("Hoàn thành thẩm định hồ sơ", "Appraisal completed"),
        ["submission.carry"] = ("Hồ sơ chuyển theo giai đoạn", "Submission moved with the stage"),
        ["submission.extend"] = ("Gia hạn nộp hồ sơ", "Deadline extended"),
        ["submission.return"] = ("Trả lại hồ sơ để chỉnh sửa", "Returned for revision"),
        ["submission.state"] = ("Đổi trạng thái hồ sơ", "Submission state changed"),
        ["submission.stepback"] = ("Hồ sơ lùi theo giai đoạn", "Submission stepped back with the stage"),
        ["submission.submit"] = ("Nộp hồ sơ", "Submission sent"),
        ["survey.apply"] = ("Áp dụng kết quả điều tra", "Survey results applied"),
        ["survey.define"] = ("Tạo phiếu điều tra", "Survey created"),
        ["survey.import"] = ("Nhập kết quả điều tra", "Survey results imported"),
        ["survey.invite"] = ("Tạo lời mời khảo sát", "Survey invitations made"),
        ["survey.respond"] = ("Trả lời khảo sát", "Survey answered"),
        ["survey.update"] = ("Sửa phiếu điều tra", "Survey changed"),
        ["token.create"] = ("Cấp khóa truy cập API", "API token issued"),
        ["token.revoke"] = ("Thu hồi khóa truy cập API", "API token revoked"),
        ["unit.create"] = ("Thêm đơn vị", "Unit added"),
        ["unit.end"] = ("Ngừng hoạt động đơn vị", "Unit ended"),
        ["unit.update"] = ("Sửa đơn vị", "Unit changed"),
        ["user.add"] = ("Thêm tài khoản", "Account added"),
        ["user.disable"] = ("Khóa tài khoản", "Account disabled"),
        ["user.edit"] = ("Sửa tài khoản", "Account changed"),
        ["user.enable"] = ("Mở khóa tài khoản", "Account enabled"),
        ["user.password-change"] = ("Đổi mật khẩu", "Password changed"),
        ["user.password-link"] = ("Tạo liên kết đặt mật khẩu", "Password link made"),
        ["user.password-set"] = ("Đặt mật khẩu", "Password set"),
        ["worksheet.import"] = ("Nhập phiếu tự chấm", "Worksheet imported"),
    };

    private static readonly Dictionary<string, (string Vi, string En)> Families = new(StringComparer.Ordinal)
    {
        ["appeal"] = ("Giải trình", "Appeals"),
        ["appraiser"] = ("Phân công thẩm định", "Appraiser assignments"),
        ["crosswalk"] = ("Bảng đối chiếu", "Crosswalks"),
        ["evidence"] = ("Tài liệu kiểm chứng", "Evidence"),
        ["fact"] = ("Số liệu nguồn", "Official figures"),
        ["facts"] = ("Nhập số liệu nguồn", "Official figure imports"),
        ["framework"] = ("Bộ chỉ số", "Frameworks"),
        ["lineage"] = ("Sáp nhập, chia tách đơn vị", "Unit mergers and splits"),
        ["period"] = ("Kỳ đánh giá", "Periods"),
        ["publication"] = ("Bản công bố", "Publications"),
        ["results"] = ("Kết quả", "Results"),
        ["role"] = ("Vai trò", "Roles"),
        ["score"] = ("Điểm", "Scores"),
        ["scoreboard"] = ("Bảng điểm", "Scoreboards"),
        ["submission"] = ("Hồ sơ", "Submissions"),
        ["survey"] = ("Điều tra xã hội học", "Surveys"),
        ["token"] = ("Khóa truy cập API", "API tokens"),
        ["unit"] = ("Đơn vị", "Units"),
        ["user"] = ("Tài khoản", "Accounts"),
        ["worksheet"] = ("Phiếu tự chấm", "Worksheets"),
    };

    private static readonly Dictionary<string, (string Vi, string En)> Entities = new(StringComparer.Ordinal)
    {
        ["ApiToken"] = ("Khóa API", "API token"),
        ["Appeal"] = ("Giải trình", "Appeal"),
        ["Assignment"] = ("Phân công", "Assignment"),
        ["Crosswalk"] = ("Bảng đối chiếu", "Crosswalk"),
        ["Evidence"] = ("Tài liệu", "Document"),
        ["ExternalIndexScore"] = ("Bảng điểm", "Scoreboard"),
        ["Framework"] = ("Bộ chỉ số", "Framework"),
        ["Period"] = ("Kỳ đánh giá", "Period"),
        ["Publication"] = ("Bản công bố", "Publication"),
        ["Role"] = ("Vai trò", "Role"),
        ["Score"] = ("Điểm", "Score"),
        ["Submission"] = ("Hồ sơ", "Submission"),
        ["Survey"] = ("Điều tra", "Survey"),
        ["Unit"] = ("Đơn vị", "Unit"),
        ["UnitLineage"] = ("Sáp nhập, chia tách", "Merger or split"),
        ["User"] = ("Tài khoản", "Account"),
    };

    public static string Action(Texts t, string code) => Actions.TryGetValue(code, out var name) ? t[name] : code;

    /// <summary>A family of actions, the part before the dot ("score" of "score.self").</summary>
    public static string Family(Texts t, string family) => Families.TryGetValue(family, out var name) ? t[name] : family;

    /// <summary>
    /// A value before or after a change as people read it: a period's or a submission's state by its name ("Tự đánh
    /// giá", not "SelfAssessment"); any other value (points, JSON, a list of fields) as stored.
    /// </summary>
    public static string Value(Texts t, string entity, string value) => entity switch
    {
        "Period" when Enum.TryParse<PeriodState>(value, out var state) && !int.TryParse(value, out _) => t[StateNames.Of(state)],
        "Submission" when Enum.TryParse<SubmissionState>(value, out var state) && !int.TryParse(value, out _) => t[StateNames.Of(state)],
        _ => value,
    };

    /// <summary>What an entry is about: "Hồ sơ 3/SNV", "Vai trò Thẩm định viên" (a role by its name, not its code).</summary>
    public static string Entity(Texts t, string entity, string key)
    {
        var what = Entities.TryGetValue(entity, out var name) ? t[name] : entity;
        return $"{what} {(entity == "Role" && Enum.TryParse<Role>(key, out var role) ? t[RoleNames.Of(role)] : key)}";
    }
}
