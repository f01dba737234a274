using System.Text;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Facts;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Results;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Worksheets;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.FactFeeds;

/// <summary>
/// Who reads an item filled from an official source, and what they may still do with it. Unit A's 1.2 (tiers ≥ 90 % → 2,
/// ≥ 70 % → 1) is filled from the portal's on-time share 95,5 % → 2 points. The worksheet exported and imported
/// unchanged still imports; a changed 1.2 row is refused, located. The appraiser sees the figure and its source on the
/// sheet; the trace says "Nguồn: …" while the figure is the score in force, not after the appraiser lowers it to 80 %
/// (→ 1 point). The unit appeals that with the figure, the appeal is accepted and 1.2 is 2 points again.
/// </summary>
public abstract class FactReadersTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Source = "Nguồn: Cổng DVCQG, ngày 15/11/2024";

    private int Period => World.PeriodId;

    private async Task FilledAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));
        await World.Run(db => new MapFactHandler(db, World.Clock).HandleAsync(World.Secretariat, new MapFact(Period, "DVC_DUNG_HAN", "1.2", FactScale.Percent)));
        var csv = "nguon,ngay_so_lieu,chi_so,don_vi,gia_tri\nCổng DVCQG,15/11/2024,DVC_DUNG_HAN,A,\"95,5\"\n";
        var import = await World.Run(db => new ImportFactsHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportFacts(Period, "dvcqg.csv", Encoding.UTF8.GetBytes(csv))));
        Assert.Equal(1, import.Filled);
    }

    private Task<byte[]> ExportAsync() =>
        World.Run(db => new ExportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ExportWorksheet(Period, "A")));

    private Task<WorksheetImport> ImportAsync(byte[] content) =>
        World.Run(db => new ImportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ImportWorksheet(Period, "A", content, "tu-danh-gia.xlsx")));

    private Task Save(string leaf, string input, string? note = null) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(Period, "A", leaf, input, 0, note)));

    private Task<Domain.Results.TraceLine> TraceOf(string leaf) => World.Run(async db =>
        (await new GetUnitResultHandler(db).HandleAsync(World.Lead("A"), new GetUnitResult(Period, "A"))).Trace.Single(l => l.Code == leaf));

    [Fact]
    public async Task A_worksheet_exported_and_imported_unchanged_still_imports_and_a_changed_mapped_row_is_refused()
    {
        await FilledAsync();
        await Save("1.1", "ontime", "Kế hoạch số 12");
        var exported = await ExportAsync();
        var rows = XlsxReader.Read(exported, "a.xlsx")[0];
        Assert.Equal(("1.2", "1", Source), (rows.Cell(3, 0), rows.Cell(3, 6), rows.Cell(3, 7))); // code, version, explanation

        var same = await ImportAsync(exported);
        Assert.Equal((0, 2), (same.Saved, same.Unchanged)); // 1.1 and the filled 1.2

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(WorksheetTests.Edit(exported, ("F4", "100%"), ("F5", "1"))));
        Assert.Equal("tu-danh-gia.xlsx, trang tính “Tự đánh giá”, dòng 4, cột F, tiêu chí 1.2: Tiêu chí 1.2 lấy số liệu từ nguồn chính thức (chỉ số DVC_DUNG_HAN); đơn vị không tự chấm mục này và có thể giải trình sau thẩm định",
            Assert.Single(e.Problems).In(Language.Vi));
        // The whole file is refused: 1.3 beside it is not saved either.
        Assert.Equal(1, (await World.Run(db => new GetSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Editor("A"), new GetSelfAssessment(Period, "A"))))
            .Leaves.Count(l => l.Self is not null && l.Node.Code != "1.2"));
    }

    [Fact]
    public async Task The_appraiser_sees_the_figure_and_its_source_the_trace_says_it_and_the_unit_appeals_the_item()
    {
        var clock = World.Clock;
        await FilledAsync();
        clock.Now = World.On(2, 10);
        await Save("1.1", "ontime", "Văn bản lưu tại đơn vị");
        await Save("1.3", "0.75");
        await Save("2.1", "pass", "Văn bản lưu tại đơn vị");
        await Save("2.2", "1");
        await World.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(Period, "A")));
        clock.Now = World.On(4, 7);
        await World.AdvanceConfirmedAsync();
        await World.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(World.Secretariat, new AssignAppraiser(Period, "tham-dinh-1", "A", null)));
        var appraiser = World.Appraiser("tham-dinh-1");

        var sheet = await World.Run(db => new GetAppraisalSheetHandler(db).HandleAsync(appraiser, new GetAppraisalSheet(Period, "A")));
        var item = sheet.Items.Single(i => i.Code == "1.2");
        Assert.Equal(("DVC_DUNG_HAN", 95.5m, Source), (item.Fact!.Indicator, item.Fact.Value, item.Fact.Shown!.In(Language.Vi)));
        Assert.Equal((2m, Source), (item.Self!.Points, item.Self.Note));
        Assert.Null(sheet.Items.Single(i => i.Code == "1.1").Fact);
        var trace = await TraceOf("1.2");
        Assert.Equal(2m, trace.Points);
        Assert.EndsWith(". " + Source, trace.Explanation.Vi, StringComparison.Ordinal);
        Assert.EndsWith(". Source: Cổng DVCQG, figures of 15/11/2024", trace.Explanation.En, StringComparison.Ordinal);
        Assert.DoesNotContain("Nguồn", (await TraceOf("1.1")).Explanation.Vi, StringComparison.Ordinal);

        // The appraiser lowers it to 80 % (≥ 70 % → 1 point): the trace no longer names the source.
        await World.Run(db => new AppraiseScoreHandler(db, clock).HandleAsync(appraiser, new AppraiseScore(Period, "A", "1.2", "80%", "Cổng chưa trừ hồ sơ trả lại", 0)));
        trace = await TraceOf("1.2");
        Assert.Equal(1m, trace.Points);
        Assert.DoesNotContain("Nguồn", trace.Explanation.Vi, StringComparison.Ordinal);
        await World.Run(db => new AppraiseScoreHandler(db, clock).HandleAsync(World.Secretariat, new AppraiseScore(Period, "A", "2.3", "0.85", "Kết quả điều tra xã hội học 2025", 0)));
        await World.Run(db => new CompleteAppraisalHandler(db, clock).HandleAsync(World.Secretariat, new CompleteAppraisal(Period, "A")));

        // Appeals: the unit cites the portal's figure; accepted, 95,5 % ≥ 90 % → 2 points, and the source shows again.
        clock.Now = World.On(5, 5);
        await World.AdvanceConfirmedAsync();
        var appeal = Assert.Single(await World.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(World.Lead("A"),
            new SubmitAppeal(Period, "A", [new AppealItem("1.2", "95.5%", "Số liệu Cổng DVCQG ngày 15/11/2024 là 95,5%")]))));
        await World.Run(db => new DecideAppealHandler(db, clock).HandleAsync(appraiser, new DecideAppeal(appeal.Id, true, "Đúng số liệu của cổng")));
        trace = await TraceOf("1.2");
        Assert.Equal(2m, trace.Points);
        Assert.EndsWith(". " + Source, trace.Explanation.Vi, StringComparison.Ordinal);
    }
}

public sealed class FactReadersTestsOnSqlite() : FactReadersTests(DatabaseProvider.Sqlite);

public sealed class FactReadersTestsOnPostgres() : FactReadersTests(DatabaseProvider.Postgres);
