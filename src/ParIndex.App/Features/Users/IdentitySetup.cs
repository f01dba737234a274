using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Data;

namespace ParIndex.App.Features.Users;

/// <summary>
/// The one place ASP.NET Core Identity is configured: password policy, lockout (by administrators only), stores and bilingual messages. The web
/// app calls <see cref="AddParIndexIdentityCore"/> (or passes <see cref="Configure"/> to its own <c>AddIdentity</c>);
/// use cases outside a web request use <see cref="Create"/> over their own <see cref="AppDbContext"/>.
/// </summary>
public static class IdentitySetup
{
    public const int MinPasswordLength = 10;

    public static void Configure(IdentityOptions o)
    {
        o.Password.RequiredLength = MinPasswordLength;
        o.Password.RequireDigit = true;
        o.Password.RequireUppercase = true;
        o.Password.RequireLowercase = true;
        o.Password.RequireNonAlphanumeric = false;
        o.Password.RequiredUniqueChars = 1;
        // Failed sign-ins never lock an account (a stranger could lock anyone out): SignInThrottle slows the client
        // instead. A lockout end is only what an administrator sets, and it applies to every account.
        o.Lockout.AllowedForNewUsers = true;
        o.User.RequireUniqueEmail = false;
        // "Confirmed" means "not disabled" (EnabledAccounts).
        o.SignIn.RequireConfirmedAccount = true;
    }

    public static IdentityBuilder AddParIndexIdentityCore(this IServiceCollection services) =>
        services.AddIdentityCore<AppUser>(Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<BilingualIdentityErrors>()
            .AddUserConfirmation<EnabledAccounts>();

    /// <summary>A user manager and a role manager working on <paramref name="db"/> (and its transaction).</summary>
    public static IdentityServices Create(AppDbContext db, TimeProvider clock)
    {
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(clock);
        // Registered as an instance so the container never disposes the caller's context.
        services.AddSingleton(db);
        services.AddParIndexIdentityCore();
        var provider = services.BuildServiceProvider();
        var scope = provider.CreateScope();
        return new IdentityServices(provider, scope,
            scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>(),
            scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
    }
}

public sealed class IdentityServices(ServiceProvider provider, IServiceScope scope, UserManager<AppUser> users, RoleManager<IdentityRole> roles) : IDisposable
{
    public UserManager<AppUser> Users { get; } = users;

    public RoleManager<IdentityRole> Roles { get; } = roles;

    public void Dispose()
    {
        scope.Dispose();
        provider.Dispose();
    }
}
