using System.Text;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Units;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// Hostile input on every import that writes to the database: each test mutates valid files (see <see cref="Mutator"/>)
/// and feeds them to the real use case; <see cref="FuzzRun"/> checks that each is imported or refused with located
/// problems and no write at all, and afterwards the audit chain must still verify.
/// </summary>
public abstract class ImportFuzzTests(DatabaseProvider provider, ITestOutputHelper output) : ProviderTest(provider)
{
    /// <summary>
    /// PostgreSQL runs a third of the mutants: parsing is the same on both providers, what the second one adds is its
    /// own transactions, which a third of the cases prove as well as all of them (and keeps the CI profile short).
    /// </summary>
    private readonly int _share = provider == DatabaseProvider.Postgres ? 3 : 1;

    /// <summary>Every column of the units file, parents inside the file and in the database, both date forms.</summary>
    private const string UnitsCsv = """"
        code,name,type,group,parent,valid_from,valid_to,name_en
        UBND,Ủy ban nhân dân tỉnh,province,Tỉnh,,2020-01-01,,Provincial People's Committee
        SNV,Sở Nội vụ,sở,"Sở, ban, ngành",UBND,01/01/2020,,Department of Home Affairs
        STP,Sở Tư pháp,department,"Sở, ban, ngành",UBND,2020-01-01,2030-12-31,
        X001,"Phường Đông Thành, ""mới""",xã,"Xã, phường",UBND,1/1/2025,,Dong Thanh ward
        X002,Phường Tây Sơn,commune,"Xã, phường",X001,,,
        A,Sở A (đổi tên),department,"Sở, ban, ngành",SNV,,,
        """";

    private const string LineageCsv = """
        from,to,kind,date,weight
        A,B,merge,2025-01-01,1
        C,B,sáp nhập,01/01/2025,0.45
        D,B,split,2025-07-01,
        """;

    private Task<DatabaseState> StateAsync() => World.Run(DatabaseState.ReadAsync);

    private string WriteCase(int index, string extension, byte[] bytes)
    {
        var path = Path.Combine(Repo.TempDir(), $"case-{index}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private async Task AssertAuditChainIntactAsync()
    {
        var broken = await World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None));
        Assert.Null(broken);
    }

    [Fact]
    public async Task Framework_json_files_are_imported_or_refused_whole()
    {
        byte[][] valid = [File.ReadAllBytes(Repo.Sample("frameworks/so-nganh.json")), File.ReadAllBytes(Repo.Sample("frameworks/xa-phuong.json")),
            Encoding.UTF8.GetBytes(World.FrameworkJson)];
        var run = new FuzzRun("framework.json", output, _share);
        await run.RunAsync((i, m) => m.Text(valid[i % valid.Length]),
            (i, bytes) => World.Run(db => new ImportFrameworkHandler(db, World.Clock).HandleAsync(World.Admin, new ImportFramework(WriteCase(i, ".json", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0);
        await AssertAuditChainIntactAsync();
    }

    [Fact]
    public async Task Framework_workbooks_are_imported_or_refused_whole()
    {
        var valid = FrameworkFiles.Render(FrameworkJson.Read(File.ReadAllText(Repo.Sample("frameworks/xa-phuong.json")), "xa-phuong.json"), "x.xlsx");
        var run = new FuzzRun("framework.xlsx", output, _share);
        await run.RunAsync((_, m) => m.Workbook(valid, EditCell),
            (i, bytes) => World.Run(db => new ImportFrameworkHandler(db, World.Clock).HandleAsync(World.Admin, new ImportFramework(WriteCase(i, ".xlsx", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0);
        await AssertAuditChainIntactAsync();
    }

    [Fact]
    public async Task Units_csv_files_are_imported_or_refused_whole()
    {
        var valid = Encoding.UTF8.GetBytes(UnitsCsv);
        var run = new FuzzRun("units.csv", output, _share);
        await run.RunAsync((_, m) => m.Text(valid),
            (i, bytes) => World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(WriteCase(i, ".csv", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0 && run.Accepted > 0, $"{run.Accepted} accepted, {run.Refused} refused");
        await AssertAuditChainIntactAsync();
    }

    [Fact]
    public async Task Units_workbooks_are_imported_or_refused_whole()
    {
        var table = Table.FromCsv(UnitsCsv, "units.csv");
        var valid = XlsxWriter.Write([new Sheet("Đơn vị", [table.Header.Cast<object?>().ToList(), .. table.Rows.Select(r => Enumerable.Range(0, table.Header.Count).Select(c => (object?)r.Cell(c)).ToList())])]);
        var run = new FuzzRun("units.xlsx", output, _share);
        await run.RunAsync((_, m) => m.Workbook(valid, EditCell),
            (i, bytes) => World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Admin, new ImportUnits(WriteCase(i, ".xlsx", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0);
        await AssertAuditChainIntactAsync();
    }

    [Fact]
    public async Task Lineage_csv_files_are_imported_or_refused_whole()
    {
        var valid = Encoding.UTF8.GetBytes(LineageCsv);
        var run = new FuzzRun("lineage.csv", output, _share);
        await run.RunAsync((_, m) => m.Text(valid),
            (i, bytes) => World.Run(db => new ImportLineageHandler(db, World.Clock).HandleAsync(World.Admin, new ImportLineage(WriteCase(i, ".csv", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0 && run.Accepted > 0, $"{run.Accepted} accepted, {run.Refused} refused");
        await AssertAuditChainIntactAsync();
    }

    [Fact]
    public async Task Worksheets_exported_by_the_app_are_imported_or_refused_whole()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
        var exported = await World.Run(db => new ExportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ExportWorksheet(World.PeriodId, "A")));
        // Filled in as a unit would: inputs for 1.1, 1.2 and 2.2 and an explanation.
        var valid = Fill(exported, (2, 5, "ontime"), (3, 5, "45/50"), (7, 5, "3"), (7, 7, "Ba hồ sơ trễ hạn"));
        var run = new FuzzRun("worksheet.xlsx", output, _share);
        await run.RunAsync((_, m) => m.Workbook(valid, EditCell),
            (_, bytes) => World.Run(db => new ImportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ImportWorksheet(World.PeriodId, "A", bytes, "tu-danh-gia.xlsx"))),
            StateAsync);
        Assert.True(run.Refused > 0);
        await AssertAuditChainIntactAsync();
    }

    /// <summary>The workbook with cells of its first sheet set (0-based row, column).</summary>
    private static byte[] Fill(byte[] workbook, params (int Row, int Column, string Value)[] cells)
    {
        var sheets = XlsxReader.Read(workbook, "fill.xlsx").Select(s => s.Rows.Select(r => r.Cast<object?>().ToList()).ToList()).ToList();
        foreach (var (row, column, value) in cells)
        {
            while (sheets[0][row].Count <= column) sheets[0][row].Add(null);
            sheets[0][row][column] = value;
        }
        var names = XlsxReader.Read(workbook, "fill.xlsx").Select(s => s.Name).ToList();
        return XlsxWriter.Write([.. names.Select((n, i) => new Sheet(n, [.. sheets[i]]))]);
    }

    /// <summary>A cell-level mutation: a hostile value, a value moved from another cell, a cleared cell or a deleted row.</summary>
    private static (string, byte[]) EditCell(byte[] bytes, Random random)
    {
        IReadOnlyList<SheetData> sheets;
        try
        {
            sheets = XlsxReader.Read(bytes, "edit.xlsx");
        }
        catch (ImportException)
        {
            return ("nothing (unreadable workbook)", bytes);
        }
        if (sheets.Count == 0) return ("nothing (no sheet)", bytes);
        var s = random.Next(sheets.Count);
        var rows = sheets[s].Rows.Select(r => r.Cast<object?>().ToList()).ToList();
        var width = rows.Count == 0 ? 1 : rows.Max(r => r.Count);
        int row = random.Next(rows.Count + 2), column = random.Next(width + 1);
        while (rows.Count <= row) rows.Add([]);
        while (rows[row].Count <= column) rows[row].Add(null);
        string what;
        switch (random.Next(4))
        {
            case 0:
                var value = Mutator.HostileCell(random);
                rows[row][column] = value;
                what = $"cell ({row + 1}, {column + 1}) of sheet {s + 1} = hostile value of {value.Length} characters";
                break;
            case 1:
                var from = rows[random.Next(rows.Count)];
                rows[row][column] = from.Count == 0 ? null : from[random.Next(from.Count)];
                what = $"cell ({row + 1}, {column + 1}) of sheet {s + 1} = a value from another cell";
                break;
            case 2:
                rows[row][column] = null;
                what = $"cell ({row + 1}, {column + 1}) of sheet {s + 1} cleared";
                break;
            default:
                rows.RemoveAt(row);
                what = $"row {row + 1} of sheet {s + 1} deleted";
                break;
        }
        var written = sheets.Select((sheet, i) => i == s ? new Sheet(sheet.Name, [.. rows]) : new Sheet(sheet.Name, [.. sheet.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList())]));
        try
        {
            return (what, XlsxWriter.Write([.. written]));
        }
        catch (ArgumentException) // an earlier stacked mutation made a cell longer than Excel allows, which the writer refuses
        {
            return ("nothing (a cell beyond Excel's limit)", bytes);
        }
    }
}

public sealed class ImportFuzzTestsOnSqlite(ITestOutputHelper output) : ImportFuzzTests(DatabaseProvider.Sqlite, output);

public sealed class ImportFuzzTestsOnPostgres(ITestOutputHelper output) : ImportFuzzTests(DatabaseProvider.Postgres, output);
