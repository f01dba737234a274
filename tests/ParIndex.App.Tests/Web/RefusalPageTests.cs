using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web;

/// <summary>
/// A signed-in reader who is refused gets status 403 and the 403 page in their language on the address asked for, for a GET and
/// for a POST; the error pages answer with the status they show, also when opened directly.
/// </summary>
public abstract class RefusalPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task A_refused_page_answers_403_with_the_403_page_not_a_redirect()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        var refused = await editor.GetAsync("/quan-tri");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Null(refused.Headers.Location);
        var html = await SiteSession.TextAsync(refused);
        Assert.Contains("<h1>Không có quyền truy cập (403)</h1>", html);
        Assert.Contains("<strong>Bạn không có quyền xem tiến độ kỳ đánh giá (cần vai trò “Quản trị hệ thống”, “Cơ quan thường trực” hoặc “Hội đồng thẩm định”)</strong>", html);
        Assert.DoesNotContain("You may not", html);
        Assert.Contains("<a href=\"/tu-danh-gia\">Về trang làm việc của bạn</a>", html);
    }

    [Fact]
    public async Task A_refused_form_post_answers_403_with_the_403_page()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        var page = $"/quan-tri/ky/{World.PeriodId}";
        // The council's period page holds no advance form: the post carries the token of another page, as a kept tab would.
        var refused = await council.PostWithTokenAsync(page + "?handler=advance", new Dictionary<string, string> { ["Confirm"] = "true" }, await council.TokenAsync("/dang-xuat"));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("<h1>Không có quyền truy cập (403)</h1>", await SiteSession.TextAsync(refused));
    }

    [Fact]
    public async Task The_results_and_analysis_pages_say_why_they_refuse()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        // World's period is not published: a unit's officer may not see its provisional ranking.
        var ranking = await editor.GetAsync($"/ket-qua?ky={World.PeriodId}");
        Assert.Equal(HttpStatusCode.Forbidden, ranking.StatusCode);
        Assert.Contains("<strong>Bạn không có quyền", await SiteSession.TextAsync(ranking));
        var missing = await editor.GetAsync("/ket-qua?ky=9999");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<strong>Không có kỳ đánh giá 9999</strong>", await SiteSession.TextAsync(missing));
        var analysis = await editor.GetAsync("/phan-tich/9999");
        Assert.Equal(HttpStatusCode.NotFound, analysis.StatusCode);
        Assert.Contains("<strong>Không có kỳ đánh giá 9999</strong>", await SiteSession.TextAsync(analysis));
    }

    [Fact]
    public async Task A_use_case_refusal_is_shown_with_its_reason_and_a_next_step_in_the_readers_language()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        var otherUnit = await editor.GetAsync($"/ket-qua/{World.PeriodId}/don-vi/B");
        Assert.Equal(HttpStatusCode.Forbidden, otherUnit.StatusCode);
        var html = await SiteSession.TextAsync(otherUnit);
        Assert.Contains("<h1>Không có quyền truy cập (403)</h1>", html);
        Assert.Contains("<strong>Kết quả của đơn vị khác chưa được công bố</strong>", html);
        Assert.DoesNotContain("Bạn không có quyền xem trang này.", html);
        Assert.Contains("Bạn đang đăng nhập là can.bo.a (Cán bộ đơn vị).", html);
        Assert.Contains("<a href=\"/tu-danh-gia\">Về trang làm việc của bạn</a>", html);
        Assert.Contains("Đăng xuất để đăng nhập bằng tài khoản khác</button>", html);

        editor.Cookies!.Add(site.Client.BaseAddress!, new System.Net.Cookie("parindex-lang", "en"));
        var english = await SiteSession.TextAsync(await editor.GetAsync($"/ket-qua/{World.PeriodId}/don-vi/B"));
        Assert.Contains("<h1>Access refused (403)</h1>", english);
        Assert.Contains("<strong>Another unit's results are not published yet</strong>", english);
        Assert.Contains("Sign out to sign in as another user</button>", english);
        Assert.DoesNotContain("Bạn", english);

        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var missing = await secretariat.GetAsync("/quan-tri/ky/4242");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        var missingHtml = await SiteSession.TextAsync(missing);
        Assert.Contains("<h1>Không tìm thấy (404)</h1>", missingHtml);
        Assert.Contains("<strong>Không có kỳ đánh giá 4242</strong>", missingHtml);
        Assert.Contains("<a href=\"/quan-tri\">Về trang làm việc của bạn</a>", missingHtml);
        Assert.DoesNotContain("tài khoản khác", missingHtml);
    }

    [Fact]
    public async Task Error_pages_answer_with_the_status_they_show()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        var direct = await site.Client.GetAsync("/loi/403");
        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
        var directHtml = await SiteSession.TextAsync(direct);
        Assert.Contains("<h1>Không có quyền truy cập (403)</h1>", directHtml);
        Assert.Contains("<p data-testid=\"error-reason\">Bạn không có quyền xem trang này.</p>", directHtml);
        Assert.Contains("<a href=\"/dang-nhap\">Đăng nhập</a>", directHtml);
        var missing = await site.Client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Không tìm thấy (404)</h1>", await SiteSession.TextAsync(missing));
        Assert.Equal("/dang-nhap", (await site.Client.GetAsync("/quan-tri")).Headers.Location?.AbsolutePath);
    }
}

public sealed class RefusalPageTestsOnSqlite() : RefusalPageTests(DatabaseProvider.Sqlite);

public sealed class RefusalPageTestsOnPostgres() : RefusalPageTests(DatabaseProvider.Postgres);
