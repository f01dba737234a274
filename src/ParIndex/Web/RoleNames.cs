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

    /// <summary>Where the role's work is: the system, the period's progress, self-assessment, appraisal, the council, or the results.</summary>
    public static string WorkPage(Role role) => role switch
    {
        Role.Admin => "/quan-tri/he-thong",
        Role.Secretariat => "/quan-tri",
        Role.UnitEditor or Role.UnitLead => "/tu-danh-gia",
        Role.Appraiser => "/tham-dinh",
        Role.Council => "/hoi-dong",
        _ => "/ket-qua",
    };

    /// <summary>
    /// The roles in the order their home wins for a user who holds several: the work with deadlines first (the period's
    /// progress, then appraisal, then the council's decisions, then the unit's dossier), the administrator's system page
    /// after them, the results last.
    /// </summary>
    private static readonly Role[] HomeOrder = [Role.Secretariat, Role.Appraiser, Role.Council, Role.UnitLead, Role.UnitEditor, Role.Admin, Role.Viewer];

    /// <summary>Where a user lands after sign-in: the home of the first of their roles in <see cref="HomeOrder"/>; their own page without a role.</summary>
    public static string Home(IReadOnlyCollection<Role> roles) =>
        HomeOrder.Where(roles.Contains).Select(WorkPage).FirstOrDefault() ?? "/toi";
}
