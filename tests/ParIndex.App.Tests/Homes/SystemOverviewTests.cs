using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Homes;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Homes;

/// <summary>The administrator's overview of accounts, tokens, the audit log and the periods, counted by hand.</summary>
public abstract class SystemOverviewTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Counts_accounts_by_role_locked_ones_tokens_in_force_and_the_latest_audit_entries()
    {
        // The world's two appraiser users have no role; SiteSession.People add 8 people with one role each.
        await SiteSession.AddUsersAsync(World, SiteSession.People);
        var secretariat = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("thu.ky")));
        await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(secretariat, new CreateApiToken("báo cáo", 30)));
        var revoked = await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(secretariat, new CreateApiToken("cũ", 30)));
        await World.Run(db => new RevokeApiTokenHandler(db, World.Clock).HandleAsync(secretariat, new RevokeApiToken(revoked.Id)));
        await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(secretariat, new CreateApiToken("ngắn", 1)));
        World.Clock.Now = World.Clock.Now.AddDays(2);                                                       // the 1-day token has expired
        var now = World.Clock.GetUtcNow();
        await World.Run(async db =>
        {
            (await db.Users.SingleAsync(u => u.UserName == "can.bo.a")).LockoutEnd = now.AddMinutes(10);    // locked now
            (await db.Users.SingleAsync(u => u.UserName == "bien.tap.b")).LockoutEnd = now.AddMinutes(-1);  // lock over
            await db.SaveChangesAsync();
        });

        var admin = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("quan.tri")));
        var o = await World.Run(db => new GetSystemOverviewHandler(db, World.Clock).HandleAsync(admin, new GetSystemOverview(Recent: 3)));

        Assert.Equal(10, o.Accounts);
        Assert.Equal([(Role.Admin, 1), (Role.Secretariat, 1), (Role.UnitEditor, 3), (Role.UnitLead, 1), (Role.Appraiser, 1), (Role.Council, 1), (Role.Viewer, 0)],
            o.ByRole.Select(r => (r.Role, r.Accounts)));
        Assert.Equal((2, 1, 1), (o.WithoutRole, o.LockedOut, o.ActiveTokens));
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderByDescending(a => a.Id).ToListAsync());
        Assert.Equal(audit.Count, o.AuditEntries);
        Assert.Equal(audit.Take(3).Select(a => a.Id), o.Recent.Select(r => r.Id));
        // Who acted is shown by user name: the last entries are the secretariat's token steps.
        Assert.All(o.Recent, r => Assert.Equal("thu.ky", r.Actor.ToString()));
        Assert.Equal(new Dictionary<PeriodState, int> { [PeriodState.Draft] = 1 }, o.Periods);
    }

    [Fact]
    public async Task Only_an_administrator_sees_it()
    {
        foreach (var actor in new[] { World.Secretariat, World.Council, World.Viewer, World.Editor("A") })
            await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetSystemOverviewHandler(db, World.Clock).HandleAsync(actor, new GetSystemOverview())));
        Assert.Equal(0, (await World.Run(db => new GetSystemOverviewHandler(db, World.Clock).HandleAsync(World.Admin, new GetSystemOverview()))).ActiveTokens);
    }
}

public sealed class SystemOverviewTestsOnSqlite() : SystemOverviewTests(DatabaseProvider.Sqlite);

public sealed class SystemOverviewTestsOnPostgres() : SystemOverviewTests(DatabaseProvider.Postgres);
