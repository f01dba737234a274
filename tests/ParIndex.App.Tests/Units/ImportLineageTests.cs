using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Units;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.Units;

/// <summary>Merges, renames and splits between World's departments A–D.</summary>
public abstract class ImportLineageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static string Write(string text)
    {
        var path = Path.Combine(Repo.TempDir(), "lineage.csv");
        File.WriteAllText(path, text);
        return path;
    }

    private Task<LineageImport> ImportAsync(string path, Actor? actor = null) =>
        World.Run(db => new ImportLineageHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, new ImportLineage(path)));

    private Task<(int Lineage, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.Lineage.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task Records_merges_renames_and_splits_with_dates_and_weights_and_audits_each()
    {
        var result = await ImportAsync(Write("""
            from,to,kind,date,weight
            A,B,merge,2025-07-01,0.6
            C,B,sáp nhập,01/07/2025,"0,4"
            D,C,rename,2025-07-01,
            """));

        Assert.Equal(new LineageImport(3, 0), result);
        var rows = await World.Run(db => db.Lineage.Include(l => l.FromUnit).Include(l => l.ToUnit).AsNoTracking().ToListAsync());
        var byFrom = rows.ToDictionary(l => l.FromUnit.Code);
        Assert.Equal(("B", LineageKind.Merge, new DateOnly(2025, 7, 1), 0.6m), (byFrom["A"].ToUnit.Code, byFrom["A"].Kind, byFrom["A"].EffectiveOn, byFrom["A"].Weight));
        Assert.Equal(0.4m, byFrom["C"].Weight);
        Assert.Equal((LineageKind.Rename, 1m), (byFrom["D"].Kind, byFrom["D"].Weight));
        var audit = await World.Run(db => db.Audit.Where(a => a.Action == "lineage.add").OrderBy(a => a.Id).ToListAsync());
        Assert.Equal(new[] { "A→B", "C→B", "D→C" }, audit.Select(a => a.EntityKey));
        Assert.Equal("""{"kind":"merge","date":"2025-07-01","weight":"0.6"}""", audit[0].NewValue);

        // A, C and D ceased on 30/06/2025; B continues.
        var validTo = await World.Run(db => db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.ValidTo));
        Assert.Equal(new DateOnly(2025, 6, 30), validTo["A"]);
        Assert.Equal(new DateOnly(2025, 6, 30), validTo["C"]);
        Assert.Equal(new DateOnly(2025, 6, 30), validTo["D"]);
        Assert.Null(validTo["B"]);
        Assert.Equal(3, await World.Run(db => db.Audit.CountAsync(a => a.Action == "unit.end")));
    }

    [Fact]
    public async Task Every_problem_is_located_and_nothing_is_written()
    {
        var before = await CountsAsync();
        var path = Write("""
            from,to,kind,date,weight
            A,B,merge,2025-07-01,
            X,B,merge,2025-07-01,
            A,Y,split,2025-07-01,
            A,A,rename,2025-07-01,
            C,D,absorb,2025-07-01,
            C,D,merge,2025-13-01,
            C,D,merge,2025-07-01,-1
            A,B,merge,2025-07-01,
            """);

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(path));

        var where = e.Problems.Select(p => (p.Line ?? 0, p.Column ?? "")).ToList();
        Assert.Equal(new[] { (3, "1 (from)"), (4, "2 (to)"), (5, "2 (to)"), (6, "3 (kind)"), (7, "4 (date)"), (8, "5 (weight)"), (9, "1 (from)") }, where);
        Assert.Contains("There is no unit X", e.Problems[0].In(Language.En));
        Assert.Contains("cannot succeed itself", e.Problems[2].In(Language.En));
        Assert.Contains("listed twice (first on line 2)", e.Problems[6].In(Language.En));
        Assert.Contains("(sáp nhập) xuất hiện hai lần (lần đầu ở dòng 2)", e.Problems[6].Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_same_events_again_change_nothing_but_a_contradicting_one_is_refused()
    {
        var file = Write("from,to,kind,date,weight\nA,B,merge,2025-07-01,0.5\n");
        Assert.Equal(new LineageImport(1, 0), await ImportAsync(file));
        var before = await CountsAsync();

        Assert.Equal(new LineageImport(0, 1), await ImportAsync(file));
        Assert.Equal(before, await CountsAsync());

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(Write("from,to,kind,date,weight\nC,D,merge,2025-07-01,\nA,B,merge,2025-08-01,0.5\n")));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(3, problem.Line);
        Assert.Contains("A → B (sáp nhập) đã được ghi nhận ngày 01/07/2025, trọng số 0,5", problem.Message);
        Assert.Contains("A → B (merge) is already recorded on 01/07/2025 with weight 0,5", problem.In(Language.En));
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_year_column_stands_in_for_the_date()
    {
        Assert.Equal(new LineageImport(1, 0), await ImportAsync(Write("from,to,kind,year,weight\nA,B,merge,2025,1\n")));
        Assert.Equal(new DateOnly(2025, 1, 1), await World.Run(db => db.Lineage.Select(l => l.EffectiveOn).SingleAsync()));
    }

    [Fact]
    public async Task Only_the_administrator_and_the_secretariat_import_lineage()
    {
        var path = Write("from,to,kind,date\nA,B,merge,2025-07-01\n");
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(path, World.Council));
        Assert.Equal(0, (await CountsAsync()).Lineage);
    }
}

public sealed class ImportLineageTestsOnSqlite() : ImportLineageTests(DatabaseProvider.Sqlite);

public sealed class ImportLineageTestsOnPostgres() : ImportLineageTests(DatabaseProvider.Postgres);
