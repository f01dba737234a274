using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Notifications;

/// <summary>The people of the world's units who receive notifications: an editor and a leader per unit, each with an email address.</summary>
internal static class Recipients
{
    public static string Editor(string unit) => $"bt.{unit.ToLowerInvariant()}";

    public static string Lead(string unit) => $"ld.{unit.ToLowerInvariant()}";

    public static string Email(string user) => $"{user}@tinh-mau.gov.vn";

    /// <summary>Adds them; <paramref name="withoutEmail"/> names people added with no address.</summary>
    public static async Task AddAsync(World world, params string[] withoutEmail)
    {
        foreach (var unit in World.UnitCodes)
            foreach (var (user, role) in new[] { (Editor(unit), Role.UnitEditor), (Lead(unit), Role.UnitLead) })
                await world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin,
                    new AddUser(user, "MatKhau2025Manh", role, unit, $"Người dùng {user}", withoutEmail.Contains(user) ? null : Email(user))));
    }
}
