using System.Security.Claims;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>
/// The site's menus: the main navigation in the header (each role's own work, the results, the reader's page) and the
/// office's navigation on the administration pages. A link shows only to the roles its page admits (so no menu leads
/// to a refusal) and only once its page exists in this build (<see cref="SitePages"/>).
/// </summary>
public static class Menus
{
    /// <summary>A menu entry; <see cref="Roles"/> empty: anyone signed in.</summary>
    public sealed record Link(string Href, string Vi, string En, params Role[] Roles);

    private static readonly Role[] Office = [Role.Admin, Role.Secretariat];
    private static readonly Role[] SeesAll = [Role.Admin, Role.Secretariat, Role.Council];

    /// <summary>The header's links for a signed-in reader, after the public ones.</summary>
    public static readonly IReadOnlyList<Link> Main =
    [
        new("/quan-tri", "Điều hành kỳ đánh giá", "Period dashboard", SeesAll),
        new("/hoi-dong", "Hội đồng", "Council", Role.Council),
        new("/tham-dinh", "Thẩm định", "Appraisal", Role.Appraiser),
        new("/tu-danh-gia", "Tự đánh giá", "Self-assessment", Role.UnitEditor, Role.UnitLead),
        new("/quan-tri/he-thong", "Hệ thống", "System", Role.Admin),
        new("/ket-qua", "Kết quả", "Results"),
        new("/thong-bao", "Thông báo", "Notifications"),
    ];

    /// <summary>The administration pages' own navigation, for the office and the council.</summary>
    public static readonly IReadOnlyList<Link> Administration =
    [
        new("/quan-tri", "Tiến độ kỳ đánh giá", "Period progress", SeesAll),
        new("/quan-tri/ky", "Kỳ đánh giá", "Periods", SeesAll),
        new("/quan-tri/khung", "Bộ chỉ số", "Frameworks", SeesAll),
        new("/quan-tri/don-vi", "Đơn vị", "Units", SeesAll),
        new("/tham-dinh", "Thẩm định", "Appraisal", SeesAll),
        new("/hoi-dong", "Hội đồng", "Council", SeesAll),
        new("/quan-tri/khao-sat", "Khảo sát", "Surveys", Office),
        new("/quan-tri/chi-so-tong-hop", "Chỉ số tổng hợp", "Composite indices", Office),
        new("/quan-tri/tai-khoan", "Tài khoản", "Accounts", Office),
        new("/quan-tri/nhat-ky", "Nhật ký", "Audit log", SeesAll),
        new("/quan-tri/he-thong", "Hệ thống", "System", Role.Admin),
    ];

    /// <summary>The links of <paramref name="menu"/> the reader may follow: their page exists and admits one of the reader's roles.</summary>
    public static IEnumerable<Link> For(IEnumerable<Link> menu, ClaimsPrincipal reader, SitePages pages) =>
        menu.Where(l => pages.Has(l.Href) && (l.Roles.Length == 0 || l.Roles.Any(r => reader.IsInRole(r.ToString()))));
}
