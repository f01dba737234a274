using System.Net;
using System.Text.RegularExpressions;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web;

/// <summary><c>/toi</c>: the roles by their Vietnamese (or English) names, each a link to its work, and a sign-out form that works as served.</summary>
public abstract partial class MePageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Roles_are_named_in_Vietnamese_or_English_and_link_to_their_work()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await SiteSession.AddUserAsync(World, "xem.1", Role.Viewer);
        foreach (var (user, link, name) in new[]
        {
            ("lanh.dao.a", "/tu-danh-gia", "Lãnh đạo đơn vị"), ("can.bo.a", "/tu-danh-gia", "Cán bộ đơn vị"), ("thu.ky", "/quan-tri", "Cơ quan thường trực (Sở Nội vụ)"),
            ("quan.tri", "/quan-tri/he-thong", "Quản trị hệ thống"), ("tham.dinh", "/tham-dinh", "Thẩm định viên"), ("hoi.dong", "/hoi-dong", "Hội đồng thẩm định"),
            ("xem.1", "/ket-qua", "Người xem"),
        })
        {
            await using var session = await SiteSession.SignInAsync(site, user);
            var html = await session.PageAsync("/toi");
            Assert.Contains($"<a href=\"{link}\" data-role=", html);
            Assert.Contains($"\">{name}</a>", html);
            Assert.Contains("<a href=\"/toi/the-api\">Mã truy cập API của tôi</a>", html);
        }

        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");
        Assert.Matches("Vai trò:\\s*<a href=\"/tu-danh-gia\" data-role=\"UnitLead\">Lãnh đạo đơn vị</a> — đơn vị Sở A</p>", await lead.PageAsync("/toi"));
        await lead.GetAsync("/ngon-ngu/en?back=%2Ftoi");
        var english = await lead.PageAsync("/toi");
        Assert.Matches("Roles:\\s*<a href=\"/tu-danh-gia\" data-role=\"UnitLead\">Unit leader</a> — unit Sở A</p>", english);
        Assert.Contains("<a href=\"/toi/the-api\">My API tokens</a>", english);
    }

    [Fact]
    public async Task The_sign_out_form_as_served_signs_out()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");
        var form = SignOutForm().Match(await lead.PageAsync("/toi"));
        Assert.True(form.Success, "no sign-out form on /toi");
        var fields = HiddenField().Matches(form.Groups["body"].Value).Select(m => KeyValuePair.Create(m.Groups["name"].Value, m.Groups["value"].Value)).ToList();
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken");

        var signedOut = await lead.PostWithoutTokenAsync(form.Groups["action"].Value, fields);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        Assert.Equal("/dang-nhap", (await lead.GetAsync("/toi")).Headers.Location?.AbsolutePath);
    }

    [GeneratedRegex("<form method=\"post\" action=\"(?<action>/dang-xuat)\">(?<body>.*?)</form>", RegexOptions.Singleline)]
    private static partial Regex SignOutForm();

    [GeneratedRegex("<input name=\"(?<name>[^\"]+)\" type=\"hidden\" value=\"(?<value>[^\"]*)\"")]
    private static partial Regex HiddenField();
}

public sealed class MePageTestsOnSqlite() : MePageTests(DatabaseProvider.Sqlite);

public sealed class MePageTestsOnPostgres() : MePageTests(DatabaseProvider.Postgres);
