using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Workflow;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// The period page's stage changes: the checklist before each, the second confirmation naming the open items, the
/// non-submitter setting, stepping back and reopening with a reason, and the history; then what the public sees of a
/// unit left out of the ranking. The year of <see cref="NonSubmitterYear"/>: C never submits.
/// </summary>
public abstract partial class StageChangePagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private string PeriodPage => $"/quan-tri/ky/{World.PeriodId}";

    private Task<PeriodState> StageAsync() => World.Run(db => db.Periods.Select(p => p.State).SingleAsync());

    [Fact]
    public async Task Advancing_past_open_items_needs_a_second_confirmation_that_names_them()
    {
        await new NonSubmitterYear(World).SelfAssessAsync();
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var page = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("Chuyển sang giai đoạn “Thẩm định”", page);
        Assert.Matches("data-testid=\"item-NotSubmitted\">\\s*<strong>1 đơn vị chưa nộp hồ sơ</strong>: C", page);
        Assert.Contains("→ sẽ được chấm theo những gì đã nhập đến hạn nộp", page);
        Assert.Contains("<li>C — Sở C</li>", page);
        Assert.DoesNotContain("data-testid=\"second-confirmation\"", page);

        // The first confirmation only brings up the second, which names the open items; nothing moves yet.
        var first = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance", new() { ["Confirm"] = "true" }));
        Assert.Contains("data-testid=\"second-confirmation\"", first);
        Assert.Contains("<li>1 đơn vị chưa nộp hồ sơ: C — sẽ được chấm theo những gì đã nhập đến hạn nộp: hồ sơ chuyển sang thẩm định như hồ sơ đã nộp</li>", first);
        var fingerprint = Fingerprint().Match(first).Groups[1].Value;
        Assert.Equal((await World.ChecklistAsync())!.Fingerprint, fingerprint);
        Assert.Equal(PeriodState.SelfAssessment, await StageAsync());

        var unticked = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance",
            new() { ["Confirm"] = "true", ["Confirmed"] = fingerprint }));
        Assert.Contains("Hãy đánh dấu đồng ý với cách xử lý các mục chưa xong", SiteSession.ErrorsBeside(unticked, "advance"));
        Assert.Equal(PeriodState.SelfAssessment, await StageAsync());

        var response = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance",
            new() { ["Confirm"] = "true", ["Confirmed"] = fingerprint, ["ConfirmItems"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(PeriodState.Appraisal, await StageAsync());
        var after = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("Đã chuyển kỳ đánh giá từ \"Tự đánh giá\" sang \"Thẩm định\" Hồ sơ thay đổi: C Đang soạn → Đã nộp", after);
        Assert.Matches("data-testid=\"change\">\\s*<strong>\\d\\d/\\d\\d/2025 \\d\\d:\\d\\d</strong> · Người dùng thu.ky · Chuyển giai đoạn: “Tự đánh giá” → “Thẩm định”", after);
        Assert.Contains("Đã xác nhận: 1 đơn vị chưa nộp hồ sơ: C", after);
        Assert.DoesNotContain("Lý do / xác nhận", after);
        Assert.Contains("1 hồ sơ thay đổi: C Đang soạn → Đã nộp", after);
    }

    [Fact]
    public async Task A_second_confirmation_of_a_list_that_changed_shows_the_new_list_and_moves_nothing()
    {
        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync();
        var seen = (await World.ChecklistAsync())!.Fingerprint;
        await World.Run(db => new Features.SelfAssessment.ReturnSubmissionHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new Features.SelfAssessment.ReturnSubmission(World.PeriodId, "B", "Thiếu tài liệu")));
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var stale = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=advance",
            new() { ["Confirm"] = "true", ["Confirmed"] = seen, ["ConfirmItems"] = "true" }));

        Assert.Contains("Các mục chưa xong đã thay đổi từ khi được xác nhận", SiteSession.ErrorsBeside(stale, "advance"));
        Assert.Contains("<li>1 hồ sơ bị trả lại chưa nộp lại: B — sẽ chuyển sang thẩm định theo những gì đơn vị đã nhập</li>", stale);
        Assert.Equal((await World.ChecklistAsync())!.Fingerprint, Fingerprint().Match(stale).Groups[1].Value);
        Assert.Equal(PeriodState.SelfAssessment, await StageAsync());
    }

    [Fact]
    public async Task The_setting_for_units_that_never_submit_is_chosen_until_self_assessment_ends_and_the_public_sees_an_excluded_unit()
    {
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        Assert.Contains("value=\"ScoreAsEntered\" checked=\"checked\"", await secretariat.PageAsync(PeriodPage));

        var none = await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=nonsubmitters", []));
        Assert.Contains("Hãy chọn một cách xử lý", SiteSession.ErrorsBeside(none, "nonsubmitters"));
        var chosen = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=nonsubmitters", new() { ["Policy"] = "Exclude" });
        Assert.Equal(HttpStatusCode.Redirect, chosen.StatusCode);
        Assert.Contains("Đơn vị không nộp hồ sơ: Không xếp hạng, công bố lý do", await secretariat.PageAsync(PeriodPage));
        Assert.Equal(NonSubmitterPolicy.Exclude, await World.Run(db => db.Periods.Select(p => p.NonSubmitters).SingleAsync()));

        var year = new NonSubmitterYear(World);
        await year.SelfAssessAsync(NonSubmitterPolicy.Exclude);
        World.Clock.Now = World.On(4, 1);
        await World.AdvanceConfirmedAsync();
        await secretariat.SignInAsAsync("thu.ky");   // the sign-in expires on the site's clock, which moved two months
        var appraisal = await secretariat.PageAsync(PeriodPage);
        Assert.DoesNotContain("?handler=nonsubmitters", appraisal);
        Assert.Contains("data-testid=\"non-submitters-fixed\">Đơn vị không nộp hồ sơ: Không xếp hạng, công bố lý do", appraisal);

        await year.AppraiseAsync();
        World.Clock.Now = World.On(5, 5);
        await World.AdvanceConfirmedAsync();
        World.Clock.Now = World.On(5, 20);
        await World.AdvanceConfirmedAsync();
        await secretariat.SignInAsAsync("thu.ky");
        var finalisation = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("<strong>1 đơn vị không nộp hồ sơ</strong>: C", finalisation);
        Assert.Contains("→ sẽ không được xếp hạng; kết quả công bố ghi tên đơn vị cùng lý do", finalisation);
        var fingerprint = Fingerprint().Match(await SiteSession.TextAsync(await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=publish",
            new() { ["Confirm"] = "true" }))).Groups[1].Value;
        var published = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=publish",
            new() { ["Confirm"] = "true", ["Confirmed"] = fingerprint, ["ConfirmItems"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);

        var home = await SiteSession.TextAsync(await site.Client.GetAsync("/"));
        Assert.Contains("Đơn vị không được xếp hạng", home);
        Assert.Contains("<strong>Sở C</strong> (C): Không nộp hồ sơ tự đánh giá trước hạn 31/03/2025 17:00; theo quy định của kỳ đánh giá, đơn vị không được xếp hạng", home);
        Assert.Contains("<strong>Sở C</strong> (C)", await secretariat.PageAsync($"/ket-qua?ky={World.PeriodId}"));
    }

    [Fact]
    public async Task Stepping_back_needs_a_reason_and_reopening_a_published_period_is_the_administrators()
    {
        await new NonSubmitterYear(World).PublishAsync();
        await using var site = await SiteSession.StartSiteAsync(World, World.Clock);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        Assert.DoesNotContain("?handler=stepback", await secretariat.PageAsync(PeriodPage));
        Assert.Contains("data-testid=\"ranking\"", await SiteSession.TextAsync(await site.Client.GetAsync("/")));

        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        var page = await admin.PageAsync(PeriodPage);
        Assert.Contains("Mở lại kỳ đã công bố", page);
        Assert.Contains("Rút kết quả đã công bố khỏi trang công khai", page);
        var noReason = await SiteSession.TextAsync(await admin.PostAsync(PeriodPage, PeriodPage + "?handler=stepback", new() { ["StepBackReason"] = "  " }));
        Assert.Contains("Lùi giai đoạn hoặc mở lại kỳ phải nêu lý do", SiteSession.ErrorsBeside(noReason, "stepback"));
        Assert.Equal(PeriodState.Published, await StageAsync());

        var reopened = await admin.PostAsync(PeriodPage, PeriodPage + "?handler=stepback", new() { ["StepBackReason"] = "Sai sót khi tổng hợp tiêu chí 1.3" });
        Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        Assert.Equal(PeriodState.Finalisation, await StageAsync());
        var after = await admin.PageAsync(PeriodPage);
        Assert.Contains("Đã lùi kỳ đánh giá từ \"Đã công bố\" về \"Tổng hợp, chốt kết quả\". Đã rút bản công bố của khối Sở, ban, ngành.", after);
        Assert.Contains("Mở lại kỳ đã công bố: “Đã công bố” → “Tổng hợp, chốt kết quả”", after);
        Assert.Contains("Lý do: Sai sót khi tổng hợp tiêu chí 1.3", after);
        Assert.Contains("Đã rút bản công bố của khối Sở, ban, ngành", after);
        Assert.Contains("4 hồ sơ thay đổi: A Đã chốt kết quả → Đã thẩm định", after);
        Assert.DoesNotContain("data-testid=\"ranking\"", await SiteSession.TextAsync(await site.Client.GetAsync("/")));

        // The secretariat steps the running period back further; the page says what that does.
        var finalisation = await secretariat.PageAsync(PeriodPage);
        Assert.Contains("Lùi về giai đoạn “Giải trình”", finalisation);
        var back = await secretariat.PostAsync(PeriodPage, PeriodPage + "?handler=stepback", new() { ["StepBackReason"] = "Cho đơn vị B giải trình bổ sung" });
        Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
        Assert.Equal(PeriodState.Appeals, await StageAsync());
        Assert.Contains("Lùi giai đoạn: “Tổng hợp, chốt kết quả” → “Giải trình”", await secretariat.PageAsync(PeriodPage));

        // The council reads the page (no form of its own before finalisation); its posts carry a token from elsewhere.
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        var token = await council.TokenAsync("/dang-xuat");
        SiteSession.AssertForbidden(await council.PostWithTokenAsync(PeriodPage + "?handler=nonsubmitters", new Dictionary<string, string> { ["Policy"] = "Exclude" }, token));
        SiteSession.AssertForbidden(await council.PostWithTokenAsync(PeriodPage + "?handler=stepback", new Dictionary<string, string> { ["StepBackReason"] = "Thử" }, token));
        Assert.Equal(PeriodState.Appeals, await StageAsync());
    }

    [GeneratedRegex("name=\"Confirmed\" value=\"([0-9a-f]{16})\"")]
    private static partial Regex Fingerprint();
}

public sealed class StageChangePagesTestsOnSqlite() : StageChangePagesTests(DatabaseProvider.Sqlite);

public sealed class StageChangePagesTestsOnPostgres() : StageChangePagesTests(DatabaseProvider.Postgres);
