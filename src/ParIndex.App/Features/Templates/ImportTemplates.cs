using ParIndex.App.Features.Users;
using ParIndex.App.Frameworks;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Templates;

/// <summary>
/// The sheets of each import's filled template: the data sheet first (the one an import reads) with example rows in
/// the exact form the import takes — a file that imports as it is, once its examples are replaced by real rows — then
/// a help sheet with one row per column.
/// </summary>
internal static class ImportTemplates
{
    public const string HelpSheet = "Hướng dẫn";

    /// <summary>A small framework with one sub-criterion of each common rule kind, 10 points in all.</summary>
    public const string SampleFramework = """
        {"code": "MAU-KHUNG", "name": "Bộ chỉ số mẫu (sửa theo quyết định của tỉnh)", "nameEn": "Sample framework", "group": "Sở, ban, ngành",
         "bands": [{"label": "Xuất sắc", "labelEn": "Excellent", "min": 90}, {"label": "Tốt", "labelEn": "Good", "min": 80},
                   {"label": "Khá", "labelEn": "Fair", "min": 70}, {"label": "Trung bình", "labelEn": "Average", "min": 50},
                   {"label": "Yếu", "labelEn": "Weak", "min": 0}],
         "nodes": [
          {"code": "1", "name": "Công tác chỉ đạo, điều hành cải cách hành chính", "max": 5, "children": [
            {"code": "1.1", "name": "Ban hành kế hoạch cải cách hành chính năm", "max": 1,
             "evidence": {"required": true, "what": "Quyết định ban hành kế hoạch"},
             "rule": {"kind": "options", "options": [{"key": "dung-han", "label": "Ban hành đúng hạn", "points": 1},
                     {"key": "cham", "label": "Ban hành chậm", "points": 0.5}, {"key": "khong", "label": "Không ban hành", "points": 0}]}},
            {"code": "1.2", "name": "Tỷ lệ nhiệm vụ trong kế hoạch hoàn thành", "max": 2,
             "rule": {"kind": "tiers", "tiers": [{"min": 1, "points": 2}, {"min": 0.8, "points": 1}, {"min": 0, "points": 0}]}},
            {"code": "1.3", "name": "Tuyên truyền cải cách hành chính", "max": 1, "rule": {"kind": "manual", "step": 0.25}},
            {"code": "1.4", "name": "Kiểm tra cải cách hành chính theo kế hoạch", "max": 1, "evidence": {"required": true},
             "rule": {"kind": "passFail"}}]},
          {"code": "2", "name": "Cải cách thủ tục hành chính", "max": 5, "children": [
            {"code": "2.1", "name": "Tỷ lệ thủ tục cung cấp dịch vụ công trực tuyến toàn trình", "max": 2, "rule": {"kind": "proportional"}},
            {"code": "2.2", "name": "Hồ sơ giải quyết trễ hạn", "max": 2, "rule": {"kind": "deduction", "perOccurrence": 0.5}},
            {"code": "2.3", "name": "Mức độ hài lòng của người dân", "max": 1, "rule": {"kind": "survey", "indicator": "SIPAS"}}]}]}
        """;

    public static IReadOnlyList<Sheet> Framework() =>
        [.. FrameworkXlsx.Sheets(FrameworkJson.Read(SampleFramework, "mau-framework.json")),
         Help(("Bộ chỉ số: Mã, Cấp, Tên, Điểm tối đa", "bắt buộc", "Một dòng mỗi lĩnh vực (cấp 1), tiêu chí, tiêu chí thành phần theo thứ tự cây", "One row per node in tree order"),
              ("Cách chấm, Tham số", "với tiêu chí thành phần", "passFail, options, tiers, proportional, deduction, bonus, manual, survey; tham số như tệp JSON (docs/formats.md)", "The rule kind and its JSON parameters"),
              ("Thông tin", "bắt buộc", "code (mã bộ chỉ số, duy nhất), name, group (khối xếp hạng)", "Code, name and the unit group ranked"),
              ("Xếp loại", "bắt buộc", "Tên xếp loại và ngưỡng Từ (%); phải có một mức bắt đầu từ 0", "Bands with their lower bound; one starts at 0"))];

    public static IReadOnlyList<Sheet> Units(string group) =>
    [
        new Sheet("Đơn vị", [
            new object?[] { "code", "name", "type", "group", "parent", "valid_from", "valid_to", "name_en" },
            new object?[] { "SMAU", "Sở Mẫu", "department", group, null, "2025-07-01", null, "Department of Samples" },
            new object?[] { "XMAU", "Xã Mẫu", "commune", "Xã, phường", null, "2025-07-01", null, null },
        ]),
        Help(("code", "bắt buộc", "Mã đơn vị, không dấu cách, tối đa 64 ký tự; đơn vị cùng mã được cập nhật", "Unit code; a unit with the same code is updated"),
             ("name", "bắt buộc", "Tên đơn vị", "Name"),
             ("type", "tùy chọn", "bộ, tỉnh, sở, huyện, xã, khác (hoặc ministry, province, department, district, commune, other)", "Unit type"),
             ("group", "bắt buộc", "Khối xếp hạng, như bộ chỉ số ghi", "The group the unit is ranked in"),
             ("parent", "tùy chọn", "Mã đơn vị cấp trên (trong tệp hoặc đã có)", "Parent unit code"),
             ("valid_from, valid_to", "tùy chọn", "Ngày có hiệu lực, hết hiệu lực (yyyy-MM-dd hoặc dd/MM/yyyy)", "Validity dates"),
             ("name_en", "tùy chọn", "Tên tiếng Anh", "English name")),
    ];

    /// <summary>Made-up codes: a lineage row between real units would change their history if imported unread.</summary>
    public static IReadOnlyList<Sheet> Lineage() =>
    [
        new Sheet("Sáp nhập, chia tách", [
            new object?[] { "from", "to", "kind", "date", "weight" },
            new object?[] { "SCU", "SMOI", "merge", "2025-07-01", 1 },
        ]),
        Help(("from", "bắt buộc", "Mã đơn vị trước khi thay đổi", "Unit code before the change"),
             ("to", "bắt buộc", "Mã đơn vị sau khi thay đổi", "Unit code after the change"),
             ("kind", "bắt buộc", "merge/rename/split (sáp nhập, đổi tên, chia tách)", "The kind of change"),
             ("date", "bắt buộc", "Ngày hiệu lực (yyyy-MM-dd hoặc dd/MM/yyyy)", "Effective date"),
             ("weight", "tùy chọn", "Trọng số khi gộp kết quả các đơn vị sáp nhập (mặc định 1)", "Weight when merged units are combined")),
    ];

    public static IReadOnlyList<Sheet> Scoreboard() =>
    [
        new Sheet("Chỉ số", [
            new object?[] { "index", "name", "name_en", "year", "score", "rank", "out_of", "source" },
            new object?[] { "PCI", "Chỉ số năng lực cạnh tranh cấp tỉnh", "Provincial Competitiveness Index", 2024, 68.3m, 17, 63, "VCCI" },
        ]),
        Help(("index", "bắt buộc", "Mã chỉ số (PAR_INDEX, SIPAS, PCI, PAPI, ICT…)", "Index code"),
             ("name, name_en", "bắt buộc, tùy chọn", "Tên chỉ số", "Index name"),
             ("year, score", "bắt buộc", "Năm và điểm (dấu chấm hoặc phẩy thập phân)", "Year and score"),
             ("rank, out_of", "bắt buộc", "Thứ hạng trên tổng số", "Rank out of"),
             ("source", "bắt buộc", "Nguồn công bố", "Published source")),
    ];

    public static IReadOnlyList<Sheet> Accounts(string unit, bool admin)
    {
        var login = new string([.. unit.ToLowerInvariant().Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_')]);
        var rows = new List<IReadOnlyList<object?>>
        {
            AccountFile.Columns,
            new object?[] { $"can-bo.{login}", "Nguyễn Văn An", AccountFile.Words[Role.UnitEditor][0], unit, "an.nguyen@example.gov.vn" },
            new object?[] { $"lanh-dao.{login}", "Trần Thị Bình", AccountFile.Words[Role.UnitLead][0], unit, null },
        };
        if (admin) rows.Add(["tham-dinh.1", "Lê Văn Cường", AccountFile.Words[Role.Appraiser][0], null, null]);
        return [new Sheet("Tài khoản", rows), Help(
            ("username", "bắt buộc", "Tên đăng nhập: chữ cái không dấu, chữ số và - . _ @ +; không trùng", "Username: letters without diacritics, digits and - . _ @ +; unique"),
            ("name", "tùy chọn", "Họ tên hiển thị", "Display name"),
            ("role", "bắt buộc", $"Vai trò, tiếng Anh hoặc tiếng Việt: {AccountFile.RoleList}", "Role, in English or Vietnamese"),
            ("unit", "với cán bộ, lãnh đạo đơn vị", "Mã đơn vị (như trong danh sách đơn vị); để trống với các vai trò khác", "Unit code, for unit officers and leaders only"),
            ("email", "tùy chọn", "Thư điện tử", "Email"))];
    }

    /// <summary>The help sheet: one row per column of the import.</summary>
    public static Sheet Help(params (string Column, string Required, string Vi, string En)[] columns) =>
        new(HelpSheet, [
            new object?[] { "Cột", "Bắt buộc?", "Nội dung", "Meaning" },
            .. columns.Select(c => (IReadOnlyList<object?>)[c.Column, c.Required, c.Vi, c.En]),
            new object?[] { null, null, "Tệp có lỗi thì không lưu gì; mỗi lỗi ghi rõ dòng và cột. Trang đầu tiên là trang được nhập.", "Nothing is stored if the file has a problem; each names its row and column. The first sheet is the one imported." },
        ]);
}
