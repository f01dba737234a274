using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web;

/// <summary>
/// A signed-in reader who is refused gets status 403 and the bilingual 403 page on the address asked for, for a GET and
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
        Assert.Contains("Bạn không có quyền xem trang này. / You may not see this page.", html);
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
    public async Task Error_pages_answer_with_the_status_they_show()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        var direct = await site.Client.GetAsync("/loi/403");
        Assert.Equal(HttpStatusCode.Forbidden, direct.StatusCode);
        Assert.Contains("<h1>Không có quyền truy cập (403)</h1>", await SiteSession.TextAsync(direct));
        var missing = await site.Client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("<h1>Không tìm thấy trang (404)</h1>", await SiteSession.TextAsync(missing));
        Assert.Equal("/dang-nhap", (await site.Client.GetAsync("/quan-tri")).Headers.Location?.AbsolutePath);
    }
}

public sealed class RefusalPageTestsOnSqlite() : RefusalPageTests(DatabaseProvider.Sqlite);

public sealed class RefusalPageTestsOnPostgres() : RefusalPageTests(DatabaseProvider.Postgres);
