using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Users;

/// <summary>Listing, reading, editing, disabling and enabling accounts: who may, on which account, and what is written.</summary>
public abstract class ManageAccountsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<UserList> ListAsync(Actor actor, ListUsers request) => World.Run(db => new ListUsersHandler(db).HandleAsync(actor, request));

    private Task<int> AuditCountAsync() => World.Run(db => db.Audit.CountAsync());

    [Fact]
    public async Task The_administrator_lists_every_account_and_the_secretariat_the_unit_accounts()
    {
        await AccountsWorld.AddAsync(World);

        var all = await ListAsync(World.Admin, new ListUsers());
        // Six added plus World's two appraisers (no role); unit accounts first by unit code, then the others by name.
        Assert.Equal(8, all.Total);
        Assert.Equal(["can-bo.a", "lanh-dao.a", "can-bo.b", "hoi-dong.1", "quan-tri.1", "tham-dinh-1", "tham-dinh-2", "thu-ky.1"], all.Users.Select(u => u.UserName));
        var units = await ListAsync(World.Secretariat, new ListUsers());
        Assert.Equal(["can-bo.a", "lanh-dao.a", "can-bo.b"], units.Users.Select(u => u.UserName));
        Assert.Equal(("A", "Sở A", true), (units.Users[0].UnitCode, units.Users[0].UnitName, units.Users[0].HasPassword));
        await Assert.ThrowsAsync<ForbiddenException>(() => ListAsync(World.Council, new ListUsers()));
        await Assert.ThrowsAsync<ForbiddenException>(() => ListAsync(World.Editor("A"), new ListUsers()));
    }

    [Fact]
    public async Task Search_ignores_case_and_diacritics_and_filters_combine()
    {
        await AccountsWorld.AddAsync(World);

        Assert.Equal(["can-bo.a"], (await ListAsync(World.Admin, new ListUsers("nguyen van"))).Users.Select(u => u.UserName));
        // "đỗ" written without its marks, "do", finds Đỗ Thị Bình (and nobody else has "do" in a field).
        Assert.Equal(["lanh-dao.a"], (await ListAsync(World.Admin, new ListUsers("do thi"))).Users.Select(u => u.UserName));
        Assert.Equal(["can-bo.a", "can-bo.b"], (await ListAsync(World.Admin, new ListUsers("CAN-BO"))).Users.Select(u => u.UserName));
        Assert.Equal(["can-bo.a", "lanh-dao.a"], (await ListAsync(World.Admin, new ListUsers(UnitCode: "a"))).Users.Select(u => u.UserName));
        Assert.Equal(["can-bo.a", "can-bo.b"], (await ListAsync(World.Admin, new ListUsers(Role: Role.UnitEditor))).Users.Select(u => u.UserName));
        Assert.Equal(["can-bo.b"], (await ListAsync(World.Admin, new ListUsers("can", Role.UnitEditor, "B"))).Users.Select(u => u.UserName));
        Assert.Empty((await ListAsync(World.Secretariat, new ListUsers("hoang minh"))).Users);
    }

    [Fact]
    public async Task The_list_comes_fifty_accounts_a_page()
    {
        await World.Run(async db =>
        {
            for (var i = 0; i < 120; i++) db.Users.Add(new AppUser { UserName = $"u{i:000}", NormalizedUserName = $"U{i:000}" });
            await db.SaveChangesAsync();
        });

        var third = await ListAsync(World.Admin, new ListUsers(Page: 3));

        // 122 accounts: World's two appraisers (tham-dinh-1, -2) sort before u000…u119, so the third page of 50 starts
        // at the 101st, u098, and holds the last 22.
        Assert.Equal((122, 3, 3, 22), (third.Total, third.Pages, third.Page, third.Users.Count));
        Assert.Equal("u098", third.Users[0].UserName);
        Assert.Equal(1, (await ListAsync(World.Admin, new ListUsers(Page: -4))).Page);
        Assert.Equal(3, (await ListAsync(World.Admin, new ListUsers(Page: 99))).Page);
    }

    [Fact]
    public async Task Editing_changes_role_unit_name_and_email_and_audits_only_what_changed()
    {
        var ids = await AccountsWorld.AddAsync(World);
        var before = await AuditCountAsync();

        var edited = await World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new EditUser("can-bo.a", "Nguyễn Văn An", "an@example.gov.vn", Role.UnitLead, "C")));

        Assert.Equal(["role", "unit", "email"], edited.Changed);
        var actor = await AccountsWorld.ActorAsync(World, "can-bo.a");
        Assert.Equal((World.UnitIds["C"], true, false), (actor.UnitId, actor.Is(Role.UnitLead), actor.Is(Role.UnitEditor)));
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).Skip(before).ToListAsync());
        var entry = Assert.Single(audit);
        Assert.Equal(("user.edit", "can-bo.a", "u-snv"), (entry.Action, entry.EntityKey, entry.Actor));
        Assert.Equal("role=UnitEditor; unit=A; email=", entry.OldValue);
        Assert.Equal("role=UnitLead; unit=C; email=an@example.gov.vn", entry.NewValue);

        var again = await World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new EditUser("can-bo.a", " Nguyễn Văn An ", "an@example.gov.vn", Role.UnitLead, "c")));
        Assert.Empty(again.Changed);
        Assert.Equal(before + 1, await AuditCountAsync());
    }

    [Fact]
    public async Task A_bad_edit_names_each_field_and_changes_nothing()
    {
        var ids = await AccountsWorld.AddAsync(World);
        var before = await AuditCountAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(World.Admin,
            new EditUser("can-bo.a", "An", "not an address", Role.UnitEditor, "ZZ"))));

        Assert.Equal(["unit", "email"], e.Problems.Select(p => p.File));
        Assert.Contains("There is no unit ZZ", e.Problems[0].In(Language.En));
        Assert.Contains("Email “not an address” is invalid", e.Problems[1].In(Language.En));
        var actor = await AccountsWorld.ActorAsync(World, "can-bo.a");
        Assert.Equal(("Nguyễn Văn An", World.UnitIds["A"]), (actor.Name, actor.UnitId));
        Assert.Equal(before, await AuditCountAsync());
    }

    [Fact]
    public async Task The_secretariat_keeps_to_unit_accounts_and_an_administrator_keeps_their_own_role()
    {
        var ids = await AccountsWorld.AddAsync(World);

        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new EditUser("can-bo.a", null, null, Role.Appraiser, null))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new EditUser("hoi-dong.1", null, null, Role.UnitEditor, "A"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetUserHandler(db, World.Clock).HandleAsync(World.Secretariat, new GetUser("thu-ky.1"))));
        var admin = await AccountsWorld.ActorAsync(World, "quan-tri.1");
        var self = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(admin,
            new EditUser("quan-tri.1", "Hoàng Minh", null, Role.Viewer, null))));
        Assert.Equal("role", Assert.Single(self.Problems).File);
        await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new GetUserHandler(db, World.Clock).HandleAsync(World.Admin, new GetUser("khong-co-ai"))));

        var moved = await World.Run(db => new EditUserHandler(db, World.Clock).HandleAsync(admin, new EditUser("hoi-dong.1", "Vũ Lan", null, Role.Appraiser, null)));
        Assert.Equal(["role"], moved.Changed);
        Assert.True((await AccountsWorld.ActorAsync(World, "hoi-dong.1")).Is(Role.Appraiser));
    }

    [Fact]
    public async Task A_disabled_account_acts_as_nobody_cannot_sign_in_and_comes_back_when_enabled()
    {
        var ids = await AccountsWorld.AddAsync(World);
        var stamp = await World.Run(db => db.Users.Where(u => u.Id == ids["can-bo.b"]).Select(u => u.SecurityStamp).SingleAsync());

        var state = await World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetUserDisabled("can-bo.b", true, "Chuyển công tác")));

        Assert.Equal((true, true), (state.Disabled, state.Changed));
        var user = await World.Run(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == ids["can-bo.b"]));
        Assert.Equal(World.On(1, 2), user.DisabledAt);
        Assert.NotEqual(stamp, user.SecurityStamp);
        await Assert.ThrowsAsync<AccountDisabledException>(() => AccountsWorld.ActorAsync(World, "can-bo.b"));
        await using (var db = World.Open())
        {
            using var identity = IdentitySetup.Create(db, World.Clock);
            var confirmation = new EnabledAccounts();
            Assert.False(await confirmation.IsConfirmedAsync(identity.Users, user));
            Assert.True(identity.Users.Options.SignIn.RequireConfirmedAccount);
        }
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("user.disable", "can-bo.b", "Chuyển công tác"), (audit.Action, audit.EntityKey, audit.Reason));
        var twice = await World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetUserDisabled("can-bo.b", true)));
        Assert.False(twice.Changed);

        await World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Admin, new SetUserDisabled("can-bo.b", false)));
        Assert.Equal(World.UnitIds["B"], (await AccountsWorld.ActorAsync(World, "can-bo.b")).UnitId);
        Assert.Equal("user.enable", (await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync())).Action);
    }

    [Fact]
    public async Task Nobody_disables_their_own_account_and_the_secretariat_disables_unit_accounts_only()
    {
        var ids = await AccountsWorld.AddAsync(World);
        var admin = await AccountsWorld.ActorAsync(World, "quan-tri.1");
        var before = await AuditCountAsync();

        var self = await Assert.ThrowsAsync<WorkflowException>(() => World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(admin, new SetUserDisabled("quan-tri.1", true))));
        Assert.Contains("your own account", self.Says.In(Language.En));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetUserDisabled("quan-tri.1", true))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SetUserDisabled("can-bo.a", true))));

        Assert.Equal(before, await AuditCountAsync());
        Assert.Null((await AccountsWorld.ActorAsync(World, "quan-tri.1")).UnitId);
    }
}

public sealed class ManageAccountsTestsOnSqlite() : ManageAccountsTests(DatabaseProvider.Sqlite);

public sealed class ManageAccountsTestsOnPostgres() : ManageAccountsTests(DatabaseProvider.Postgres);
