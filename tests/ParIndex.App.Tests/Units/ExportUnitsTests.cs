using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Units;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Units;

/// <summary>Exports read back as they were written: importing one changes nothing, and rebuilds the same units elsewhere.</summary>
public abstract class ExportUnitsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Units = """
        code,name,type,group,parent,valid_from,valid_to,name_en
        TINH,Tỉnh Mẫu,tỉnh,Tỉnh,,,,Mau Province
        H01,"Huyện ""Mẫu"", cũ",huyện,Huyện,TINH,2015-01-01,2025-06-30,
        X01,Xã Tân Lập,xã,"Xã, phường",H01,,30/06/2025,Tan Lap
        X02,Xã Mới,commune,"Xã, phường",TINH,2025-07-01,,
        """;

    private const string Lineage = """
        from,to,kind,date,weight
        X01,X02,merge,2025-07-01,0.45
        H01,TINH,merge,2025-07-01,
        A,B,rename,2024-01-01,
        """;

    private async Task SeedAsync(TestDatabase database)
    {
        var dir = Repo.TempDir();
        var units = Path.Combine(dir, "units.csv");
        var lineage = Path.Combine(dir, "lineage.csv");
        await File.WriteAllTextAsync(units, Units);
        await File.WriteAllTextAsync(lineage, Lineage);
        await using (var db = database.Open()) await new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(units));
        await using (var db = database.Open()) await new ImportLineageHandler(db, World.Clock).HandleAsync(World.Admin, new ImportLineage(lineage));
    }

    private async Task<UnitExport> ExportAsync(TestDatabase database, UnitFileFormat format, Actor? actor = null)
    {
        await using var db = database.Open();
        return await new ExportUnitsHandler(db).HandleAsync(actor ?? World.Admin, new ExportUnits(format));
    }

    private static async Task<(string Units, string Lineage)> WriteAsync(UnitExport export, UnitFileFormat format)
    {
        var dir = Repo.TempDir();
        var ext = format == UnitFileFormat.Xlsx ? ".xlsx" : ".csv";
        var (units, lineage) = (Path.Combine(dir, "units" + ext), Path.Combine(dir, "lineage" + ext));
        await File.WriteAllBytesAsync(units, export.Units);
        await File.WriteAllBytesAsync(lineage, export.Lineage);
        return (units, lineage);
    }

    private Task<(int Units, int Lineage, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.Units.CountAsync(), await db.Lineage.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Csv_export_has_the_import_columns_and_every_field()
    {
        await SeedAsync(World.Database);

        var export = await ExportAsync(World.Database, UnitFileFormat.Csv);

        Assert.Equal((8, 3), (export.UnitCount, export.LineageCount));
        var units = Encoding.UTF8.GetString(export.Units).Split('\n');
        Assert.Equal("code,name,type,group,parent,valid_from,valid_to,name_en", units[0]);
        Assert.Equal("A,Sở A,department,\"Sở, ban, ngành\",,,2023-12-31,", units[1]);   // renamed to B on 01/01/2024
        Assert.Contains("H01,\"Huyện \"\"Mẫu\"\", cũ\",district,Huyện,TINH,2015-01-01,2025-06-30,", units);
        Assert.Contains("X01,Xã Tân Lập,commune,\"Xã, phường\",H01,,2025-06-30,Tan Lap", units);
        var lineage = Encoding.UTF8.GetString(export.Lineage).Split('\n');
        Assert.Equal(new[] { "from,to,kind,date,weight", "A,B,rename,2024-01-01,1", "H01,TINH,merge,2025-07-01,1", "X01,X02,merge,2025-07-01,0.45", "" }, lineage);
    }

    [Theory]
    [InlineData(UnitFileFormat.Csv)]
    [InlineData(UnitFileFormat.Xlsx)]
    public async Task Importing_an_export_again_changes_nothing(UnitFileFormat format)
    {
        await SeedAsync(World.Database);
        var before = await CountsAsync();
        var (units, lineage) = await WriteAsync(await ExportAsync(World.Database, format), format);

        var unitResult = await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(units)));
        var lineageResult = await World.Run(db => new ImportLineageHandler(db, World.Clock).HandleAsync(World.Admin, new ImportLineage(lineage)));

        Assert.Equal(new UnitImport(0, 0, 8), unitResult);
        Assert.Equal(new LineageImport(0, 3), lineageResult);
        Assert.Equal(before, await CountsAsync());
    }

    [Theory]
    [InlineData(UnitFileFormat.Csv)]
    [InlineData(UnitFileFormat.Xlsx)]
    public async Task An_export_rebuilds_the_same_units_in_an_empty_database(UnitFileFormat format)
    {
        await SeedAsync(World.Database);
        var original = await ExportAsync(World.Database, UnitFileFormat.Csv);
        var (units, lineage) = await WriteAsync(await ExportAsync(World.Database, format), format);

        await using var other = await TestDatabase.CreateAsync(World.Database.Provider);
        await using (var db = other.Open()) await new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(units));
        await using (var db = other.Open()) await new ImportLineageHandler(db, World.Clock).HandleAsync(World.Admin, new ImportLineage(lineage));

        var copy = await ExportAsync(other, UnitFileFormat.Csv);
        Assert.Equal(Encoding.UTF8.GetString(original.Units), Encoding.UTF8.GetString(copy.Units));
        Assert.Equal(Encoding.UTF8.GetString(original.Lineage), Encoding.UTF8.GetString(copy.Lineage));
    }

    /// <summary>Issue 14, item 15: a name a spreadsheet would run as a formula is exported as text and imports unchanged.</summary>
    [Fact]
    public async Task Names_a_spreadsheet_would_run_are_exported_as_text_and_import_unchanged()
    {
        var path = Path.Combine(Repo.TempDir(), "formulas.csv");
        await File.WriteAllTextAsync(path, "code,name,type,group\nF1,\"=HYPERLINK(\"\"http://x\"\",\"\"Mở\"\")\",department,Sở\nF2,@SUM(1+1),department,Sở\n"
            + "F3,-Phòng A,department,Sở\nF4,+84 Sở,department,Sở\nF5,-12.5,department,Sở\n");
        await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(path)));

        var export = await ExportAsync(World.Database, UnitFileFormat.Csv);

        var units = Encoding.UTF8.GetString(export.Units).Split('\n');
        Assert.Contains("F1,\"'=HYPERLINK(\"\"http://x\"\",\"\"Mở\"\")\",department,Sở,,,,", units);
        Assert.Contains("F2,'@SUM(1+1),department,Sở,,,,", units);
        Assert.Contains("F3,'-Phòng A,department,Sở,,,,", units);
        Assert.Contains("F4,'+84 Sở,department,Sở,,,,", units);
        Assert.Contains("F5,-12.5,department,Sở,,,,", units);
        var (again, _) = await WriteAsync(export, UnitFileFormat.Csv);
        var result = await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(again)));
        Assert.Equal(new UnitImport(0, 0, 9), result);
        Assert.Equal("=HYPERLINK(\"http://x\",\"Mở\")", await World.Run(db => db.Units.Where(u => u.Code == "F1").Select(u => u.Name).SingleAsync()));
    }

    [Fact]
    public async Task Unit_users_may_not_export_the_unit_list()
    {
        await Assert.ThrowsAsync<ForbiddenException>(() => ExportAsync(World.Database, UnitFileFormat.Csv, World.Editor("A")));
        Assert.Equal(4, (await ExportAsync(World.Database, UnitFileFormat.Csv, World.Viewer)).UnitCount);
    }
}

public sealed class ExportUnitsTestsOnSqlite() : ExportUnitsTests(DatabaseProvider.Sqlite);

public sealed class ExportUnitsTestsOnPostgres() : ExportUnitsTests(DatabaseProvider.Postgres);
