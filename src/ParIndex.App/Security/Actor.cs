using ParIndex.Domain.Workflow;

namespace ParIndex.App.Security;

/// <summary>
/// Who is calling a use case: a signed-in user with their roles and, for unit roles, their unit. Every use case
/// takes one and decides on it; the UI only hides what the use case would refuse anyway.
/// </summary>
public sealed record Actor(string UserId, string Name, IReadOnlySet<Role> Roles, int? UnitId = null)
{
    /// <summary>The operator at the command line: whoever can run the CLI on the server already holds the database.</summary>
    public static Actor Operator(string name) => new("cli:" + name, name, new HashSet<Role> { Role.Admin });

    public static Actor Of(string userId, string name, int? unitId, params Role[] roles) => new(userId, name, roles.ToHashSet(), unitId);

    public bool Is(Role role) => Roles.Contains(role);

    public bool IsAny(params Role[] roles) => roles.Any(Roles.Contains);

    /// <summary>Admin, secretariat and council see every unit of a period.</summary>
    public bool SeesAllUnits => IsAny(Role.Admin, Role.Secretariat, Role.Council);

    public bool BelongsTo(int unitId) => UnitId == unitId && IsAny(Role.UnitEditor, Role.UnitLead);
}
