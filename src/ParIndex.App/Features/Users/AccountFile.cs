using System.Globalization;
using System.Text;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The accounts file (<c>username,name,role,unit,email</c>, CSV or XLSX): its columns, and roles written in English
/// (<c>UnitEditor</c>) or in Vietnamese (<c>cán bộ đơn vị</c>).
/// </summary>
public static class AccountFile
{
    public static readonly string[] Columns = ["username", "name", "role", "unit", "email"];

    /// <summary>The words accepted for each role, Vietnamese first; the first one is what a template writes.</summary>
    public static readonly IReadOnlyDictionary<Role, string[]> Words = new Dictionary<Role, string[]>
    {
        [Role.Admin] = ["quản trị", "quản trị hệ thống"],
        [Role.Secretariat] = ["thường trực", "cơ quan thường trực"],
        [Role.UnitEditor] = ["cán bộ đơn vị", "cán bộ"],
        [Role.UnitLead] = ["lãnh đạo đơn vị", "lãnh đạo"],
        [Role.Appraiser] = ["thẩm định viên", "thẩm định"],
        [Role.Council] = ["hội đồng", "hội đồng thẩm định"],
        [Role.Viewer] = ["người xem"],
    };

    public static Role? ParseRole(string text)
    {
        var folded = text.Trim().Normalize(NormalizationForm.FormC).ToLower(CultureInfo.InvariantCulture);
        if (Enum.TryParse<Role>(folded, ignoreCase: true, out var role) && Enum.IsDefined(role) && !folded.Any(char.IsDigit)) return role;
        foreach (var (r, words) in Words)
            if (words.Contains(folded, StringComparer.Ordinal)) return r;
        return null;
    }

    public static string RoleList => string.Join(", ", Enum.GetValues<Role>().Select(r => $"{r} ({Words[r][0]})"));
}
