using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Units;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Units;

/// <summary>Units from CSV and XLSX on top of World's departments A–D (type department, group "Sở, ban, ngành").</summary>
public abstract class ImportUnitsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private protected string Write(string name, string text)
    {
        var path = Path.Combine(Repo.TempDir(), name);
        File.WriteAllText(path, text);
        return path;
    }

    private protected Task<UnitImport> ImportAsync(string path, Actor? actor = null) =>
        World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, new ImportUnits(path)));

    private protected Task<List<Unit>> UnitsAsync() =>
        World.Run(async db => (await db.Units.AsNoTracking().Include(u => u.Parent).ToListAsync()).OrderBy(u => u.Code, StringComparer.Ordinal).ToList());

    private protected Task<(int Units, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.Units.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Creates_units_whose_parents_come_later_in_the_file_with_Vietnamese_types_and_both_date_forms()
    {
        var path = Write("units.csv", """
            code,name,type,group,parent,valid_from,valid_to,name_en
            X01,Xã Tân Lập,xã,"Xã, phường",H01,2020-01-01,30/06/2025,Tan Lap commune
            H01,Huyện Mẫu,Huyện,Huyện,TINH,,30/06/2025,
            TINH,Tỉnh Mẫu,province,Tỉnh,,,,Mau province
            """);

        var result = await ImportAsync(path);

        Assert.Equal(new UnitImport(3, 0, 0), result);
        var units = (await UnitsAsync()).ToDictionary(u => u.Code);
        Assert.Equal(UnitType.Commune, units["X01"].Type);
        Assert.Equal("H01", units["X01"].Parent?.Code);
        Assert.Equal("Xã, phường", units["X01"].Group);
        Assert.Equal(new DateOnly(2020, 1, 1), units["X01"].ValidFrom);
        Assert.Equal(new DateOnly(2025, 6, 30), units["X01"].ValidTo);
        Assert.Equal("Tan Lap commune", units["X01"].NameEn);
        Assert.Equal(UnitType.District, units["H01"].Type);
        Assert.Equal("TINH", units["H01"].Parent?.Code);
        Assert.Null(units["H01"].NameEn);
        Assert.Null(units["TINH"].Parent);
        var audit = await World.Run(db => db.Audit.Where(a => a.Action == "unit.create").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(new[] { "X01", "H01", "TINH" }, audit.Select(a => a.EntityKey));
        Assert.Contains("\"parent\":\"H01\"", audit[0].NewValue);
        Assert.Contains("Xã Tân Lập", audit[0].NewValue);
    }

    [Fact]
    public async Task Type_is_optional_new_units_default_to_other_and_existing_units_keep_theirs()
    {
        var path = Write("units.csv", """
            code,name,group
            A,Sở A,"Sở, ban, ngành"
            E,Ban Quản lý E,"Sở, ban, ngành"
            """);

        Assert.Equal(new UnitImport(1, 0, 1), await ImportAsync(path));

        var units = (await UnitsAsync()).ToDictionary(u => u.Code);
        Assert.Equal(UnitType.Department, units["A"].Type);
        Assert.Equal(UnitType.Other, units["E"].Type);
    }

    [Fact]
    public async Task Updates_existing_units_by_code_and_audits_each_change_old_to_new()
    {
        var (_, auditBefore) = await CountsAsync();
        var path = Write("units.csv", """
            code,name,type,group,name_en
            A,Sở A (mới),department,"Sở, ban, ngành",Department A
            b,Sở B,department,"Sở, ban, ngành",
            C,Sở C,other,"Sở, ban, ngành",
            """);

        var result = await ImportAsync(path);

        Assert.Equal(new UnitImport(0, 2, 1), result);
        var units = (await UnitsAsync()).ToDictionary(u => u.Code);
        Assert.Equal("Sở A (mới)", units["A"].Name);
        Assert.Equal("Department A", units["A"].NameEn);
        Assert.Equal(UnitType.Other, units["C"].Type);
        Assert.Equal(4, units.Count); // "b" is B: codes match whatever their case
        var audit = await World.Run(db => db.Audit.Where(a => a.Action == "unit.update").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(2, audit.Count);
        Assert.Equal("A", audit[0].EntityKey);
        Assert.Equal("""{"name":"Sở A","name_en":null}""", audit[0].OldValue);
        Assert.Equal("""{"name":"Sở A (mới)","name_en":"Department A"}""", audit[0].NewValue);
        Assert.Equal("C", audit[1].EntityKey);
        Assert.Equal("""{"type":"department"}""", audit[1].OldValue);
        Assert.Equal("""{"type":"other"}""", audit[1].NewValue);
        Assert.Equal(auditBefore + 2, (await CountsAsync()).Audit);
        Assert.Equal(World.Secretariat.UserId, audit[0].Actor);
    }

    [Fact]
    public async Task Every_problem_is_located_by_line_and_column_and_nothing_is_written()
    {
        var before = await CountsAsync();
        var path = Write("bad.csv", """
            code,name,type,group,parent,valid_from,valid_to
            NEW1,Đơn vị hợp lệ,sở,"Sở, ban, ngành",,,
            ,Không mã,sở,"Sở, ban, ngành",,,
            NEW2,Loại sai,phường,"Sở, ban, ngành",,,
            NEW3,Ngày sai,sở,"Sở, ban, ngành",,31/02/2025,
            NEW4,Cấp trên không có,sở,"Sở, ban, ngành",KHONGCO,,
            NEW1,Trùng mã,sở,"Sở, ban, ngành",,,
            NEW5,,sở,,,,
            NEW6,Hết hạn trước khi có,sở,"Sở, ban, ngành",,2025-07-01,2025-01-01
            """);

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        var where = e.Problems.Select(p => (p.Line ?? 0, p.Column ?? "")).ToList();
        Assert.Contains((3, "1 (code)"), where);
        Assert.Contains((4, "3 (type)"), where);
        Assert.Contains((5, "6 (valid_from)"), where);
        Assert.Contains((6, "5 (parent)"), where);
        Assert.Contains((7, "1 (code)"), where);
        Assert.Contains((8, "2 (name)"), where);
        Assert.Contains((8, "4 (group)"), where);
        Assert.Contains((9, "7 (valid_to)"), where);
        Assert.Equal(8, e.Problems.Count);
        Assert.All(e.Problems, p => Assert.Equal(path, p.File));
        Assert.Contains(e.Problems, p => p.Message.Contains("“phường” không phải loại đơn vị") && p.In(Language.En).Contains("“phường” is not a unit type"));
        Assert.Contains(e.Problems, p => p.Message.Contains("(lần đầu ở dòng 2)") && p.In(Language.En).Contains("first on line 2"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_name_over_300_characters_is_refused_at_its_cell_by_a_short_excerpt_and_300_are_taken()
    {
        var before = await CountsAsync();
        var huge = new string('Đ', 20_000_000);
        var path = Write("units.csv", $"code,name,group,name_en\nNEW1,{new string('a', 300)},\"Sở, ban, ngành\",{new string('e', 300)}\n"
            + $"NEW2,{huge},\"Sở, ban, ngành\",\nNEW3,Sở mới,{new string('k', 201)},{new string('e', 301)}\n");

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        Assert.Equal([(3, "2 (name)"), (4, "3 (group)"), (4, "4 (name_en)")], e.Problems.Select(p => (p.Line ?? 0, p.Column ?? "")));
        Assert.Contains("Tên đơn vị dài 20000000 ký tự, quá 300", e.Problems[0].Message);
        Assert.Contains("The group name is 201 characters long, over 200", e.Problems[1].In(Language.En));
        Assert.Contains("The English name is 301 characters long, over 300", e.Problems[2].In(Language.En));
        Assert.All(e.Problems, p => Assert.True(p.Message.Length < 400, $"a message of {p.Message.Length} characters"));
        Assert.Equal(before, await CountsAsync());

        File.WriteAllText(path, $"code,name,group,name_en\nNEW1,{new string('a', 300)},{new string('k', 200)},{new string('e', 300)}\n");
        Assert.Equal(new UnitImport(1, 0, 0), await ImportAsync(path));
    }

    [Fact]
    public async Task A_file_without_a_required_column_is_refused_at_the_header()
    {
        var path = Write("units.csv", "code,name\nE,Sở E\n");
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("thiếu cột “group”", problem.Message);
    }

    [Fact]
    public async Task Parents_that_form_a_loop_are_refused()
    {
        var before = await CountsAsync();
        var path = Write("units.csv", """
            code,name,group,parent
            P,Đơn vị P,Khối,Q
            Q,Đơn vị Q,Khối,P
            R,Đơn vị R,Khối,R
            """);

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        Assert.Contains(e.Problems, p => p.Line == 2 && p.Message.Contains("P → Q → P"));
        Assert.Contains(e.Problems, p => p.Line == 3 && p.Message.Contains("Q → P → Q"));
        Assert.Contains(e.Problems, p => p.Line == 4 && p.Column == "4 (parent)" && p.In(Language.En).Contains("own parent") && p.Message.Contains("cấp trên của chính nó"));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_parent_may_be_a_unit_already_in_the_database_and_an_empty_cell_clears_it()
    {
        await ImportAsync(Write("a.csv", "code,name,group,parent\nE,Phòng E,\"Sở, ban, ngành\",A\n"));
        Assert.Equal("A", (await UnitsAsync()).Single(u => u.Code == "E").Parent?.Code);

        var result = await ImportAsync(Write("b.csv", "code,name,group,parent\nE,Phòng E,\"Sở, ban, ngành\",\n"));

        Assert.Equal(new UnitImport(0, 1, 0), result);
        Assert.Null((await UnitsAsync()).Single(u => u.Code == "E").Parent);
        var audit = await World.Run(db => db.Audit.SingleAsync(a => a.Action == "unit.update"));
        Assert.Equal("""{"parent":"A"}""", audit.OldValue);
        Assert.Equal("""{"parent":null}""", audit.NewValue);
    }

    [Fact]
    public async Task Reads_a_workbook_with_date_cells_and_locates_problems_by_column_letter()
    {
        var dir = Repo.TempDir();
        var good = Path.Combine(dir, "units.xlsx");
        File.WriteAllBytes(good, XlsxWriter.Write([new Sheet("Đơn vị", [
            ["code", "name", "type", "group", "valid_from"],
            ["X01", "Xã Một", "xã", "Xã, phường", 45839], // a date cell: Excel's serial day 45839 is 2025-07-01
        ])]));
        Assert.Equal(new UnitImport(1, 0, 0), await ImportAsync(good));
        Assert.Equal(new DateOnly(2025, 7, 1), (await UnitsAsync()).Single(u => u.Code == "X01").ValidFrom);

        var bad = Path.Combine(dir, "bad.xlsx");
        File.WriteAllBytes(bad, XlsxWriter.Write([new Sheet("Đơn vị", [
            ["code", "name", "type", "group"],
            ["X02", "Xã Hai", "thôn", "Xã, phường"],
        ])]));
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(bad));
        var problem = Assert.Single(e.Problems);
        Assert.Equal((2, "C (type)", "Đơn vị"), (problem.Line!.Value, problem.Column!, problem.Sheet!));
    }

    [Fact]
    public async Task Only_the_administrator_and_the_secretariat_import_units()
    {
        var path = Write("units.csv", "code,name,group\nE,Sở E,Khối\n");
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(path, World.Viewer));
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(path, World.Editor("A")));
        Assert.Equal(new UnitImport(1, 0, 0), await ImportAsync(path, World.Admin));
    }
}

public sealed class ImportUnitsTestsOnSqlite() : ImportUnitsTests(DatabaseProvider.Sqlite);

public sealed class ImportUnitsTestsOnPostgres() : ImportUnitsTests(DatabaseProvider.Postgres);
