using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>The roles by their Vietnamese and English names, each with the page where its work starts.</summary>
public static class RoleNames
{
    public static (string Vi, string En) Of(Role role) => role switch
    {
        Role.Admin => ("Quản trị hệ thống", "System administrator"),
        Role.Secretariat => ("Cơ quan thường trực (Sở Nội vụ)", "Secretariat (Department of Home Affairs)"),
        Role.UnitEditor => ("Cán bộ đơn vị", "Unit officer"),
        Role.UnitLead => ("Lãnh đạo đơn vị", "Unit leader"),
        Role.Appraiser => ("Thẩm định viên", "Appraiser"),
        Role.Council => ("Hội đồng thẩm định", "Appraisal council"),
        Role.Viewer => ("Người xem", "Viewer"),
        _ => (role.ToString(), role.ToString()),
    };

    /// <summary>Where the role's work is: administration, self-assessment, appraisal, the council, or the results.</summary>
    public static string WorkPage(Role role) => role switch
    {
        Role.Admin or Role.Secretariat => "/quan-tri",
        Role.UnitEditor or Role.UnitLead => "/tu-danh-gia",
        Role.Appraiser => "/tham-dinh",
        Role.Council => "/hoi-dong",
        _ => "/ket-qua",
    };
}
