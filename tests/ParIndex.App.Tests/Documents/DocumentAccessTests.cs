using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Documents;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Demo;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Documents;

/// <summary>
/// Who may print which unit's document, on the demo (2025 published, 2026 in self-assessment): a unit never gets
/// another unit's dossier, minutes or appeals, published or not; appraisers only the units they are assigned to;
/// nothing prints before it exists. Checked on the documents' HTML, before any printing.
/// </summary>
public abstract class DocumentAccessTests(DemoDatabase demo)
{
    private static readonly DocumentSettings Settings = new();

    private int Year2025 => demo.Loaded.PeriodIds[1];

    private int Year2026 => demo.Loaded.PeriodIds[2];

    private async Task<Actor> As(string user)
    {
        await using var db = demo.Open();
        return await new GetActorHandler(db).HandleAsync(new GetActor(user));
    }

    private async Task<string> Dossier(string user, int period, string unit)
    {
        await using var db = demo.Open();
        return (await new PrintDossierHandler(db, PrintedDocumentTests.Clock, Settings).HandleAsync(await As(user), new PrintDossier(period, unit))).Html;
    }

    private async Task<string> Minutes(string user, int period, string unit)
    {
        await using var db = demo.Open();
        return (await new PrintAppraisalMinutesHandler(db, PrintedDocumentTests.Clock, Settings).HandleAsync(await As(user), new PrintAppraisalMinutes(period, unit))).Html;
    }

    private async Task<string> Appeals(string user, string? unit)
    {
        await using var db = demo.Open();
        return (await new PrintAppealDecisionsHandler(db, PrintedDocumentTests.Clock, Settings).HandleAsync(await As(user), new PrintAppealDecisions(Year2025, unit))).Html;
    }

    [Fact]
    public async Task A_unit_prints_its_own_dossier_and_minutes_and_never_another_units_even_published()
    {
        Assert.Contains("SỞ TÀI CHÍNH", await Dossier("stc.editor", Year2025, "STC"));
        Assert.Contains("Kết quả thẩm định", await Minutes("stc.lead", Year2025, "STC"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dossier("snv.lead", Year2025, "STC"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Minutes("snv.editor", Year2025, "STC"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dossier("snv.editor", Year2026, "STC"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Dossier("nguoixem", Year2025, "STC"));
    }

    [Fact]
    public async Task Appraisers_print_the_units_they_are_assigned_to_and_the_council_prints_every_unit()
    {
        Assert.Contains("SỞ GIÁO DỤC VÀ ĐÀO TẠO", await Dossier("thamdinh1", Year2025, "SGDDT")); // assigned to the whole unit
        Assert.Contains("Sở Y tế", await Minutes("thamdinh2", Year2025, "SYT"));                   // area 3 in every unit
        await Assert.ThrowsAsync<ForbiddenException>(() => Dossier("thamdinh1", Year2025, "SYT")); // not among thamdinh1's six
        Assert.Contains("Sở Y tế", await Minutes("hoidong", Year2025, "SYT"));
        Assert.Contains("BẢN NHÁP", await Dossier("thuongtruc", Year2026, "SNV"));               // SNV's 2026 draft, not submitted
    }

    [Fact]
    public async Task Minutes_print_only_after_the_appraisal_is_complete()
    {
        var refused = await Assert.ThrowsAsync<WorkflowException>(() => Minutes("thuongtruc", Year2026, "STC"));
        Assert.Contains("chưa kết thúc", refused.Message);
        await Assert.ThrowsAsync<NotFoundException>(() => Minutes("thuongtruc", Year2025, "KHONGCO"));
    }

    [Fact]
    public async Task A_unit_prints_the_decisions_on_its_own_appeals_only()
    {
        var own = await Appeals("sgddt.lead", null);
        Assert.Contains("Sở Giáo dục và Đào tạo", own);
        Assert.DoesNotContain("Sở Tài chính", own);
        Assert.Contains("Không chấp nhận", own);
        await Assert.ThrowsAsync<ForbiddenException>(() => Appeals("sgddt.lead", "STC"));
        await Assert.ThrowsAsync<ForbiddenException>(() => Appeals("thamdinh1", null));
        await Assert.ThrowsAsync<ForbiddenException>(() => Appeals("nguoixem", null));
        var all = await Appeals("hoidong", null);
        Assert.Contains("Sở Giáo dục và Đào tạo", all);
        Assert.Contains("Sở Tài chính", all);
    }

    [Fact]
    public async Task The_annex_prints_for_anyone_once_published_and_not_before()
    {
        await using var db = demo.Open();
        var handler = new PrintPublicationAnnexHandler(db, PrintedDocumentTests.Clock, Settings);
        var annex = (await handler.HandleAsync(new PrintPublicationAnnex(Year2025, "Xã, phường"))).Html;
        Assert.Contains("KHỐI XÃ, PHƯỜNG", annex);
        Assert.DoesNotContain("KHỐI SỞ, BAN, NGÀNH", annex);
        Assert.Contains("……………, ngày 12 tháng 6 năm 2026", annex); // no place configured: a blank to fill in
        await Assert.ThrowsAsync<NotFoundException>(() => handler.HandleAsync(new PrintPublicationAnnex(Year2026)));
    }
}

public sealed class SqliteDocumentAccessTests(SqliteDemoDatabase demo) : DocumentAccessTests(demo), IClassFixture<SqliteDemoDatabase>;

public sealed class PostgresDocumentAccessTests(PostgresDemoDatabase demo) : DocumentAccessTests(demo), IClassFixture<PostgresDemoDatabase>;

public sealed class DateWordsTests
{
    [Theory]
    [InlineData(2026, 2, 5, "ngày 05 tháng 02 năm 2026")]   // a zero before days under 10 and months 1 and 2
    [InlineData(2026, 1, 31, "ngày 31 tháng 01 năm 2026")]
    [InlineData(2026, 3, 9, "ngày 09 tháng 3 năm 2026")]
    [InlineData(2025, 12, 20, "ngày 20 tháng 12 năm 2025")]
    public void Dates_are_written_as_the_decree_asks(int year, int month, int day, string words) =>
        Assert.Equal(words, OfficialDocument.DateWords(new DateTimeOffset(year, month, day, 10, 0, 0, TimeSpan.FromHours(7))));

    [Fact]
    public void The_date_is_the_day_in_Vietnam()
    {
        // 31/12/2025 20:00 UTC is already 01/01/2026 03:00 in Vietnam.
        Assert.Equal("ngày 01 tháng 01 năm 2026", OfficialDocument.DateWords(new DateTimeOffset(2025, 12, 31, 20, 0, 0, TimeSpan.Zero)));
    }
}
