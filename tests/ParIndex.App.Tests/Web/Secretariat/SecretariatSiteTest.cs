using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>The test province on a running site, with one account per role that matters to the secretariat's pages.</summary>
public abstract class SecretariatSiteTest(DatabaseProvider provider) : ProviderTest(provider)
{
    protected const string Password = "MatKhau2025Manh";

    private static readonly (string Name, Role Role, string? Unit)[] Accounts =
    [
        ("thu.ky", Role.Secretariat, null), ("quan.tri", Role.Admin, null), ("hoi.dong", Role.Council, null),
        ("can.bo.a", Role.UnitEditor, "A"), ("tham.dinh", Role.Appraiser, null),
    ];

    private protected async Task<RunningSite> StartAsync()
    {
        foreach (var (name, role, unit) in Accounts)
            await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser(name, Password, role, unit, $"Người dùng {name}")));
        return await RunningSite.StartAsync(World.Database);
    }

    private protected static Task<Browser> As(RunningSite site, string user) => Browser.SignInAsync(site, user, Password);

    /// <summary>A refusal by a use case sends the reader to the 403 page.</summary>
    private protected static void AssertForbidden(HttpResponseMessage response)
    {
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.Equal("/loi/403", location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0]);
    }
}
