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

/// <summary>One-time links to set a password, and every user changing their own password.</summary>
public abstract class PasswordLinkTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string NewPassword = "Mat-khau-moi-2025";

    private Task<string> SetAsync(string token, string password, string? confirm = null) =>
        World.Run(db => new SetPasswordByLinkHandler(db, World.Clock).HandleAsync(new SetPasswordByLink(token, password, confirm ?? password)));

    private Task<bool> SignsInWithAsync(string userName, string password) => World.Run(async db =>
    {
        using var identity = IdentitySetup.Create(db, World.Clock);
        var user = await identity.Users.FindByNameAsync(userName);
        return user is not null && await identity.Users.CheckPasswordAsync(user, password);
    });

    private async Task<AddedUser> NewAccountAsync() =>
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AddUser("can-bo.d", null, Role.UnitEditor, "D", "Ngô Thị Dung")));

    [Fact]
    public async Task The_owner_sets_a_first_password_through_the_link_once()
    {
        var added = await NewAccountAsync();
        var token = added.Link!.Token;

        var view = await World.Run(db => new GetPasswordLinkHandler(db, World.Clock).HandleAsync(new GetPasswordLink(token)));
        Assert.Equal(("can-bo.d", "Ngô Thị Dung", true), (view.UserName, view.DisplayName, view.FirstPassword));

        Assert.Equal("can-bo.d", await SetAsync(token, NewPassword));

        Assert.True(await SignsInWithAsync("can-bo.d", NewPassword));
        var link = await World.Run(db => db.PasswordLinks.AsNoTracking().SingleAsync());
        Assert.Equal((World.On(1, 2), (DateTimeOffset?)null), (link.UsedAt!.Value, link.RevokedAt));
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("user.password-set", "can-bo.d", added.Id), (audit.Action, audit.EntityKey, audit.Actor));
        await Assert.ThrowsAsync<NotFoundException>(() => SetAsync(token, "Mat-khau-khac-2025"));
        await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new GetPasswordLinkHandler(db, World.Clock).HandleAsync(new GetPasswordLink(token))));
        Assert.True(await SignsInWithAsync("can-bo.d", NewPassword));
    }

    [Fact]
    public async Task A_weak_or_mistyped_password_is_refused_and_the_link_still_works()
    {
        var token = (await NewAccountAsync()).Link!.Token;

        var weak = await Assert.ThrowsAsync<ImportException>(() => SetAsync(token, "short"));
        Assert.All(weak.Problems, p => Assert.Equal("password", p.File));
        Assert.Equal(3, weak.Problems.Count);
        var mistyped = await Assert.ThrowsAsync<ImportException>(() => SetAsync(token, NewPassword, NewPassword + "x"));
        Assert.Equal("confirm", Assert.Single(mistyped.Problems).File);

        Assert.Equal("can-bo.d", await SetAsync(token, NewPassword));
    }

    [Fact]
    public async Task A_link_expires_after_72_hours_and_a_new_one_revokes_the_old()
    {
        var added = await NewAccountAsync();
        var first = added.Link!.Token;
        var second = await World.Run(db => new IssuePasswordLinkHandler(db, World.Clock).HandleAsync(World.Secretariat, new IssuePasswordLink(added.UserName)));

        await Assert.ThrowsAsync<NotFoundException>(() => SetAsync(first, NewPassword));
        World.Clock.Now = World.On(1, 5, 8) + TimeSpan.FromMinutes(59);
        Assert.Equal("can-bo.d", (await World.Run(db => new GetPasswordLinkHandler(db, World.Clock).HandleAsync(new GetPasswordLink(second.Link.Token)))).UserName);
        // Issued 02/01 09:00 Vietnam time: usable until 05/01 09:00, not at 09:00 itself.
        World.Clock.Now = World.On(1, 5, 9);
        await Assert.ThrowsAsync<NotFoundException>(() => SetAsync(second.Link.Token, NewPassword));
        Assert.Equal(2, await World.Run(db => db.PasswordLinks.CountAsync(l => l.UsedAt == null)));
    }

    [Fact]
    public async Task A_reset_keeps_the_old_password_until_the_new_one_is_set_and_lifts_a_lockout()
    {
        var ids = await AccountsWorld.AddAsync(World);
        await World.Run(async db =>
        {
            using var identity = IdentitySetup.Create(db, World.Clock);
            var user = (await identity.Users.FindByIdAsync(ids["can-bo.a"]))!;
            for (var i = 0; i < identity.Users.Options.Lockout.MaxFailedAccessAttempts; i++) await identity.Users.AccessFailedAsync(user);
            return await identity.Users.IsLockedOutAsync(user);
        });

        var issued = await World.Run(db => new IssuePasswordLinkHandler(db, World.Clock).HandleAsync(World.Secretariat, new IssuePasswordLink("can-bo.a")));
        Assert.True(await SignsInWithAsync("can-bo.a", AccountsWorld.Password));
        await SetAsync(issued.Link.Token, NewPassword);

        Assert.False(await SignsInWithAsync("can-bo.a", AccountsWorld.Password));
        Assert.True(await SignsInWithAsync("can-bo.a", NewPassword));
        var user = await World.Run(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == ids["can-bo.a"]));
        Assert.Equal((0, (DateTimeOffset?)null), (user.AccessFailedCount, user.LockoutEnd));
    }

    [Fact]
    public async Task A_disabled_account_gets_no_link_and_its_open_link_stops_working()
    {
        var added = await NewAccountAsync();
        await World.Run(db => new SetUserDisabledHandler(db, World.Clock).HandleAsync(World.Secretariat, new SetUserDisabled(added.UserName, true)));

        await Assert.ThrowsAsync<NotFoundException>(() => SetAsync(added.Link!.Token, NewPassword));
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => World.Run(db => new IssuePasswordLinkHandler(db, World.Clock).HandleAsync(World.Secretariat, new IssuePasswordLink(added.UserName))));
        Assert.Contains("is disabled", refused.Says.In(Language.En));
        var ids = await AccountsWorld.AddAsync(World);
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new IssuePasswordLinkHandler(db, World.Clock).HandleAsync(World.Secretariat, new IssuePasswordLink("quan-tri.1"))));
    }

    [Fact]
    public async Task Links_shown_after_an_import_are_read_back_only_while_open_and_only_for_their_account()
    {
        var added = await NewAccountAsync();
        var ids = await AccountsWorld.AddAsync(World);
        var admins = await World.Run(db => new IssuePasswordLinkHandler(db, World.Clock).HandleAsync(World.Admin, new IssuePasswordLink("quan-tri.1")));

        var read = await World.Run(db => new ReadPasswordLinksHandler(db, World.Clock).HandleAsync(World.Secretariat, new ReadPasswordLinks(
            [("can-bo.d", added.Link!.Token), ("can-bo.a", added.Link.Token), ("quan-tri.1", admins.Link.Token), ("can-bo.d", "khong-phai-ma")])));

        var only = Assert.Single(read);
        Assert.Equal(("can-bo.d", "Ngô Thị Dung", "D", added.Link!.ExpiresAt), (only.UserName, only.DisplayName, only.UnitCode, only.ExpiresAt));
        Assert.Equal(2, (await World.Run(db => new ReadPasswordLinksHandler(db, World.Clock).HandleAsync(World.Admin, new ReadPasswordLinks(
            [("can-bo.d", added.Link!.Token), ("quan-tri.1", admins.Link.Token)])))).Count);
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new ReadPasswordLinksHandler(db, World.Clock).HandleAsync(World.Editor("D"), new ReadPasswordLinks([]))));
    }

    [Fact]
    public async Task Every_user_changes_their_own_password_with_the_current_one()
    {
        await AccountsWorld.AddAsync(World);
        var editor = await AccountsWorld.ActorAsync(World, "can-bo.b");
        Task Change(string current, string password, string confirm) =>
            World.Run(db => new ChangeOwnPasswordHandler(db, World.Clock).HandleAsync(editor, new ChangeOwnPassword(current, password, confirm)));
        var before = await World.Run(db => db.Audit.CountAsync());

        var wrong = await Assert.ThrowsAsync<ImportException>(() => Change("Sai-mat-khau-1", "abc", "abd"));
        Assert.Equal(["current", "password", "password", "password", "confirm"], wrong.Problems.Select(p => p.File));
        var same = await Assert.ThrowsAsync<ImportException>(() => Change(AccountsWorld.Password, AccountsWorld.Password, AccountsWorld.Password));
        Assert.Contains("must differ", Assert.Single(same.Problems).In(Language.En));
        Assert.Equal(before, await World.Run(db => db.Audit.CountAsync()));

        await Change(AccountsWorld.Password, NewPassword, NewPassword);

        Assert.True(await SignsInWithAsync("can-bo.b", NewPassword));
        Assert.False(await SignsInWithAsync("can-bo.b", AccountsWorld.Password));
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("user.password-change", "can-bo.b", editor.UserId), (audit.Action, audit.EntityKey, audit.Actor));
        await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new ChangeOwnPasswordHandler(db, World.Clock).HandleAsync(World.Admin, new ChangeOwnPassword("x", NewPassword, NewPassword))));
    }
}

public sealed class PasswordLinkTestsOnSqlite() : PasswordLinkTests(DatabaseProvider.Sqlite);

public sealed class PasswordLinkTestsOnPostgres() : PasswordLinkTests(DatabaseProvider.Postgres);
