using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Documents;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Evidence;
using ParIndex.Domain.Evidence;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Tests.EvidenceUseCases;

/// <summary>
/// A document linked to a sub-criterion carries where in it the proof is (pages, section): stored as written one way,
/// refused with what to write, changed by linking again (audited once), and carried to the appraisal sheet, the list,
/// the worksheet and the printed dossier.
/// </summary>
public abstract class EvidencePlaceTests(DatabaseProvider provider) : ProviderTest(provider), IDisposable
{
    private static readonly byte[] Pdf = ParIndex.App.Features.Demo.DemoPdf.Create("Kế hoạch CCHC", ["Trang 1", "Trang 2", "Trang 3"]);

    private readonly EvidenceStoreFixture files = new();

    private int Period => World.PeriodId;

    public void Dispose()
    {
        files.Dispose();
        GC.SuppressFinalize(this);
    }

    private Task OpenSelfAssessment() =>
        World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(Period)));

    private Task<EvidenceDocument> Add(string? pages, string? section, params string[] leaves) =>
        World.Run(db => new AddEvidenceHandler(db, World.Clock, files.Store).HandleAsync(World.Editor("A"),
            new AddEvidence(Period, "A", "12/KH-SNV", new DateOnly(2024, 12, 26), "Sở Nội vụ", "Kế hoạch CCHC năm 2025", new MemoryStream(Pdf), "ke-hoach.pdf", leaves, pages, section)));

    private Task<EvidenceView> Link(int document, string? pages, string? section, params string[] leaves) =>
        World.Run(db => new LinkEvidenceHandler(db, World.Clock).HandleAsync(World.Editor("A"), new LinkEvidence(Period, "A", document, leaves, pages, section)));

    private Task<(int Links, int Audit, string Places)> StateNow() => World.Run(async db =>
        (await db.EvidenceLinks.CountAsync(), await db.Audit.CountAsync(),
            string.Join("; ", (await db.EvidenceLinks.AsNoTracking().ToListAsync()).OrderBy(l => l.LeafCode).Select(l => $"{l.LeafCode}:{l.Pages}|{l.Section}"))));

    [Fact]
    public async Task A_document_is_linked_with_its_pages_and_section_kept_one_way_and_relinking_moves_them()
    {
        await OpenSelfAssessment();
        var document = await Add("3-5", " Điều 5 ", "1.1");
        Assert.Equal("1.1:3–5|Điều 5", (await StateNow()).Places);

        var linked = await Link(document.Id, "7 ,2-3", null, "2.1");
        Assert.Equal(["1.1", "2.1"], linked.LeafCodes);
        Assert.Equal(new ProofPlace("3–5", "Điều 5"), linked.PlaceFor("1.1"));
        Assert.Equal(new ProofPlace("7, 2–3", null), linked.PlaceFor("2.1"));
        Assert.Equal(7, linked.PlaceFor("2.1").FirstPage);

        // The same again changes nothing; another page moves the citation, audited with both places.
        var before = await StateNow();
        await Link(document.Id, "7, 2–3", "", "2.1");
        Assert.Equal(before, await StateNow());
        await Link(document.Id, "4", "mục II.2", "2.1");
        var after = await StateNow();
        Assert.Equal((before.Links, before.Audit + 1, "1.1:3–5|Điều 5; 2.1:4|mục II.2"), after);
        var entry = await World.Run(db => db.Audit.OrderByDescending(a => a.Id).FirstAsync());
        Assert.Equal(("evidence.link", "1.1 (trang 3–5, Điều 5), 2.1 (trang 7, 2–3)", "1.1 (trang 3–5, Điều 5), 2.1 (trang 4, mục II.2)"),
            (entry.Action, entry.OldValue, entry.NewValue));
    }

    [Fact]
    public async Task Wrong_pages_are_refused_with_what_to_write_and_change_nothing()
    {
        await OpenSelfAssessment();
        var document = await Add(null, null, "1.1");
        var before = await StateNow();

        var e = await Assert.ThrowsAsync<ImportException>(() => Link(document.Id, "5-3, trang 9", new string('x', 101), "1.1", "2.1"));

        Assert.Equal(
        [
            "A: Khoảng trang 5–3 bị ngược: trang đầu phải nhỏ hơn trang cuối",
            "A: “trang 9” không phải số trang; ghi ví dụ 3, 3–5 hoặc 3, 7",
            "A: Mục, điều dài quá 100 ký tự",
        ], e.Problems.Select(p => p.In(Language.Vi)));
        Assert.Equal(before, await StateNow());
        await Assert.ThrowsAsync<ImportException>(() => Add("0", null, "1.2"));
        Assert.Equal(before, await StateNow());
    }

    [Fact]
    public async Task The_appraisal_sheet_the_worksheet_and_the_printed_dossier_carry_the_place()
    {
        await OpenSelfAssessment();
        var document = await Add("3–5", "Điều 5", "1.1");
        await Link(document.Id, null, null, "2.1");

        var sheet = await World.Run(db => new GetAppraisalSheetHandler(db).HandleAsync(World.Secretariat, new GetAppraisalSheet(Period, "A")));
        var cited = Assert.Single(sheet.Items.Single(i => i.Code == "1.1").Evidence);
        Assert.Equal((document.Id, "3–5", "Điều 5", 3), (cited.Id, cited.Place.Pages, cited.Place.Section, cited.Place.FirstPage));
        Assert.True(Assert.Single(sheet.Items.Single(i => i.Code == "2.1").Evidence).Place.IsEmpty);

        var workbook = await World.Run(db => new ExportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ExportWorksheet(Period, "A")));
        var rows = XlsxReader.Read(workbook, "w.xlsx").Single(s => s.Name == "Tự đánh giá").Rows;
        var linked = rows[0].ToList().IndexOf("Tài liệu đã gắn (trang, mục)");
        Assert.True(linked >= 0);
        Assert.Equal("12/KH-SNV — trang 3–5, Điều 5", rows.Single(r => r[0] == "1.1")[linked]);
        Assert.Equal("12/KH-SNV", rows.Single(r => r[0] == "2.1")[linked]);

        var printed = await World.Run(db => new PrintDossierHandler(db, World.Clock, new DocumentSettings()).HandleAsync(World.Editor("A"), new PrintDossier(Period, "A")));
        Assert.Contains("ngày 26/12/2024 của Sở Nội vụ: Kế hoạch CCHC năm 2025 (ke-hoach.pdf) — trang 3–5, Điều 5</li>", printed.Html);
    }
}

public sealed class EvidencePlaceTestsOnSqlite() : EvidencePlaceTests(DatabaseProvider.Sqlite);

public sealed class EvidencePlaceTestsOnPostgres() : EvidencePlaceTests(DatabaseProvider.Postgres);
