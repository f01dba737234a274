using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Accounts;

/// <summary>
/// The account pages: create with a one-time link the owner opens to set a password, refusals beside their fields,
/// search, edit, disable (the owner's session ends), import with located errors, the template, and every user's own
/// password.
/// </summary>
public abstract partial class AccountPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string NewPassword = "Mat-khau-rieng-2025";

    [Fact]
    public async Task A_new_unit_account_gets_a_link_its_owner_opens_to_set_a_password_and_sign_in()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var created = await secretariat.PostAsync("/quan-tri/tai-khoan/moi", "/quan-tri/tai-khoan/moi", new()
        {
            ["Input.UserName"] = "can-bo.c", ["Input.DisplayName"] = "Phạm Thị Cúc", ["Input.Role"] = "UnitEditor", ["Input.UnitCode"] = "C",
        });

        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var html = await SiteSession.TextAsync(created);
        Assert.Contains("Đã tạo tài khoản can-bo.c.", html);
        var link = LinkOnPage().Match(html);
        Assert.True(link.Success, "no password link on the page");
        Assert.StartsWith(site.Client.BaseAddress!.ToString().TrimEnd('/') + "/dat-mat-khau/", link.Groups[1].Value);
        var path = new Uri(link.Groups[1].Value).AbsolutePath;

        var owner = SiteSession.Of(site);
        Assert.Contains("Tài khoản can-bo.c (Phạm Thị Cúc)", await owner.PageAsync(path));
        var mistyped = await owner.PostAsync(path, path, new() { ["password"] = NewPassword, ["confirm"] = "khac" });
        Assert.Contains("Hai lần nhập mật khẩu không giống nhau", SiteSession.Between(await SiteSession.TextAsync(mistyped), "data-testid=\"errors-confirm\"", "</ul>"));
        var set = await owner.PostAsync(path, path, new() { ["password"] = NewPassword, ["confirm"] = NewPassword });
        Assert.Contains("Đã đặt mật khẩu cho tài khoản can-bo.c", await SiteSession.TextAsync(set));
        await owner.PageAsync(path, HttpStatusCode.NotFound);

        await using var cuc = await SiteSession.SignInAsync(site, "can-bo.c", NewPassword);
        var me = await cuc.PageAsync("/toi");
        Assert.Contains("<dd data-testid=\"unit\">Sở C (C) — khối Sở, ban, ngành</dd>", me);
        Assert.Contains("Cán bộ đơn vị", me);
    }

    [Fact]
    public async Task A_refused_account_keeps_what_was_typed_with_each_problem_beside_its_field()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var before = await World.Run(db => db.Users.CountAsync());

        var refused = await secretariat.PostAsync("/quan-tri/tai-khoan/moi", "/quan-tri/tai-khoan/moi", new()
        {
            ["Input.UserName"] = "can.bo.a", ["Input.DisplayName"] = "Trùng tên", ["Input.Email"] = "khong-phai-thu", ["Input.Role"] = "UnitLead", ["Input.UnitCode"] = "ZZ",
        });

        var html = await SiteSession.TextAsync(refused);
        Assert.Contains("Tên đăng nhập “can.bo.a” đã có người dùng", SiteSession.Between(html, "data-testid=\"errors-user\"", "</ul>"));
        Assert.Contains("Không có đơn vị ZZ", SiteSession.Between(html, "data-testid=\"errors-unit\"", "</ul>"));
        Assert.Contains("Thư điện tử “khong-phai-thu” không hợp lệ", SiteSession.Between(html, "data-testid=\"errors-email\"", "</ul>"));
        Assert.Contains("value=\"Trùng tên\"", html);
        Assert.Contains("value=\"ZZ\"", html);
        Assert.Contains("<option value=\"UnitLead\" selected=\"selected\">", html);
        // The secretariat is offered unit roles only, and the use case refuses the others.
        Assert.DoesNotContain("<option value=\"Admin\"", html);
        SiteSession.AssertForbidden(await secretariat.PostAsync("/quan-tri/tai-khoan/moi", "/quan-tri/tai-khoan/moi", new() { ["Input.UserName"] = "hd.2", ["Input.Role"] = "Council" }));
        Assert.Equal(before, await World.Run(db => db.Users.CountAsync()));
    }

    [Fact]
    public async Task The_list_is_searched_and_an_edit_and_a_disable_take_effect_at_once()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        await using var editorB = await SiteSession.SignInAsync(site, "bien.tap.b");

        var found = await admin.PageAsync("/quan-tri/tai-khoan?q=bien&vai-tro=UnitEditor");
        Assert.Contains("2 tài khoản", found);
        Assert.Contains("data-user=\"bien.tap.a\"", found);
        Assert.Contains("data-user=\"bien.tap.b\"", found);
        Assert.DoesNotContain("data-user=\"can.bo.a\"", found);
        var units = await (await SiteSession.SignInAsync(site, "thu.ky")).PageAsync("/quan-tri/tai-khoan");
        Assert.Contains("4 tài khoản", units);
        Assert.DoesNotContain("data-user=\"quan.tri\"", units);

        const string page = "/quan-tri/tai-khoan/bien.tap.b";
        var edited = await admin.PostAsync(page, page, new() { ["Input.DisplayName"] = "Biên tập B", ["Input.Role"] = "UnitLead", ["Input.UnitCode"] = "B" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Contains("Đã lưu tài khoản bien.tap.b", await admin.PageAsync(page));
        // A new role or unit ends the account's sessions at once (new security stamp): the old cookie goes to sign-in,
        // and the next sign-in carries the new role.
        var stale = await editorB.GetAsync("/tu-danh-gia");
        Assert.Equal(HttpStatusCode.Redirect, stale.StatusCode);
        Assert.Equal("/dang-nhap", PathOf(stale));
        await using var leadB = await SiteSession.SignInAsync(site, "bien.tap.b");
        Assert.Equal(HttpStatusCode.OK, (await leadB.GetAsync("/tu-danh-gia")).StatusCode);

        var disabled = await admin.PostAsync(page, page + "?handler=State", new() { ["disable"] = "true", ["Reason"] = "Nghỉ việc" });
        Assert.Equal(HttpStatusCode.Redirect, disabled.StatusCode);
        Assert.Contains("Đã khóa từ", SiteSession.Between(await admin.PageAsync(page), "data-testid=\"state\"", "</dd>"));
        var afterwards = await leadB.GetAsync("/tu-danh-gia");
        Assert.Equal(HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Equal("/dang-nhap", PathOf(afterwards));
        var signIn = await SiteSession.Of(site).PostAsync("/dang-nhap", "/dang-nhap", new() { ["UserName"] = "bien.tap.b", ["Password"] = SiteSession.Password });
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        var audit = await World.Run(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).Where(a => a.EntityKey == "bien.tap.b").Select(a => a.Action).ToListAsync());
        Assert.Equal(["user.add", "user.edit", "user.disable"], audit);
    }

    [Fact]
    public async Task A_reset_link_is_shown_once_and_the_secretariat_may_not_open_an_office_account()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        const string page = "/quan-tri/tai-khoan/lanh.dao.a";

        var reset = await secretariat.PostAsync(page, page + "?handler=Link", []);

        var html = await SiteSession.TextAsync(reset);
        Assert.Contains("Đường dẫn đặt mật khẩu cho lanh.dao.a", html);
        Assert.Matches("còn hiệu lực đến \\d\\d/\\d\\d/\\d{4} \\d\\d:\\d\\d", html);
        Assert.DoesNotMatch(LinkOnPage(), await secretariat.PageAsync(page));
        await secretariat.AssertForbiddenAsync("/quan-tri/tai-khoan/quan.tri");
        await secretariat.PageAsync("/quan-tri/tai-khoan/khong-co-ai", HttpStatusCode.NotFound);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        await council.AssertForbiddenAsync("/quan-tri/tai-khoan");
        await council.AssertForbiddenAsync("/quan-tri/tai-khoan/moi");
    }

    [Fact]
    public async Task Accounts_are_imported_from_the_template_and_a_bad_file_is_refused_by_row_and_column()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        const string page = "/quan-tri/tai-khoan/nhap";

        var bad = await admin.UploadAsync(page, page, "tai-khoan.csv", "username,role,unit\ncan-bo.d,cán bộ đơn vị,D\nlanh-dao.d,lãnh đạo,QQ\n");
        var errors = SiteSession.Between(await SiteSession.TextAsync(bad), "data-testid=\"errors-file\"", "</ul>");
        Assert.Contains("tai-khoan.csv, dòng 3, cột 3 (unit)", errors);
        Assert.Contains("Không có đơn vị QQ", errors);
        Assert.Null(await World.Run(db => db.Users.SingleOrDefaultAsync(u => u.UserName == "can-bo.d")));

        var template = await admin.GetAsync("/quan-tri/mau/accounts.xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", template.Content.Headers.ContentType?.MediaType);
        var form = new MultipartFormDataContent
        {
            { new StringContent(await admin.TokenAsync(page)), "__RequestVerificationToken" },
            { new ByteArrayContent(await template.Content.ReadAsByteArrayAsync()), "file", "mau-accounts.xlsx" },
        };
        var imported = await SiteSession.TextAsync(await admin.Client.PostAsync(page, form));

        // The template names the first unit (A): its officer and leader, and an appraiser the administrator may add.
        Assert.Contains("Đã tạo 3 tài khoản, 0 tài khoản đã có không đổi.", imported);
        Assert.Equal(3, LinkOnPage().Matches(imported).Count);
        var fields = HiddenLink().Matches(imported).Select(m => KeyValuePair.Create(m.Groups[1].Value, m.Groups[2].Value)).ToList();
        Assert.Equal(6, fields.Count);
        var csv = await admin.PostWithTokenAsync(page + "?handler=Links", fields, SiteSession.Token(imported));
        var lines = (await csv.Content.ReadAsStringAsync()).TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("username,name,unit,link,expires_utc", lines[0]);
        Assert.StartsWith("can-bo.a,Nguyễn Văn An,A,http://127.0.0.1:", lines[1]);
        Assert.Equal(4, lines.Length);

        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var forSecretariat = await secretariat.GetAsync("/quan-tri/mau/accounts.xlsx");
        var sheet = ParIndex.App.Spreadsheets.XlsxReader.Read(await forSecretariat.Content.ReadAsByteArrayAsync(), "mau.xlsx")[0];
        Assert.Equal(3, sheet.Rows.Count);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        await editor.AssertForbiddenAsync("/quan-tri/mau/accounts.xlsx");
        await admin.PageAsync("/quan-tri/mau/khong-co.xlsx", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Every_user_changes_their_own_password_beside_the_form()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");
        const string page = "/toi/mat-khau";
        Assert.Contains("<a href=\"/toi/mat-khau\">Đổi mật khẩu</a>", await lead.PageAsync("/toi"));

        var wrong = await SiteSession.TextAsync(await lead.PostAsync(page, page, new() { ["current"] = "Sai-2025-sai", ["password"] = NewPassword, ["confirm"] = NewPassword }));
        Assert.Contains("Mật khẩu hiện tại không đúng", SiteSession.Between(wrong, "data-testid=\"errors-current\"", "</ul>"));

        var changed = await SiteSession.TextAsync(await lead.PostAsync(page, page, new() { ["current"] = SiteSession.Password, ["password"] = NewPassword, ["confirm"] = NewPassword }));
        Assert.Contains("Đã đổi mật khẩu.", changed);
        // This session stays signed in; the new password signs in anew.
        Assert.Equal(HttpStatusCode.OK, (await lead.GetAsync("/toi")).StatusCode);
        await using var again = await SiteSession.SignInAsync(site, "lanh.dao.a", NewPassword);
    }

    /// <summary>Where a redirect goes, without the host or the query (the sign-in redirect carries a ReturnUrl).</summary>
    private static string? PathOf(HttpResponseMessage redirect) =>
        redirect.Headers.Location is { IsAbsoluteUri: true } l ? l.AbsolutePath : redirect.Headers.Location?.OriginalString.Split('?')[0];

    [GeneratedRegex("<code class=\"token\"[^>]*>(http://[^<]+/dat-mat-khau/[A-Za-z0-9_-]{43})</code>")]
    private static partial Regex LinkOnPage();

    [GeneratedRegex("<input type=\"hidden\" name=\"(user|token)\" value=\"([^\"]+)\" />")]
    private static partial Regex HiddenLink();
}

public sealed class AccountPagesTestsOnSqlite() : AccountPagesTests(DatabaseProvider.Sqlite);

public sealed class AccountPagesTestsOnPostgres() : AccountPagesTests(DatabaseProvider.Postgres);
