using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Users;

/// <summary>Accounts staged for the account use cases, through AddUser as an administrator would.</summary>
internal static class AccountsWorld
{
    public const string Password = "Mat-khau-2025";

    /// <summary>
    /// Six accounts: Nguyễn Văn An (editor of A), Đỗ Thị Bình (leader of A), Trần Văn Cường (editor of B), a
    /// secretariat officer, an administrator and a council member — plus World's two appraisers without a role.
    /// </summary>
    public static readonly (string User, string Name, Role Role, string? Unit)[] People =
    [
        ("can-bo.a", "Nguyễn Văn An", Role.UnitEditor, "A"), ("lanh-dao.a", "Đỗ Thị Bình", Role.UnitLead, "A"),
        ("can-bo.b", "Trần Văn Cường", Role.UnitEditor, "B"), ("thu-ky.1", "Lê Thu Hà", Role.Secretariat, null),
        ("quan-tri.1", "Hoàng Minh", Role.Admin, null), ("hoi-dong.1", "Vũ Lan", Role.Council, null),
    ];

    public static async Task<Dictionary<string, string>> AddAsync(World world)
    {
        var ids = new Dictionary<string, string>();
        foreach (var (user, name, role, unit) in People)
            ids[user] = (await world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin, new AddUser(user, Password, role, unit, name)))).Id;
        return ids;
    }

    public static Task<Actor> ActorAsync(World world, string user) => world.Run(db => new GetActorHandler(db).HandleAsync(new GetActor(user)));
}
