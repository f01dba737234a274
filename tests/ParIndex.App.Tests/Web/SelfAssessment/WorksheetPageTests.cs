using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Worksheets;

namespace ParIndex.App.Tests.Web.SelfAssessment;

/// <summary>
/// The offline worksheet from the dossier page: downloaded by the unit's editor, brought back with a mistake (every
/// problem located by sheet, row and column, nothing saved), then corrected and saved; others get no worksheet.
/// Rows of World's worksheet: 3 "1.1" options, 4 "1.2" tiers, 5 "1.3" manual; column F is the input.
/// </summary>
public abstract class WorksheetPageTests(DatabaseProvider provider) : SelfAssessmentPageTest(provider)
{
    private string Worksheet => $"{Form}/bieu-mau";

    [Fact]
    public async Task The_editor_downloads_the_worksheet_brings_it_back_with_a_mistake_shown_in_place_then_saves_it()
    {
        await using var site = await OpenAsync();
        var dossier = await site.PageAsync(Form);
        Assert.Contains($"href=\"{Worksheet}?handler=Download\"", dossier);
        Assert.Contains($"action=\"{Worksheet}\"", dossier);

        var download = await site.GetAsync($"{Worksheet}?handler=Download");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal($"tu-danh-gia-A-ky-{World.PeriodId}.xlsx", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName);
        var workbook = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal(["1.1", "1.2", "1.3"], XlsxReader.Read(workbook, "a.xlsx")[0].Rows.Skip(2).Take(3).Select(r => r[0]));

        // 1.2 takes a ratio: "nhiều" is refused at row 4, column F; 1.1 "late" is right but is not saved either.
        var wrong = await site.UploadAsync(Form, Worksheet, "tu-danh-gia.xlsx", WorksheetTests.Edit(workbook, ("F3", "late"), ("F4", "nhiều")));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        var refused = await SiteSession.TextAsync(wrong);
        Assert.Contains("Tệp tu-danh-gia.xlsx có 1 lỗi; chưa có gì được lưu.", refused);
        var problem = SiteSession.Between(refused, "data-testid=\"worksheet-problem\"", "</tr>");
        Assert.Contains("<td>Tự đánh giá</td><td>4</td><td>F</td><td>1.2</td>", problem);
        Assert.Contains("“nhiều” không phải một tỷ lệ (0,93, 93% hoặc 45/50)", problem);
        Assert.Equal(0, await World.Run(db => db.Scores.CountAsync()));

        var right = await site.UploadAsync(Worksheet, Worksheet, "tu-danh-gia.xlsx", WorksheetTests.Edit(workbook, ("F3", "late"), ("F4", "45/50")));
        var saved = await SiteSession.TextAsync(right);
        Assert.Contains("Đã nhập tu-danh-gia.xlsx: 2 mục đã lưu, 0 mục không đổi.", saved);
        Assert.Contains("Để trống, giữ nguyên: 1.3, 2.1, 2.2", saved);
        // 1.1 late → 0.5; 1.2 45/50 = 90 % → 2 (≥ 90 %).
        var scores = await World.Run(db => db.Scores.AsNoTracking().OrderBy(s => s.LeafCode).Select(s => new { s.LeafCode, s.Input, s.Points }).ToListAsync());
        Assert.Equal([("1.1", "late", 0.5m), ("1.2", "45/50", 2m)], scores.Select(s => (s.LeafCode, s.Input, s.Points)));
        Assert.Contains("late", await site.PageAsync(Form));

        var empty = await SiteSession.TextAsync(await site.UploadAsync(Worksheet, Worksheet, "rong.xlsx", Array.Empty<byte>()));
        Assert.Contains("Hãy chọn tệp biểu mẫu đã điền (.xlsx)", SiteSession.Between(empty, "data-testid=\"errors-worksheet\"", "</ul>"));
        await site.PageAsync("/tu-danh-gia/999/bieu-mau?handler=Download", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Only_a_unit_s_own_people_have_a_worksheet()
    {
        await using var site = await OpenAsync("thu.ky");
        await site.AssertForbiddenAsync(Worksheet);
        await site.AssertForbiddenAsync($"{Worksheet}?handler=Download");
        Assert.Equal(0, await World.Run(db => db.Audit.CountAsync(a => a.Action == "worksheet.import")));
    }
}

public sealed class WorksheetPageTestsOnSqlite() : WorksheetPageTests(DatabaseProvider.Sqlite);

public sealed class WorksheetPageTestsOnPostgres() : WorksheetPageTests(DatabaseProvider.Postgres);
