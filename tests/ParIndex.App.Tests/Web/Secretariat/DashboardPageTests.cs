using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary><c>/quan-tri</c>: the period's progress as the secretariat and the council read it; nobody else.</summary>
public abstract class DashboardPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task The_secretariat_sees_each_units_state_answers_and_evidence_and_each_appraisers_load()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10);
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("2.1", "NA") })
            await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", leaf, input, 0)));
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(World.PeriodId, "tham-dinh-2", null, "2")));
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var html = await secretariat.PageAsync("/quan-tri");

        Assert.Contains("<strong>Tự đánh giá</strong>", html);
        Assert.Contains("Hạn nộp tự đánh giá: 31/03/2025 17:00", html);
        var a = SiteSession.Row(html, "data-unit=\"A\"");
        Assert.Contains("Đang soạn", a);
        Assert.Contains("50,00% <small>(2/4)</small>", a);
        Assert.Contains("<td class=\"num\">1</td>", a);
        var b = SiteSession.Row(html, "data-unit=\"B\"");
        Assert.Contains("Chưa bắt đầu", b);
        Assert.Contains("0,00% <small>(0/5)</small>", b);
        Assert.Contains("<td class=\"num\">2</td>", b);
        Assert.Contains("quá hạn", b);
        var appraiser = SiteSession.Row(html, "data-appraiser=\"tham-dinh-2\"");
        Assert.Contains("lĩnh vực 2 (mọi đơn vị)", appraiser);
        Assert.Contains("<td class=\"num\">4</td>", appraiser);
        Assert.Contains("<td class=\"num\">0</td>", appraiser);
    }

    [Fact]
    public async Task The_council_reads_it_and_a_period_is_chosen_by_its_id()
    {
        var second = await World.Run(db => new CreatePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new CreatePeriod(2026, "CCHC 2026", World.Deadlines, ["TEST-SO"])));
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        Assert.Contains("<h2 id=\"ky-tieu-de\">CCHC 2026</h2>", await council.PageAsync("/quan-tri"));
        var first = await council.PageAsync($"/quan-tri?ky={World.PeriodId}");
        Assert.Contains("<h2 id=\"ky-tieu-de\">CCHC 2025</h2>", first);
        Assert.Contains($"<option value=\"{second.Id}\">CCHC 2026 (2026) — Chuẩn bị</option>", first);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await council.GetAsync("/quan-tri?ky=999")).StatusCode);
    }

    [Fact]
    public async Task Unit_users_and_appraisers_are_refused_every_secretariat_page()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        foreach (var user in new[] { "can.bo.a", "tham.dinh" })
        {
            await using var browser = await SiteSession.SignInAsync(site, user);
            foreach (var path in new[] { "/quan-tri", "/quan-tri/ky", $"/quan-tri/ky/{World.PeriodId}", "/quan-tri/khung", "/quan-tri/khung/1", "/quan-tri/don-vi" })
                SiteSession.AssertForbidden(await browser.GetAsync(path));
        }
    }

    [Fact]
    public async Task Signed_out_readers_are_sent_to_sign_in()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        var response = await site.Client.GetAsync("/quan-tri");
        Assert.Equal("/dang-nhap", response.Headers.Location?.AbsolutePath);
    }

}

public sealed class DashboardPageTestsOnSqlite() : DashboardPageTests(DatabaseProvider.Sqlite);

public sealed class DashboardPageTestsOnPostgres() : DashboardPageTests(DatabaseProvider.Postgres);
