using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary><c>/quan-tri/ky</c> and <c>/quan-tri/ky/{id}</c>: creating and running a period, each refusal beside its form.</summary>
public abstract class PeriodPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private string PeriodPage => $"/quan-tri/ky/{World.PeriodId}";

    private static Dictionary<string, string> NewPeriod(string name, string closes) => new()
    {
        ["Input.Year"] = "2026", ["Input.Name"] = name, ["Input.Frameworks"] = "TEST-SO",
        ["Input.Opens"] = "2027-01-01T00:00", ["Input.Closes"] = closes, ["Input.AppraisalCloses"] = "2027-04-30T17:00",
        ["Input.AppealsClose"] = "2027-05-15T17:00", ["Input.FinalisationDue"] = "2027-05-31T17:00", ["Input.Combine"] = "Mean",
        ["Input.Bands"] = "Tốt: 80\nĐạt: 0",
    };

    [Fact]
    public async Task A_period_is_created_with_deadlines_in_Vietnam_time_and_its_own_bands()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var response = await secretariat.PostAsync("/quan-tri/ky", "/quan-tri/ky", NewPeriod("CCHC 2026", "2027-03-31T17:00"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var period = await World.Run(db => db.Periods.Include(p => p.Submissions).SingleAsync(p => p.Name == "CCHC 2026"));
        Assert.Equal($"/quan-tri/ky/{period.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 10, 0, 0, TimeSpan.Zero), period.SelfAssessmentCloses);
        Assert.Equal(4, period.Submissions.Count);
        Assert.Equal([("Tốt", 80m), ("Đạt", 0m)], PeriodBands.Read(period.BandsJson!).Select(b => (b.Label, b.Min)));
        var page = await secretariat.PageAsync($"/quan-tri/ky/{period.Id}");
        Assert.Contains("Đã tạo kỳ đánh giá \"CCHC 2026\" (dự thảo, 4 đơn vị)", page);
        Assert.Contains("<dd>31/03/2027 17:00</dd>", page);
        Assert.Contains("CCHC 2026", await secretariat.PageAsync("/quan-tri/ky"));
    }

    [Fact]
    public async Task Dates_out_of_order_a_taken_name_or_bad_bands_are_refused_beside_the_form()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var late = await SiteSession.TextAsync(await secretariat.PostAsync("/quan-tri/ky", "/quan-tri/ky", NewPeriod("CCHC 2026", "2027-06-30T17:00")));
        Assert.Contains("Các mốc thời gian của kỳ đánh giá phải tăng dần: hạn nộp tự đánh giá (30/06/2027 17:00) phải trước hạn thẩm định (30/04/2027 17:00)", SiteSession.ErrorsBeside(late, "create"));

        var taken = await SiteSession.TextAsync(await secretariat.PostAsync("/quan-tri/ky", "/quan-tri/ky", NewPeriod("CCHC 2025", "2027-03-31T17:00")));
        Assert.Contains("Đã có kỳ đánh giá tên “CCHC 2025”", SiteSession.ErrorsBeside(taken, "create"));

        var fields = NewPeriod("CCHC 2026", "2027-03-31T17:00");
        fields["Input.Bands"] = "Tốt 80";
        var bands = await SiteSession.TextAsync(await secretariat.PostAsync("/quan-tri/ky", "/quan-tri/ky", fields));
        Assert.Contains("thang xếp loại, dòng 1: “Tốt 80” không có dạng “tên: ngưỡng”, ví dụ “Tốt: 80”", SiteSession.ErrorsBeside(bands, "create"));
        Assert.Equal(1, await World.Run(db => db.Periods.CountAsync()));
    }

    [Fact]
    public async Task Advancing_needs_a_confirmation_then_moves_the_period_on()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var unconfirmed = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance", []));
        Assert.Contains("Hãy đánh dấu xác nhận trước khi chuyển giai đoạn", SiteSession.ErrorsBeside(unconfirmed, "advance"));
        Assert.Equal(PeriodState.Draft, await World.Run(db => db.Periods.Select(p => p.State).SingleAsync()));

        var response = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance", new() { ["Confirm"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("Đã chuyển kỳ đánh giá từ \"Chuẩn bị\" sang \"Tự đánh giá\"", page);
        Assert.Contains("Giai đoạn: <strong>Tự đánh giá</strong>", page);
    }

    [Fact]
    public async Task An_extension_must_be_later_than_the_deadline_and_needs_a_reason()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var early = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=extend", new()
        {
            ["Extension.Unit"] = "C", ["Extension.Until"] = "2025-03-30T17:00", ["Extension.Reason"] = "Đơn vị mới sáp nhập",
        }));
        Assert.Contains("Hạn gia hạn 30/03/2025 17:00 phải sau hạn nộp tự đánh giá 31/03/2025 17:00", SiteSession.ErrorsBeside(early, "extend"));

        var noReason = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=extend", new()
        {
            ["Extension.Unit"] = "C", ["Extension.Until"] = "2025-04-05T17:00",
        }));
        Assert.Contains("Gia hạn cần lý do", SiteSession.ErrorsBeside(noReason, "extend"));

        var granted = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=extend", new()
        {
            ["Extension.Unit"] = "C", ["Extension.Until"] = "2025-04-05T17:00", ["Extension.Reason"] = "Đơn vị mới sáp nhập",
        });
        Assert.Equal(HttpStatusCode.Redirect, granted.StatusCode);
        Assert.Contains("Đơn vị C được gia hạn tự đánh giá đến 05/04/2025 17:00", await secretariat.PageAsync(PeriodPage));
        Assert.Equal(World.On(4, 5, 17), await World.Run(db => db.Submissions.Where(s => s.Unit.Code == "C").Select(s => s.ExtendedUntil).SingleAsync()));
        Assert.Contains("05/04/2025 17:00 (gia hạn)", await secretariat.PageAsync("/quan-tri"));
    }

    [Fact]
    public async Task An_appraiser_is_assigned_to_a_unit_and_an_area()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        Assert.Contains("<option value=\"tham.dinh\">tham.dinh</option>", await admin.PageAsync(PeriodPage));

        var none = await SiteSession.TextAsync(await admin.PostAsync(PeriodPage, PeriodPage + "?handler=assign", new() { ["Assignment.Appraiser"] = "tham.dinh" }));
        Assert.Contains("Cần chỉ rõ đơn vị hoặc lĩnh vực", SiteSession.ErrorsBeside(none, "assign"));

        var response = await admin.PostAsync(PeriodPage, PeriodPage + "?handler=assign", new()
        {
            ["Assignment.Appraiser"] = "tham.dinh", ["Assignment.Unit"] = "B", ["Assignment.Area"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var dashboard = await admin.PageAsync("/quan-tri");
        Assert.Contains("lĩnh vực 1 của B", dashboard);
    }

    [Fact]
    public async Task Returning_needs_a_reason_and_a_submitted_submission()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10);
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "1"), ("2.1", "pass"), ("2.2", "0") })
            await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("D"), new SaveScore(World.PeriodId, "D", leaf, input, 0, "Lưu tại đơn vị")));
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("D"), new SubmitSelfAssessment(World.PeriodId, "D")));
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var noReason = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=return", new() { ["Return.Unit"] = "D" }));
        Assert.Contains("Trả lại hồ sơ phải nêu lý do", SiteSession.ErrorsBeside(noReason, "return"));
        var notSubmitted = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=return", new()
        {
            ["Return.Unit"] = "A", ["Return.Reason"] = "Thiếu tài liệu",
        }));
        Assert.Contains("Không thể trả lại hồ sơ khi hồ sơ ở trạng thái “Chưa bắt đầu”", SiteSession.ErrorsBeside(notSubmitted, "return"));

        var returned = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=return", new()
        {
            ["Return.Unit"] = "D", ["Return.Reason"] = "Thiếu tài liệu kiểm chứng mục 2.1",
        });
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);
        var dashboard = await secretariat.PageAsync("/quan-tri");
        Assert.Contains("Bị trả lại để chỉnh sửa", dashboard);
        Assert.Contains("Lý do: Thiếu tài liệu kiểm chứng mục 2.1", dashboard);
    }

    [Fact]
    public async Task Publishing_refuses_before_finalisation_and_afterwards_shows_the_snapshot_hash()
    {
        await using (var early = await SiteSession.StartSiteAsync(World))
        {
            await using var secretariat = await SiteSession.SignInAsync(early, "thu.ky");
            var draft = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=publish", new() { ["Confirm"] = "true" }));
            Assert.Contains("Chưa thể công bố", SiteSession.ErrorsBeside(draft, "publish"));
        }
        await new YearScript(World).PublishAsync();
        await World.Run(db => new ReopenPeriodHandler(db, World.Clock).HandleAsync(World.Admin, new ReopenPeriod(World.PeriodId, "Sai sót khi tổng hợp")));
        await using var site = await RunningSite.StartAsync(World.Database);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        var response = await council.PostAsync(PeriodPage, PeriodPage + "?handler=publish", new() { ["Confirm"] = "true" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var sha = await World.Run(db => db.Publications.Select(p => p.Sha256).SingleAsync());
        var page = await council.PageAsync(PeriodPage);
        Assert.Contains($"Đã công bố kết quả: khối Sở, ban, ngành, 4 đơn vị, SHA-256 {sha}", page);
        Assert.Contains($"SHA-256 <code>{sha}</code>", page);
        Assert.Contains("Giai đoạn: <strong>Đã công bố</strong>", page);
    }

    [Fact]
    public async Task A_published_period_offers_no_extension_assignment_or_return_and_a_stale_form_is_refused_beside_it()
    {
        await new YearScript(World).PublishAsync();
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var page = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("Giai đoạn: <strong>Đã công bố</strong>", page);
        foreach (var handler in new[] { "extend", "assign", "return", "advance", "publish" })
            Assert.DoesNotContain($"?handler={handler}\"", page);

        // A form kept open in another tab since before publication still posts with a valid token.
        var token = await secretariat.TokenAsync("/quan-tri/ky");
        var extend = await SiteSession.TextAsync(await secretariat.PostWithTokenAsync(PeriodPage + "?handler=extend", new Dictionary<string, string>
        {
            ["Extension.Unit"] = "A", ["Extension.Until"] = "2027-12-31T17:00", ["Extension.Reason"] = "Nộp muộn",
        }, token));
        Assert.Contains("Không thể gia hạn khi kỳ đánh giá đang ở giai đoạn “Đã công bố”", SiteSession.ErrorsBeside(extend, "extend"));
        var assignments = await World.Run(db => db.Assignments.CountAsync());
        var assign = await SiteSession.TextAsync(await secretariat.PostWithTokenAsync(PeriodPage + "?handler=assign", new Dictionary<string, string>
        {
            ["Assignment.Appraiser"] = "tham.dinh", ["Assignment.Unit"] = "A",
        }, token));
        Assert.Contains("Không thể phân công thẩm định khi kỳ đánh giá đang ở giai đoạn “Đã công bố”", SiteSession.ErrorsBeside(assign, "assign"));
        Assert.Equal(assignments, await World.Run(db => db.Assignments.CountAsync()));
    }

    [Fact]
    public async Task Others_may_not_run_a_period_and_every_form_needs_the_antiforgery_token()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var appraiser = await SiteSession.SignInAsync(site, "tham.dinh");
        var token = await appraiser.TokenAsync("/dang-nhap");
        foreach (var handler in new[] { "advance", "extend", "assign", "return", "publish" })
            SiteSession.AssertForbidden(await appraiser.PostWithoutTokenAsync(PeriodPage + "?handler=" + handler, new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Confirm"] = "true", ["Extension.Unit"] = "A", ["Extension.Until"] = "2025-04-05T17:00",
                ["Extension.Reason"] = "x", ["Assignment.Appraiser"] = "tham.dinh", ["Assignment.Unit"] = "A", ["Return.Unit"] = "A", ["Return.Reason"] = "x",
            }));
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        // The council's period page has no advance form (nor any before finalisation): a form posted with its token from elsewhere.
        SiteSession.AssertForbidden(await council.PostWithTokenAsync(PeriodPage + "?handler=advance",
            new Dictionary<string, string> { ["Confirm"] = "true" }, await council.TokenAsync("/dang-xuat")));
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        SiteSession.AssertForbidden(await editor.PostAsync("/dang-nhap", "/quan-tri/ky", NewPeriod("CCHC 2026", "2027-03-31T17:00")));
        Assert.Equal(PeriodState.Draft, await World.Run(db => db.Periods.Select(p => p.State).SingleAsync()));
        Assert.Empty(await World.Run(db => db.Assignments.ToListAsync()));

        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        foreach (var handler in new[] { "advance", "extend", "assign", "return", "publish" })
            Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostWithoutTokenAsync(PeriodPage + "?handler=" + handler, new Dictionary<string, string> { ["Confirm"] = "true" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostWithoutTokenAsync("/quan-tri/ky", NewPeriod("CCHC 2026", "2027-03-31T17:00"))).StatusCode);
        Assert.Equal(PeriodState.Draft, await World.Run(db => db.Periods.Select(p => p.State).SingleAsync()));
    }
}

public sealed class PeriodPagesTestsOnSqlite() : PeriodPagesTests(DatabaseProvider.Sqlite);

public sealed class PeriodPagesTestsOnPostgres() : PeriodPagesTests(DatabaseProvider.Postgres);
