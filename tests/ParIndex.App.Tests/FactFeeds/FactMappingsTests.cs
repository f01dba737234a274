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
/// What the secretariat's facts page does: it lists the period's mappings in words, reads a file for review (new figures
/// wait for the confirmation too), and removes a mapping without losing anything — the figures stay, the ledger keeps
/// every filled entry, and the item is the unit's to enter again.
/// </summary>
public abstract class FactMappingsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string File = "nguon,ngay_so_lieu,chi_so,don_vi,gia_tri\n"
        + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,\"95,5\"\n"
        + "Cổng DVCQG,15/11/2024,DVC_DUNG_HAN,B,72\n";

    private int Period => World.PeriodId;

    private async Task SetUpAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));
        await World.Run(db => new MapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new MapFact(Period, "DVC_DUNG_HAN", "1.2", FactScale.Percent)));
    }

    private Task<FactsImport> Review(string csv, string? confirm = null) =>
        World.Run(db => new ImportFactsHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportFacts(Period, "dvcqg.csv", Encoding.UTF8.GetBytes(csv), confirm, Review: true)));

    private Task<FactsOverview> Overview(Actor? actor = null) =>
        World.Run(db => new GetFactsHandler(db).HandleAsync(actor ?? World.Secretariat, new GetFacts(Period)));

    private Task<List<ScoreEntry>> Ledger(string unit, string leaf) => World.Run(async db =>
    {
        var submission = await db.Submissions.Where(s => s.PeriodId == Period && s.Unit.Code == unit).Select(s => s.Id).SingleAsync();
        return (await db.Scores.Where(s => s.SubmissionId == submission && s.LeafCode == leaf && s.Stage == ScoreStage.SelfAssessed).ToListAsync())
            .OrderBy(s => s.Version).ToList();
    });

    private Task<(int Figures, int Scores, int Audit)> Counts() =>
        World.Run(async db => (await db.FactFigures.CountAsync(), await db.Scores.CountAsync(), await db.Audit.CountAsync()));

    [Fact]
    public async Task The_overview_names_each_mapping_in_words_and_offers_every_sub_criterion()
    {
        await SetUpAsync();
        await Review(File, (await Review(File)).Fingerprint);

        var overview = await Overview();

        var mapped = Assert.Single(overview.Mappings);
        Assert.Equal(("DVC_DUNG_HAN", "1.2", "Hoàn thành kế hoạch", FactScale.Percent, 2), (mapped.Indicator, mapped.Leaf.Code, mapped.Leaf.Name, mapped.Scale, mapped.Figures));
        Assert.Equal("Theo mức", mapped.Leaf.RuleKind.Vi);
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2", "2.3"], overview.Leaves.Select(l => l.Code));
        Assert.Equal(("CCHC 2025", 2), (overview.PeriodName, overview.Figures));
        await Assert.ThrowsAsync<ForbiddenException>(() => Overview(World.Editor("A")));
        await Assert.ThrowsAsync<ForbiddenException>(() => Overview(World.Appraiser("tham-dinh-1")));
    }

    [Fact]
    public async Task A_reviewed_file_stores_nothing_until_confirmed_and_the_same_file_again_changes_nothing()
    {
        await SetUpAsync();
        var before = await Counts();

        var preview = await Review(File);

        Assert.False(preview.Applied);
        Assert.Equal((2, 0, 0), (preview.Added, preview.Changed, preview.Unchanged));
        Assert.Equal("2 số liệu mới, 0 thay đổi, 0 không đổi; xem lại từng dòng rồi xác nhận để áp dụng", preview.Summary.In(Language.Vi));
        Assert.Equal(["A, chỉ số DVC_DUNG_HAN: mới 95,5", "B, chỉ số DVC_DUNG_HAN: mới 72"], preview.Changes.Select(c => c.Shown.In(Language.Vi)));
        Assert.Equal(("Sở A", "Sở B"), (preview.Changes[0].UnitName, preview.Changes[1].UnitName));
        Assert.Equal(before, await Counts());
        Assert.False((await Review(File, "0000000000000000")).Applied);
        Assert.Equal(before, await Counts());

        var applied = await Review(File, preview.Fingerprint);

        Assert.True(applied.Applied);
        Assert.Equal((2, 2), (applied.Added, applied.Filled));
        Assert.Equal(before.Figures + 2, (await Counts()).Figures);
        // 95,5 % ≥ 90 % → 2 points; 72 % ≥ 70 % → 1 point.
        Assert.Equal(2m, Assert.Single(await Ledger("A", "1.2")).Points);
        Assert.Equal(1m, Assert.Single(await Ledger("B", "1.2")).Points);
        var after = await Counts();
        var again = await Review(File);
        Assert.Equal((true, 0, 2), (again.Applied, again.Changes.Count, again.Unchanged));
        Assert.Equal(after, await Counts());
    }

    [Fact]
    public async Task Removing_a_mapping_keeps_the_figures_and_the_ledger_and_gives_the_item_back_to_the_unit()
    {
        await SetUpAsync();
        await Review(File, (await Review(File)).Fingerprint);
        var figures = (await Counts()).Figures;

        var said = await World.Run(db => new UnmapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new UnmapFact(Period, "1.2")));

        Assert.Equal("Đã bỏ chỉ số DVC_DUNG_HAN khỏi tiêu chí 1.2: đơn vị tự chấm lại mục này; số liệu đã nhập và điểm đã điền vẫn được giữ trong sổ điểm", said.In(Language.Vi));
        Assert.Empty((await Overview()).Mappings);
        Assert.Equal(figures, (await Counts()).Figures);
        var filled = Assert.Single(await Ledger("A", "1.2"));
        Assert.Equal((2m, "Nguồn: Cổng DVCQG, ngày 15/11/2024"), (filled.Points, filled.Note));
        var audit = await World.Run(db => db.Audit.SingleAsync(a => a.Action == "fact.unmap"));
        Assert.Equal(($"{Period}/1.2", "DVC_DUNG_HAN (Percent)", (string?)null), (audit.EntityKey, audit.OldValue, audit.NewValue));

        // The unit enters 1.2 again: 80 % ≥ 70 % → 1 point, version 2 after the filled one.
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", "1.2", "80%", 1)));
        Assert.Equal([(1, 2m), (2, 1m)], (await Ledger("A", "1.2")).Select(e => (e.Version, e.Points)));

        var e = await Assert.ThrowsAsync<ImportException>(() =>
            World.Run(db => new UnmapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new UnmapFact(Period, "1.2"))));
        Assert.Equal("1.2, tiêu chí 1.2: Tiêu chí 1.2 chưa gắn chỉ số nào", Assert.Single(e.Problems).In(Language.Vi));
        await Assert.ThrowsAsync<ForbiddenException>(() =>
            World.Run(db => new UnmapFactHandler(db, World.Clock).HandleAsync(World.Editor("A"), new UnmapFact(Period, "1.1"))));

        // Mapped again, the kept figure fills the item again: 95,5 % → 2 points, version 3.
        await World.Run(db => new MapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new MapFact(Period, "DVC_DUNG_HAN", "1.2", FactScale.Percent)));
        Assert.Equal([(1, 2m), (2, 1m), (3, 2m)], (await Ledger("A", "1.2")).Select(e => (e.Version, e.Points)));
    }
}

public sealed class FactMappingsTestsOnSqlite() : FactMappingsTests(DatabaseProvider.Sqlite);

public sealed class FactMappingsTestsOnPostgres() : FactMappingsTests(DatabaseProvider.Postgres);
