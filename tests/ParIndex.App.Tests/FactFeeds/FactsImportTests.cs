using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Facts;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.FactFeeds;

/// <summary>
/// Figures from an authoritative source fill mapped items: 1.2 (tiers ≥ 90 % → 2, ≥ 70 % → 1) from the share of
/// procedures handled on time, 2.2 (2 − 0,5 per case) from the count of late procedures. All or nothing with located
/// problems; a re-import shows its differences and applies them only when confirmed; the unit cannot overwrite.
/// </summary>
public abstract class FactsImportTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Header = "nguon,ngay_so_lieu,chi_so,don_vi,gia_tri\n";

    private const string First = Header
        + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,\"95,5\"\n"
        + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,B,72\n"
        + "Cổng DVCQG,15/11/2024,TTHC_MUON,A,3\n"
        + "Cổng DVCQG,15/11/2024,DVC_TRUC_TUYEN,A,40\n";

    private int Period => World.PeriodId;

    private async Task SetUpAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));
        await Map("DVC_DUNG_HAN", "1.2", FactScale.Percent);
        await Map("TTHC_MUON", "2.2", FactScale.Count);
    }

    private Task<int> Map(string indicator, string leaf, FactScale scale) =>
        World.Run(db => new MapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new MapFact(Period, indicator, leaf, scale)));

    private Task<FactsImport> Import(string csv, string? confirm = null, Actor? actor = null) =>
        World.Run(db => new ImportFactsHandler(db, World.Clock).HandleAsync(actor ?? World.Secretariat, new ImportFacts(Period, "dvcqg.csv", Encoding.UTF8.GetBytes(csv), confirm)));

    private Task<ScoreEntry?> Self(string unit, string leaf) => World.Run(async db =>
        await LeafScores.LatestAsync(db, await db.Submissions.Where(s => s.PeriodId == Period && s.Unit.Code == unit).Select(s => s.Id).SingleAsync(),
            leaf, ScoreStage.SelfAssessed, CancellationToken.None));

    private Task<(int Figures, int Scores, int Audit)> Counts() =>
        World.Run(async db => (await db.FactFigures.CountAsync(), await db.Scores.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task A_first_import_fills_the_mapped_items_with_the_figure_and_its_source()
    {
        await SetUpAsync();

        var result = await Import(First);

        Assert.True(result.Applied);
        Assert.Equal((4, 0, 0, 3), (result.Added, result.Changed, result.Unchanged, result.Filled));
        Assert.Equal("Đã nhập 4 số liệu: 4 mới, 0 thay đổi, 0 không đổi; 3 mục được điền lại", result.Summary.In(Language.Vi));
        var a12 = await Self("A", "1.2");
        Assert.Equal((2m, "Nguồn: Cổng DVCQG, ngày 15/11/2024", "u-snv", 1), (a12!.Points, a12.Note, a12.Author, a12.Version)); // 95,5 % ≥ 90 %
        Assert.Equal(1m, (await Self("B", "1.2"))!.Points);  // 72 % ≥ 70 %
        Assert.Equal(0.5m, (await Self("A", "2.2"))!.Points); // 2 − 3 × 0,5
        Assert.Null(await Self("B", "2.2"));                  // no figure for B
        var actions = await World.Run(db => db.Audit.Select(a => a.Action).ToListAsync());
        Assert.Equal(4, actions.Count(a => a == "fact.figure"));
        Assert.Equal(3, actions.Count(a => a == "score.fact"));
        Assert.Single(actions, a => a == "facts.import");
    }

    [Fact]
    public async Task The_unit_sees_the_item_filled_but_may_not_overwrite_it()
    {
        await SetUpAsync();
        await Import(First);
        var before = await Counts();

        var e = await Assert.ThrowsAsync<ImportException>(() =>
            World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", "1.2", "100%", 1))));

        Assert.Equal("A, tiêu chí 1.2: Tiêu chí 1.2 lấy số liệu từ nguồn chính thức (chỉ số DVC_DUNG_HAN); đơn vị không tự chấm mục này và có thể giải trình sau thẩm định",
            Assert.Single(e.Problems).In(Language.Vi));
        Assert.Equal(before, await Counts());
        // The per-area save refuses it the same way, with the whole area unsaved (1.1 beside it too).
        var area = await Assert.ThrowsAsync<ImportException>(() => World.Run(db => new SaveSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Editor("A"),
            new SaveSelfAssessment(Period, "A", [new SelfAssessedItem("1.1", "ontime", 0), new SelfAssessedItem("1.2", "100%", 1)]))));
        Assert.Equal(Assert.Single(e.Problems).In(Language.Vi), Assert.Single(area.Problems).In(Language.Vi));
        Assert.Equal(before, await Counts());
        Assert.Equal(2m, (await Self("A", "1.2"))!.Points);
        var form = await World.Run(db => new GetSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Editor("A"), new GetSelfAssessment(Period, "A")));
        var fact = form.Leaves.Single(l => l.Node.Code == "1.2").Fact!;
        Assert.Equal(("DVC_DUNG_HAN", 95.5m, "Nguồn: Cổng DVCQG, ngày 15/11/2024"), (fact.Indicator, fact.Value!.Value, fact.Shown!.In(Language.Vi)));
        Assert.Null(form.Leaves.Single(l => l.Node.Code == "1.1").Fact);
        // An item not mapped is the unit's as before.
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", "1.1", "ontime", 0)));
        await Assert.ThrowsAsync<ForbiddenException>(() => Import(First, actor: World.Editor("A")));
    }

    [Fact]
    public async Task A_reimport_with_changed_figures_shows_the_differences_and_applies_them_only_when_confirmed()
    {
        await SetUpAsync();
        await Import(First);
        var before = await Counts();
        var second = First.Replace("\"95,5\"", "88", StringComparison.Ordinal);

        var preview = await Import(second);

        Assert.False(preview.Applied);
        var change = Assert.Single(preview.Changes);
        Assert.Equal(("A", "DVC_DUNG_HAN", 95.5m, 88m), (change.Unit, change.Indicator, change.Old, change.New));
        Assert.Equal("A, chỉ số DVC_DUNG_HAN: 95,5 → 88", change.Shown.In(Language.Vi));
        Assert.Equal(3, preview.Unchanged);
        Assert.Equal(before, await Counts());
        Assert.Equal(2m, (await Self("A", "1.2"))!.Points);

        var stale = await Import(second, confirm: "0000000000000000");
        Assert.False(stale.Applied);
        var applied = await Import(second, confirm: preview.Fingerprint);

        Assert.True(applied.Applied);
        Assert.Equal((1, 1), (applied.Changed, applied.Filled));
        var a12 = await Self("A", "1.2");
        Assert.Equal((1m, 2), (a12!.Points, a12.Version)); // 88 % ≥ 70 %, a second version in the ledger
        var figure = await World.Run(db => db.Audit.Where(a => a.Action == "fact.figure").OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(($"{Period}/A/DVC_DUNG_HAN", "95,5", "88"), (figure.EntityKey, figure.OldValue, figure.NewValue));
        // The same file again changes nothing.
        Assert.Equal((true, 0, 4), await Import(second) is var again ? (again.Applied, again.Changes.Count, again.Unchanged) : default);
    }

    [Fact]
    public async Task A_file_with_problems_is_refused_whole_with_each_problem_located()
    {
        await SetUpAsync();
        var before = await Counts();
        var bad = Header
            + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,95\n"
            + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,Z,80\n"
            + "Cổng DVCQG,31/02/2024,DVC_DUNG_HAN,B,80\n"
            + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,C,abc\n"
            + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,96\n"
            + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,D,120\n"
            + ",15/11/2024,TTHC_MUON,D,1\n";

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(bad));

        Assert.Equal(
        [
            "dvcqg.csv, dòng 4, cột 2 (ngay_so_lieu): B, chỉ số DVC_DUNG_HAN: “31/02/2024” không phải ngày dạng dd/MM/yyyy",
            "dvcqg.csv, dòng 5, cột 5 (gia_tri): C, chỉ số DVC_DUNG_HAN: “abc” không phải là số",
            "dvcqg.csv, dòng 6, cột 3 (chi_so): A, chỉ số DVC_DUNG_HAN: đã có ở dòng 2",
            "dvcqg.csv, dòng 8, cột 1 (nguon): D, chỉ số TTHC_MUON: Ô “nguon” để trống",
            "dvcqg.csv, dòng 3, cột 4 (don_vi): Z, chỉ số DVC_DUNG_HAN: Không có đơn vị “Z”",
            "dvcqg.csv, dòng 7, cột 5 (gia_tri): D, chỉ số DVC_DUNG_HAN: Tiêu chí 1.2 không nhận số liệu này: Tỷ lệ 120% nằm ngoài khoảng 0–100%",
        ], e.Problems.Select(p => p.In(Language.Vi)));
        Assert.Equal(before, await Counts());
    }
}

public sealed class FactsImportTestsOnSqlite() : FactsImportTests(DatabaseProvider.Sqlite);

public sealed class FactsImportTestsOnPostgres() : FactsImportTests(DatabaseProvider.Postgres);
