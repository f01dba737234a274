using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Users;

/// <summary>Accounts from a file: all or nothing, located problems, one-time links, and the secretariat kept to unit accounts.</summary>
public abstract class ImportUsersTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private async Task<UsersImported> ImportAsync(string name, string content, Actor? actor = null)
    {
        var path = Path.Combine(Repo.TempDir(), name);
        await File.WriteAllTextAsync(path, content);
        return await World.Run(db => new ImportUsersHandler(db, World.Clock).HandleAsync(actor ?? World.Admin, new ImportUsers(path)));
    }

    private Task<int> UserCountAsync() => World.Run(db => db.Users.CountAsync());

    [Fact]
    public async Task Accounts_are_created_with_roles_in_either_language_and_a_link_each()
    {
        var imported = await ImportAsync("tai-khoan.csv",
            "username,name,role,unit,email\ncan-bo.a,Nguyễn Văn An,cán bộ đơn vị,A,an@example.gov.vn\nlanh-dao.a,Đỗ Thị Bình,UnitLead,a,\ntham-dinh.3,Lê Văn Cường,thẩm định viên,,\n");

        Assert.Equal(["can-bo.a", "lanh-dao.a", "tham-dinh.3"], imported.Created.Select(c => c.UserName));
        Assert.Equal([Role.UnitEditor, Role.UnitLead, Role.Appraiser], imported.Created.Select(c => c.Role));
        Assert.Equal(["A", "A", null], imported.Created.Select(c => c.UnitCode));
        Assert.Equal(3, imported.Created.Select(c => c.Link.Token).Distinct().Count());
        Assert.Equal(0, imported.Unchanged);
        var an = await World.Run(db => db.Users.AsNoTracking().SingleAsync(u => u.UserName == "can-bo.a"));
        Assert.Equal(("Nguyễn Văn An", "an@example.gov.vn", World.UnitIds["A"], (string?)null), (an.DisplayName, an.Email, an.UnitId, an.PasswordHash));
        Assert.Equal(3, await World.Run(db => db.PasswordLinks.CountAsync()));
        var added = await World.Run(db => db.Audit.AsNoTracking().Where(a => a.Action == "user.add").ToListAsync());
        Assert.All(added, a => Assert.Equal("tai-khoan.csv", a.Reason));
        Assert.Null(await World.Run(db => ParIndex.App.Audit.AuditChain.VerifyAsync(db, default)));

        var again = await ImportAsync("tai-khoan.csv",
            "username,name,role,unit,email\ncan-bo.a,Nguyễn Văn An,cán bộ đơn vị,A,an@example.gov.vn\nlanh-dao.a,Đỗ Thị Bình,UnitLead,a,\ntham-dinh.3,Lê Văn Cường,thẩm định viên,,\n");
        Assert.Equal((0, 3), (again.Created.Count, again.Unchanged));
        Assert.Equal(3, await World.Run(db => db.PasswordLinks.CountAsync()));
    }

    [Fact]
    public async Task Every_problem_is_reported_by_row_and_column_and_nothing_is_created()
    {
        await ImportAsync("co-san.csv", "username,role,unit\ncan-bo.b,UnitEditor,B\n");
        var before = await UserCountAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync("tai-khoan.csv",
            "username,name,role,unit,email\n" +
            "can-bo.a,An,cán bộ đơn vị,A,\n" +        // line 2: fine
            ",Không tên,viewer,,\n" +                 // line 3: no username
            "lanh-dao.x,Xuân,lãnh đạo,ZZ,\n" +        // line 4: unknown unit
            "khach,Khách,khách mời,,\n" +             // line 5: not a role
            "CAN-BO.A,An,viewer,,\n" +                // line 6: listed twice (any case)
            "xem.1,Xem,viewer,A,\n" +                 // line 7: a viewer has no unit
            "thu,Thư,viewer,,thu@@\n" +               // line 8: not an email
            "can-bo.b,Bình,UnitLead,B,\n" +           // line 9: stored with another role
            "nguyễn,Nguyễn,viewer,,\n"));             // line 10: not a valid username

        Assert.Equal([(3, "1 (username)"), (4, "4 (unit)"), (5, "3 (role)"), (6, "1 (username)"), (7, "4 (unit)"), (8, "5 (email)"), (9, "1 (username)"), (10, "1 (username)")],
            e.Problems.Select(p => (p.Line!.Value, p.Column!)));
        Assert.Contains("There is no unit ZZ", e.Problems[1].In(Language.En));
        Assert.Contains("first on line 2", e.Problems[3].In(Language.En));
        Assert.Contains("exists with role=UnitEditor; unit=B", e.Problems[6].In(Language.En));
        Assert.Equal(before, await UserCountAsync());
    }

    [Fact]
    public async Task The_secretariat_imports_unit_accounts_only()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync("tai-khoan.csv",
            "username,role,unit\ncan-bo.c,UnitEditor,C\nhoi-dong.2,hội đồng,\n", World.Secretariat));
        Assert.Equal((3, "2 (role)"), (e.Problems.Single().Line!.Value, e.Problems.Single().Column!));
        Assert.Contains("creates unit accounts only", e.Problems.Single().In(Language.En));
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync("tai-khoan.csv", "username,role,unit\ncan-bo.c,UnitEditor,C\n", World.Council));
        Assert.Equal(2, await UserCountAsync());

        var ok = await ImportAsync("tai-khoan.csv", "username,role,unit\ncan-bo.c,UnitEditor,C\n", World.Secretariat);
        Assert.Equal("can-bo.c", Assert.Single(ok.Created).UserName);
    }

    [Fact]
    public async Task A_workbook_is_read_from_its_first_sheet_with_excel_columns()
    {
        var path = Path.Combine(Repo.TempDir(), "tai-khoan.xlsx");
        await File.WriteAllBytesAsync(path, XlsxWriter.Write([new Sheet("Tài khoản", [
            new object?[] { "username", "name", "role", "unit" },
            new object?[] { "can-bo.d", "Dung", "cán bộ", "D" },
            new object?[] { "lanh-dao.d", "Duy", "lãnh đạo", "QQ" },
        ])]));

        var e = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new ImportUsersHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUsers(path))));

        var problem = Assert.Single(e.Problems);
        Assert.Equal(("Tài khoản", 3, "D (unit)"), (problem.Sheet, problem.Line!.Value, problem.Column!));
    }
}

public sealed class ImportUsersTestsOnSqlite() : ImportUsersTests(DatabaseProvider.Sqlite);

public sealed class ImportUsersTestsOnPostgres() : ImportUsersTests(DatabaseProvider.Postgres);
