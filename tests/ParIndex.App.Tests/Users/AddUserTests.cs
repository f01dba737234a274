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

/// <summary>Users created through ASP.NET Core Identity on World's database (which already holds two appraisers).</summary>
public abstract class AddUserTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Password = "Mat-khau-2025";

    private Task<AddedUser> AddAsync(AddUser request, Actor? actor = null) =>
        World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(actor ?? World.Admin, request));

    private Task<(int Users, int Roles, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.Users.CountAsync(), await db.Roles.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Creates_a_unit_editor_bound_to_the_unit_with_a_hashed_password_and_the_role_created_on_demand()
    {
        var added = await AddAsync(new AddUser("a.editor", Password, Role.UnitEditor, "A", "Nguyễn Văn An"));

        Assert.Equal(("a.editor", Role.UnitEditor, "A"), (added.UserName, added.Role, added.UnitCode));
        var user = await World.Run(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == added.Id));
        Assert.Equal(World.UnitIds["A"], user.UnitId);
        Assert.Equal("Nguyễn Văn An", user.DisplayName);
        Assert.Equal("A.EDITOR", user.NormalizedUserName);
        Assert.True(user.LockoutEnabled);
        Assert.False(string.IsNullOrEmpty(user.PasswordHash));
        Assert.DoesNotContain(Password, user.PasswordHash);

        var actor = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("A.Editor")));
        Assert.Equal(Actor.Of(added.Id, "Nguyễn Văn An", World.UnitIds["A"], Role.UnitEditor).Roles, actor.Roles);
        Assert.Equal((added.Id, World.UnitIds["A"]), (actor.UserId, actor.UnitId));
        Assert.True(actor.BelongsTo(World.UnitIds["A"]));

        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(("role.create", "UnitEditor"), (audit[^2].Action, audit[^2].EntityKey));
        Assert.Equal(("user.add", "a.editor", "role=UnitEditor; unit=A; name=Nguyễn Văn An"), (audit[^1].Action, audit[^1].EntityKey, audit[^1].NewValue));
        Assert.All(audit, a => Assert.DoesNotContain(Password, $"{a.OldValue}{a.NewValue}{a.Reason}"));
    }

    [Fact]
    public async Task A_second_user_in_the_same_role_reuses_the_role()
    {
        await AddAsync(new AddUser("snv.1", Password, Role.Secretariat));
        await AddAsync(new AddUser("snv.2", Password, Role.Secretariat));

        var (_, roles, _) = await CountsAsync();
        Assert.Equal(1, roles);
        var actor = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("snv.2")));
        Assert.True(actor.Is(Role.Secretariat));
        Assert.Null(actor.UnitId);
    }

    [Fact]
    public async Task A_weak_password_is_refused_with_every_rule_it_breaks_and_nothing_is_written()
    {
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("a.editor", "abc", Role.UnitEditor, "A")));

        Assert.All(e.Problems, p => Assert.Equal("password", p.File));
        Assert.Equal(3, e.Problems.Count);
        Assert.Contains(e.Problems, p => p.Message == "Mật khẩu phải có ít nhất 10 ký tự" && p.Says.In(Language.En) == "Passwords must be at least 10 characters");
        Assert.Contains(e.Problems, p => p.Says.In(Language.En).Contains("at least one digit"));
        Assert.Contains(e.Problems, p => p.Says.In(Language.En).Contains("at least one uppercase letter"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_password_longer_than_sign_in_checks_is_refused_and_256_characters_are_taken()
    {
        var before = await CountsAsync();
        var longest = "Aa1" + new string('x', 253);

        var e = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("a.editor", longest + "x", Role.UnitEditor, "A")));

        Assert.Equal("Mật khẩu dài quá 256 ký tự", Assert.Single(e.Problems).Message);
        Assert.Equal("Passwords must be at most 256 characters", Assert.Single(e.Problems).Says.In(Language.En));
        Assert.Equal(before, await CountsAsync());
        await AddAsync(new AddUser("a.editor", longest, Role.UnitEditor, "A"));
        Assert.Equal(before.Users + 1, (await CountsAsync()).Users);
    }

    [Fact]
    public async Task Unit_roles_need_a_known_unit_and_other_roles_take_none()
    {
        var before = await CountsAsync();

        var missing = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("lead", Password, Role.UnitLead)));
        Assert.Contains("needs a unit", Assert.Single(missing.Problems).In(Language.En));
        var unknown = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("lead", Password, Role.UnitLead, "ZZ")));
        Assert.Contains("There is no unit ZZ", Assert.Single(unknown.Problems).In(Language.En));
        var extra = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("viewer", Password, Role.Viewer, "A")));
        Assert.Contains("Only unit editors and unit leaders belong to a unit", Assert.Single(extra.Problems).In(Language.En));

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_taken_or_invalid_username_is_refused()
    {
        await AddAsync(new AddUser("a.lead", Password, Role.UnitLead, "A"));
        var before = await CountsAsync();

        var taken = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("A.LEAD", Password, Role.UnitLead, "B")));
        Assert.Contains("is already taken", Assert.Single(taken.Problems).In(Language.En));
        var invalid = await Assert.ThrowsAsync<ImportException>(() => AddAsync(new AddUser("nguyễn văn", Password, Role.Viewer)));
        Assert.Contains("is invalid", Assert.Single(invalid.Problems).In(Language.En));

        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_secretariat_adds_unit_accounts_only()
    {
        var e = await Assert.ThrowsAsync<ForbiddenException>(() => AddAsync(new AddUser("x.viewer", Password, Role.Viewer), World.Secretariat));
        Assert.Contains("Cơ quan thường trực chỉ quản lý tài khoản", e.Message);
        await Assert.ThrowsAsync<ForbiddenException>(() => AddAsync(new AddUser("x.viewer", Password, Role.Viewer), World.Council));
        Assert.Equal(2, (await CountsAsync()).Users);

        var lead = await AddAsync(new AddUser("lanh-dao.b", Password, Role.UnitLead, "B"), World.Secretariat);

        Assert.Equal(("lanh-dao.b", "B"), (lead.UserName, lead.UnitCode));
        Assert.Null(lead.Link);
        Assert.Equal(3, (await CountsAsync()).Users);
    }

    [Fact]
    public async Task Without_a_password_the_account_gets_a_one_time_link_valid_for_72_hours()
    {
        var added = await AddAsync(new AddUser("can-bo.c", null, Role.UnitEditor, "C", "Phạm Thị Cúc"), World.Secretariat);

        Assert.NotNull(added.Link);
        Assert.Equal(43, added.Link.Token.Length);
        Assert.Equal("/dat-mat-khau/" + added.Link.Token, added.Link.Path);
        // World's clock: 02/01/2025 09:00 Vietnam time = 02:00 UTC; 72 hours later.
        Assert.Equal(new DateTimeOffset(2025, 1, 5, 2, 0, 0, TimeSpan.Zero), added.Link.ExpiresAt);
        var user = await World.Run(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == added.Id));
        Assert.Null(user.PasswordHash);
        var link = await World.Run(db => db.PasswordLinks.AsNoTracking().SingleAsync());
        Assert.Equal((added.Id, "u-snv"), (link.UserId, link.IssuedBy));
        Assert.NotEqual(added.Link.Token, link.Sha256);
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(("user.password-link", "can-bo.c"), (audit[^1].Action, audit[^1].EntityKey));
        Assert.All(audit, a => Assert.DoesNotContain(added.Link.Token, $"{a.OldValue}{a.NewValue}{a.Reason}"));
        Assert.DoesNotContain(added.Link.Token, added.Link.ToString());
    }

    [Fact]
    public async Task Acting_as_an_unknown_user_is_refused()
    {
        var e = await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("nobody"))));
        Assert.Contains("Không có người dùng nobody", e.Message);
    }
}

public sealed class AddUserTestsOnSqlite() : AddUserTests(DatabaseProvider.Sqlite);

public sealed class AddUserTestsOnPostgres() : AddUserTests(DatabaseProvider.Postgres);
