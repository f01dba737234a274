using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Units;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Units;

/// <summary>One unit added or changed from a form, the units searched and filtered, and the sample units' types.</summary>
public abstract class SaveUnitTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<SavedUnit> SaveAsync(SaveUnit request, Actor? actor = null) =>
        World.Run(db => new SaveUnitHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, request));

    private static SaveUnit Commune(string code, string? parent = null, bool isNew = true) =>
        new(code, isNew, "Xã Tân Lập", null, UnitType.Commune, "Xã, phường", parent, new DateOnly(2025, 7, 1), null);

    [Fact]
    public async Task A_unit_is_added_then_changed_and_each_change_is_audited_with_its_fields()
    {
        var added = await SaveAsync(Commune("X01", "A"));

        Assert.Equal(("X01", true), (added.Code, added.Created));
        var unit = await World.Run(db => db.Units.AsNoTracking().Include(u => u.Parent).SingleAsync(u => u.Code == "X01"));
        Assert.Equal((UnitType.Commune, "Xã, phường", "A", new DateOnly(2025, 7, 1)), (unit.Type, unit.Group, unit.Parent!.Code, unit.ValidFrom!.Value));
        var create = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("unit.create", "X01"), (create.Action, create.EntityKey));
        Assert.Contains("\"type\":\"commune\"", create.NewValue);

        var changed = await SaveAsync(new SaveUnit("x01", false, "Xã Tân Lập", "Tan Lap", UnitType.Commune, "Xã, phường", null, new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)));

        Assert.Equal(["parent", "valid_to", "name_en"], changed.Changed);
        var update = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).LastAsync());
        Assert.Equal(("unit.update", "X01"), (update.Action, update.EntityKey));
        Assert.Equal("{\"parent\":\"A\",\"valid_to\":null,\"name_en\":null}", update.OldValue);
        Assert.Equal("{\"parent\":null,\"valid_to\":\"2026-06-30\",\"name_en\":\"Tan Lap\"}", update.NewValue);
        var before = await World.Run(db => db.Audit.CountAsync());
        Assert.Empty((await SaveAsync(new SaveUnit("X01", false, "Xã Tân Lập", "Tan Lap", UnitType.Commune, "Xã, phường", "", new DateOnly(2025, 7, 1), new DateOnly(2026, 6, 30)))).Changed);
        Assert.Equal(before, await World.Run(db => db.Audit.CountAsync()));
    }

    [Fact]
    public async Task Every_problem_is_named_by_its_field_and_nothing_is_written()
    {
        await SaveAsync(Commune("X01", "A"));
        await SaveAsync(Commune("X02", "X01"));
        var before = await World.Run(async db => (await db.Units.CountAsync(), await db.Audit.CountAsync()));

        var taken = await Assert.ThrowsAsync<ImportException>(() => SaveAsync(new SaveUnit("a", true, "", null, UnitType.Department, " ", "ZZ", new DateOnly(2025, 7, 1), new DateOnly(2025, 6, 30))));
        Assert.Equal(["code", "name", "group", "parent", "valid_to"], taken.Problems.Select(p => p.File));
        Assert.Contains("Đã có đơn vị mã A (Sở A)", taken.Problems[0].Message);
        Assert.Contains("There is already a unit A (Sở A)", taken.Problems[0].In(Language.En));
        var spaced = await Assert.ThrowsAsync<ImportException>(() => SaveAsync(Commune("X 03")));
        Assert.Contains("contains spaces", Assert.Single(spaced.Problems).In(Language.En));
        // X01's parent cannot become X02, which is below it: X01 → X02 → X01.
        var loop = await Assert.ThrowsAsync<ImportException>(() => SaveAsync(Commune("X01", "X02", isNew: false)));
        Assert.Contains("X01 → X02 → X01", Assert.Single(loop.Problems).Message);
        var self = await Assert.ThrowsAsync<ImportException>(() => SaveAsync(Commune("X01", "x01", isNew: false)));
        Assert.Contains("cannot be its own parent", Assert.Single(self.Problems).In(Language.En));
        await Assert.ThrowsAsync<NotFoundException>(() => SaveAsync(Commune("X99", isNew: false)));
        await Assert.ThrowsAsync<ForbiddenException>(() => SaveAsync(Commune("X03"), World.Council));
        await Assert.ThrowsAsync<ForbiddenException>(() => SaveAsync(Commune("X03"), World.Editor("A")));

        Assert.Equal(before, await World.Run(async db => (await db.Units.CountAsync(), await db.Audit.CountAsync())));
    }

    [Fact]
    public async Task The_units_are_searched_by_code_or_name_and_filtered_by_group_and_type()
    {
        await SaveAsync(new SaveUnit("X01", true, "Phường Đông Thành", "Dong Thanh ward", UnitType.Commune, "Xã, phường", null, null, null));
        await SaveAsync(new SaveUnit("X02", true, "Xã Tân Lập", null, UnitType.Commune, "Xã, phường", null, null, null));
        var lineage = Path.Combine(Repo.TempDir(), "lineage.csv");
        await File.WriteAllTextAsync(lineage, "from,to,kind,date\nC,D,merge,2025-07-01\n");
        await World.Run(db => new ImportLineageHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportLineage(lineage)));
        Task<UnitList> List(ListUnits request) => World.Run(db => new ListUnitsHandler(db).HandleAsync(World.Council, request));

        Assert.Equal(["X01"], (await List(new ListUnits("dong thanh"))).Units.Select(u => u.Code));
        Assert.Equal(["X01"], (await List(new ListUnits("WARD"))).Units.Select(u => u.Code));
        Assert.Equal(["X01", "X02"], (await List(new ListUnits(Group: "Xã, phường"))).Units.Select(u => u.Code));
        var departments = await List(new ListUnits(Type: UnitType.Department));
        Assert.Equal(["A", "B", "C", "D"], departments.Units.Select(u => u.Code));
        Assert.Single(departments.Lineage);
        var d = await List(new ListUnits("Sở D"));
        Assert.Equal(["D"], d.Units.Select(u => u.Code));
        Assert.Equal(("C", "D"), (d.Lineage.Single().FromCode, d.Lineage.Single().ToCode));
        Assert.Empty((await List(new ListUnits("X0"))).Lineage);
        Assert.Equal(["Sở, ban, ngành", "Xã, phường"], (await List(new ListUnits("X0"))).Groups);

        var one = await World.Run(db => new GetUnitHandler(db).HandleAsync(World.Council, new GetUnit("d")));
        Assert.Equal(("D", "C", "D"), (one.Unit.Code, one.Lineage.Single().FromCode, one.Lineage.Single().ToCode));
        await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new GetUnitHandler(db).HandleAsync(World.Council, new GetUnit("X99"))));
        await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetUnitHandler(db).HandleAsync(World.Editor("A"), new GetUnit("A"))));
    }

    [Fact]
    public async Task The_sample_province_imports_departments_and_communes_with_their_types()
    {
        foreach (var file in new[] { "units-so-2025.csv", "units-xa-2025.csv" })
            await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportUnits(Repo.Sample($"tinh-mau/{file}"))));

        var types = await World.Run(db => db.Units.Where(u => u.Code == "SNV" || u.Code == "X001").ToDictionaryAsync(u => u.Code, u => u.Type));
        Assert.Equal(UnitType.Department, types["SNV"]);
        Assert.Equal(UnitType.Commune, types["X001"]);
        Assert.Equal(0, await World.Run(db => db.Units.CountAsync(u => u.Type == UnitType.Other)));
    }
}

public sealed class SaveUnitTestsOnSqlite() : SaveUnitTests(DatabaseProvider.Sqlite);

public sealed class SaveUnitTestsOnPostgres() : SaveUnitTests(DatabaseProvider.Postgres);
