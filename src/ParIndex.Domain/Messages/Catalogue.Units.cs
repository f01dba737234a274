namespace ParIndex.Domain.Messages;

public static partial class Catalogue
{
    private static IEnumerable<(string Code, string Vi, string En)> UnitTexts() =>
    [
        ("unit.code-empty", "Mã đơn vị trống", "The unit code is empty"),
        ("unit.code-too-long", "Mã đơn vị dài quá {0} ký tự", "The unit code is longer than {0} characters"),
        ("unit.code-spaces", "Mã đơn vị {0} có khoảng trắng", "The unit code {0} contains spaces"),
        ("unit.exists", "Đã có đơn vị mã {0} ({1})", "There is already a unit {0} ({1})"),
        ("unit.needs-name", "Đơn vị cần có tên", "The unit needs a name"),
        ("unit.needs-group", "Đơn vị cần thuộc một khối", "The unit needs a group"),
        ("unit.not-a-type", "{0} không phải loại đơn vị (bộ, tỉnh, sở, huyện, xã, khác)",
            "{0} is not a unit type (ministry, province, department, district, commune, other)"),
        ("unit.own-parent", "Đơn vị {0} không thể là đơn vị cấp trên của chính nó", "Unit {0} cannot be its own parent"),
        ("unit.no-parent", "Không có đơn vị cấp trên {0}", "There is no parent unit {0}"),
        ("unit.no-parent-anywhere", "Không có đơn vị cấp trên {0} trong tệp hay trong cơ sở dữ liệu", "There is no parent unit {0} in the file or in the database"),
        ("unit.loop", "Quan hệ cấp trên tạo thành vòng: {0}", "The parents form a loop: {0}"),
        ("unit.ends-before-start", "Ngày hết hiệu lực {0} trước ngày có hiệu lực {1}", "The end of validity {0} is before its start {1}"),
        ("unit.twice", "Đơn vị {0} xuất hiện hai lần (lần đầu ở dòng {1})", "Unit {0} is listed twice (first on line {1})"),
        ("unit.no-name", "Đơn vị {0} không có tên", "Unit {0} has no name"),
        ("unit.no-group", "Đơn vị {0} không thuộc khối nào", "Unit {0} has no group"),
        ("unit.field.name", "Tên đơn vị", "The unit name"),
        ("unit.field.group", "Tên khối", "The group name"),
        ("unit.field.name-en", "Tên tiếng Anh", "The English name"),
        ("unit.too-long", "{0} dài {1} ký tự, quá {2}: {3}", "{0} is {1} characters long, over {2}: {3}"),
        ("unit.not-a-date", "{0} không phải ngày (yyyy-MM-dd hoặc dd/MM/yyyy)", "{0} is not a date (yyyy-MM-dd or dd/MM/yyyy)"),
        ("lineage.code-empty", "Thiếu mã đơn vị ở cột “{0}”", "The unit code in “{0}” is empty"),
        ("lineage.no-unit", "Không có đơn vị {0}; hãy nhập danh sách đơn vị trước", "There is no unit {0}; import the units first"),
        ("lineage.succeeds-itself", "Đơn vị {0} không thể kế thừa chính nó", "Unit {0} cannot succeed itself"),
        ("lineage.not-a-kind", "{0} không phải sáp nhập (merge), đổi tên (rename) hay chia tách (split)", "{0} is not merge, rename or split"),
        ("lineage.not-a-year", "{0} không phải năm", "{0} is not a year"),
        ("lineage.not-a-weight", "{0} không phải trọng số dương", "{0} is not a positive weight"),
        ("lineage.link", "{0} → {1} ({2})", "{0} → {1} ({2})"),
        ("lineage.kind.merge", "sáp nhập", "merge"),
        ("lineage.kind.rename", "đổi tên", "rename"),
        ("lineage.kind.split", "chia tách", "split"),
        ("lineage.twice", "{0} xuất hiện hai lần (lần đầu ở dòng {1})", "{0} is listed twice (first on line {1})"),
        ("lineage.recorded", "{0} đã được ghi nhận ngày {1}, trọng số {2}; không sửa được bằng nhập tệp",
            "{0} is already recorded on {1} with weight {2}; an import does not change it"),
    ];
}
