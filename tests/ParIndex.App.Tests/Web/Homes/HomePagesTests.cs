using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;
using ParIndex.Web;

namespace ParIndex.App.Tests.Web.Homes;

/// <summary>
/// Each role lands on its work after sign-in, and the homes show it: the unit's dossier progress with its running
/// points and days left, the leader's confirmation with the total, the council's days to decide, the administrator's
/// system page. On the test province (<see cref="World"/>) on 2 January 2025, 09:00.
/// </summary>
public abstract class HomePagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private string Dossier => $"/tu-danh-gia/{World.PeriodId}";

    private async Task<RunningSite> OpenAsync()
    {
        World.Clock.Now = World.On(1, 2);
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        return await SiteSession.StartSiteAsync(World, World.Clock);
    }

    private Task Save(string leaf, string input, string? note = null) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", leaf, input, 0, note)));

    [Fact]
    public async Task Sign_in_lands_each_role_on_its_home_unless_it_asked_for_a_page()
    {
        await using var site = await OpenAsync();
        var homes = new Dictionary<Role, string>
        {
            [Role.Secretariat] = "/quan-tri", [Role.Admin] = "/quan-tri/he-thong", [Role.Council] = "/hoi-dong", [Role.Appraiser] = "/tham-dinh",
            [Role.UnitEditor] = "/tu-danh-gia", [Role.UnitLead] = "/tu-danh-gia",
        };
        async Task<HttpResponseMessage> SignIn(SiteSession browser, string user, string action = "/dang-nhap") =>
            await browser.PostAsync("/dang-nhap", action, new() { ["UserName"] = user, ["Password"] = SiteSession.Password });
        foreach (var (user, role, _) in SiteSession.People)
        {
            await using var browser = await SiteSession.SignInAsync(site, user);   // a browser of its own, signed in
            var response = await SignIn(browser, user);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal(homes[role], response.Headers.Location?.OriginalString);
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(homes[role])).StatusCode);
        }
        await using var asking = await SiteSession.SignInAsync(site, "lanh.dao.a");
        Assert.Equal("/ket-qua", (await SignIn(asking, "lanh.dao.a", "/dang-nhap?ReturnUrl=%2Fket-qua")).Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData(new[] { Role.Admin, Role.Secretariat }, "/quan-tri")]
    [InlineData(new[] { Role.Admin, Role.Viewer }, "/quan-tri/he-thong")]
    [InlineData(new[] { Role.Council, Role.Appraiser }, "/tham-dinh")]
    [InlineData(new[] { Role.UnitEditor, Role.Council }, "/hoi-dong")]
    [InlineData(new[] { Role.Viewer }, "/ket-qua")]
    [InlineData(new Role[0], "/toi")]
    public void Several_roles_land_on_the_home_with_the_nearest_deadlines(Role[] roles, string home) => Assert.Equal(home, RoleNames.Home(roles));

    [Fact]
    public async Task The_units_home_shows_the_dossiers_progress_points_and_days_left()
    {
        await using var site = await OpenAsync();
        await Save("1.1", "ontime");
        await Save("1.2", "80%");
        await Save("2.1", "pass", "Bản giấy lưu tại văn phòng Sở");
        await Save("2.2", "3");
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        var home = await editor.PageAsync("/tu-danh-gia");
        Assert.Contains("Việc của đơn vị — Sở A", home);
        Assert.Contains("Hạn nộp: còn 88 ngày (đến 31/03/2025 17:00)", home);
        Assert.Contains("Đã chấm 4/5 mục", home);
        Assert.Contains("1 mục thiếu tài liệu kiểm chứng hoặc giải trình", home);
        Assert.Contains($"<a href=\"{Dossier}?linh-vuc=1#leaf-2\">1.3 Tuyên truyền</a>", home);
        var flat = home.ReplaceLineEndings(" ");
        Assert.Matches("<tr data-area=\"1\">.*?<td class=\"num\">2/3</td>\\s*<td class=\"num\">2,00 / 4,00</td>\\s*<td class=\"num\">50,00%</td>", flat);
        Assert.Matches("<tr data-area=\"2\">.*?<td class=\"num\">2/2</td>\\s*<td class=\"num\">2,50 / 4,00</td>\\s*<td class=\"num\">62,50%</td>", flat);
        Assert.Matches("<tr data-testid=\"total\">.*?<td class=\"num\">4/5</td>\\s*<td class=\"num\">4,50 / 8,00</td>\\s*<td class=\"num\">56,25%</td>", flat);
        Assert.Contains("Không gồm 2,00 điểm của các mục điều tra xã hội học", home);
        Assert.DoesNotContain("Xem lại và nộp hồ sơ", home);              // an editor never submits
        Assert.Contains("Tiến độ: đã chấm 4/5 mục · điểm tự chấm 4,50 / 8,00 (56,25%) · <span class=\"due-later\">còn 88 ngày",
            System.Text.RegularExpressions.Regex.Replace(await editor.PageAsync(Dossier), @"\s+", " "));
    }

    [Fact]
    public async Task The_leader_submits_only_through_the_confirmation_with_the_total()
    {
        await using var site = await OpenAsync();
        await Save("1.1", "ontime");
        await Save("1.2", "95%");
        await Save("1.3", "0.5");
        await Save("2.1", "pass", "Đã niêm yết");
        await Save("2.2", "1");
        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");
        // 1.1 lacks evidence: the confirmation says so and offers no button; a post is refused with the reason.
        var incomplete = await lead.PageAsync($"{Dossier}/nop");
        Assert.Contains($"<a href=\"{Dossier}?linh-vuc=1#leaf-0\">1.1 Kế hoạch CCHC</a>", incomplete);
        Assert.Contains("data-testid=\"why-no-submit\"", incomplete);
        Assert.DoesNotContain("Xác nhận nộp hồ sơ", incomplete);
        var refused = await SiteSession.TextAsync(await lead.PostAsync(Dossier, $"{Dossier}/nop", []));
        Assert.Contains("thiếu tài liệu kiểm chứng hoặc giải trình 1.1", refused);
        Assert.Equal(SubmissionState.Draft, await State());

        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.1", "ontime", 1, "Bản giấy lưu tại văn thư")));
        // 1 + 2 + 0.5 + 2 + 1.5 = 7 of 8: 87.5 %.
        var ready = await lead.PageAsync($"{Dossier}/nop");
        Assert.Contains("Tổng điểm tự chấm: <strong>7,00 / 8,00</strong>", ready);
        Assert.Contains("chỉ số <strong>87,50%</strong>", ready);
        Assert.Contains("Xác nhận nộp hồ sơ với 7,00 điểm", ready);
        Assert.Contains("Xem lại và nộp hồ sơ", await lead.PageAsync("/tu-danh-gia"));

        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        Assert.Contains("Chỉ lãnh đạo đơn vị mới phê duyệt và nộp hồ sơ.", await editor.PageAsync($"{Dossier}/nop"));
        Assert.Contains("không được phép, cần “Lãnh đạo đơn vị”", await SiteSession.TextAsync(await editor.PostAsync(Dossier, $"{Dossier}/nop", [])));
        Assert.Equal(SubmissionState.Draft, await State());

        var submitted = await lead.PostAsync($"{Dossier}/nop", $"{Dossier}/nop", []);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(Dossier, submitted.Headers.Location?.OriginalString);
        Assert.Contains("Đã nộp hồ sơ tự đánh giá lúc 02/01/2025 09:00", await lead.PageAsync(Dossier));
        Assert.Equal(SubmissionState.Submitted, await State());
        Assert.Equal(HttpStatusCode.BadRequest, (await lead.PostWithoutTokenAsync($"{Dossier}/nop", [])).StatusCode);
    }

    private Task<SubmissionState> State() =>
        World.Run(db => db.Submissions.Where(s => s.PeriodId == World.PeriodId && s.Unit.Code == "A").Select(s => s.State).SingleAsync());

    [Fact]
    public async Task The_councils_home_counts_the_days_to_the_appeals_close_and_the_administrators_home_shows_the_system()
    {
        await using var site = await OpenAsync();
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        // 2 January to 15 May: 29 + 28 + 31 + 30 + 15 = 133 days; to 31 May, 149.
        var page = await council.PageAsync("/hoi-dong");
        Assert.Contains("Hạn giải trình: <span class=\"due-later\" data-testid=\"appeals-due\">còn 133 ngày (đến 15/05/2025 17:00)</span>", page);
        Assert.Contains("còn 149 ngày (đến 31/05/2025 17:00)", page);

        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        var system = await admin.PageAsync("/quan-tri/he-thong");
        Assert.Contains("data-testid=\"health-status\">hoạt động tốt</span>", system);
        Assert.Contains("Tài khoản: 10", system);
        Assert.Contains("<tr data-role=\"UnitEditor\"><th scope=\"row\">Cán bộ đơn vị</th><td class=\"num\">3</td></tr>", system);
        Assert.Contains("Chưa có vai trò: 2 · đang bị khóa: 0 · mã truy cập API còn hiệu lực: 0", system);
        await council.AssertForbiddenAsync("/quan-tri/he-thong");
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        await secretariat.AssertForbiddenAsync("/quan-tri/he-thong");
    }
}

public sealed class HomePagesTestsOnSqlite() : HomePagesTests(DatabaseProvider.Sqlite);

public sealed class HomePagesTestsOnPostgres() : HomePagesTests(DatabaseProvider.Postgres);
