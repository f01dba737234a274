using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Scoreboard;

namespace ParIndex.App.Tests.Web.Scoreboard;

/// <summary><c>/chi-so-tinh</c>: the public scoreboard of the province's external indices and its import.</summary>
public abstract class ScoreboardPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Page = "/chi-so-tinh";
    private const string Import = "/chi-so-tinh/nhap";

    /// <summary>Posts the import form with the token of <paramref name="tokenPage"/> (the scoreboard, whose form it is, unless the reader has none).</summary>
    private static async Task<HttpResponseMessage> UploadAsync(SiteSession session, string fileName, string content, bool replace, string tokenPage = Page)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await session.TokenAsync(tokenPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", fileName },
        };
        if (replace) form.Add(new StringContent("true"), "Replace");
        return await session.Client.PostAsync(Import, form);
    }

    private static string Row(string html, string index, int year)
    {
        var section = html[html.IndexOf($"data-index=\"{index}\"", StringComparison.Ordinal)..];
        var row = section[section.IndexOf($"data-year=\"{year}\"", StringComparison.Ordinal)..];
        return row[..row.IndexOf("</tr>", StringComparison.Ordinal)];
    }

    private static string Errors(string html)
    {
        var start = html.IndexOf("data-testid=\"errors-scoreboard\"", StringComparison.Ordinal);
        Assert.True(start >= 0, "no errors beside the form");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    [Fact]
    public async Task The_secretariat_imports_and_anyone_reads_the_figures_with_their_changes_in_Vietnamese()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var anonymous = SiteSession.Of(site);
        Assert.Contains("Chưa có số liệu chỉ số nào.", await anonymous.PageAsync(Page));

        var response = await UploadAsync(secretariat, "chi-so-tinh.csv", ScoreboardTests.Figures, replace: false);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(Page, response.Headers.Location?.OriginalString);
        Assert.Contains("Chỉ số của tỉnh: 6 thêm mới, 0 thay thế, 0 không đổi", await secretariat.PageAsync(Page));

        var html = await anonymous.PageAsync(Page);
        Assert.Contains("Chỉ số của tỉnh qua các năm", html);
        Assert.Contains("<h2 id=\"ten-PAR_INDEX\">Chỉ số cải cách hành chính (PAR INDEX)</h2>", html);
        Assert.DoesNotContain("scoreboard-file", html); // no import form for a visitor
        var par2022 = Row(html, "PAR_INDEX", 2022);
        Assert.Contains(">84,35</td>", par2022);
        Assert.Contains("−1,77", par2022);
        Assert.Contains(">31/63</td>", par2022);
        Assert.Contains("class=\"down\">▼ giảm 7 bậc", par2022);
        var par2024 = Row(html, "PAR_INDEX", 2024);
        Assert.Contains("+5,06", par2024);
        Assert.Contains("(so với 2022)", par2024);
        Assert.Contains("class=\"up\">▲ tăng 19 bậc", par2024);
        Assert.Contains("Quyết định 3000/QĐ-BNV", par2024);
        Assert.Contains(">—</td>", Row(html, "SIPAS", 2023));
        Assert.True(html.IndexOf("data-index=\"PAR_INDEX\"", StringComparison.Ordinal) < html.IndexOf("data-index=\"DDCI\"", StringComparison.Ordinal));
        Assert.Contains("data-chart=\"{&quot;years&quot;:[2021,2022,2024]", await (await anonymous.GetAsync(Page)).Content.ReadAsStringAsync());
        Assert.Contains("scoreboard-file", await secretariat.PageAsync(Page)); // the form, for the secretariat
    }

    [Fact]
    public async Task A_bad_file_or_a_conflict_is_shown_beside_the_form_and_replace_needs_the_checkbox()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        await UploadAsync(admin, "chi-so-tinh.csv", ScoreboardTests.Figures, replace: false);
        var audit = await World.Run(db => db.Audit.CountAsync());

        var bad = await UploadAsync(admin, "sai.csv", "index,name,year,score,rank,out_of,source\nPCI,Chỉ số PCI,2024,sáu mươi,17,63,VCCI\n", replace: false);
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        var errors = Errors(await SiteSession.TextAsync(bad));
        Assert.Contains("sai.csv, dòng 2, cột 4 (score): “sáu mươi” không phải điểm", errors);
        Assert.DoesNotContain("/tmp", errors);

        const string changed = "index,name,year,score,rank,out_of,source\nSIPAS,Chỉ số hài lòng (SIPAS),2024,83.1,25,63,Bộ Nội vụ (đính chính)\n";
        var conflict = await UploadAsync(admin, "sua.csv", changed, replace: false);
        var conflictHtml = await SiteSession.TextAsync(conflict);
        Assert.Contains("sua.csv, dòng 2, cột 4 (score): SIPAS năm 2024 đã có: điểm 82,9, hạng 26/63", Errors(conflictHtml));
        Assert.Contains(">82,90</td>", Row(conflictHtml, "SIPAS", 2024)); // the figures as they still are
        Assert.Equal(audit, await World.Run(db => db.Audit.CountAsync()));

        var replaced = await UploadAsync(admin, "sua.csv", changed, replace: true);
        Assert.Equal(HttpStatusCode.Redirect, replaced.StatusCode);
        var html = await admin.PageAsync(Page);
        Assert.Contains("Chỉ số của tỉnh: 0 thêm mới, 1 thay thế, 0 không đổi", html);
        var sipas = Row(html, "SIPAS", 2024);
        Assert.Contains(">83,10</td>", sipas);
        Assert.Contains("Bộ Nội vụ (đính chính)", sipas);
        var entry = await World.Run(db => db.Audit.SingleAsync(a => a.Action == "scoreboard.replace"));
        Assert.Equal("SIPAS/2024", entry.EntityKey);
        Assert.Contains("\"score\":\"82.9\"", entry.OldValue);
    }

    [Fact]
    public async Task A_unit_user_is_refused_a_visitor_is_sent_to_sign_in_and_a_post_needs_the_token()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        var anonymous = SiteSession.Of(site);

        Assert.DoesNotContain("scoreboard-file", await editor.PageAsync(Page));
        SiteSession.AssertForbidden(await UploadAsync(editor, "chi-so-tinh.csv", ScoreboardTests.Figures, replace: false, tokenPage: "/toi"));

        var token = await anonymous.TokenAsync("/dang-nhap");
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(ScoreboardTests.Figures)), "file", "chi-so-tinh.csv" },
        };
        var visitor = await anonymous.Client.PostAsync(Import, form);
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/dang-nhap", visitor.Headers.Location!.IsAbsoluteUri ? visitor.Headers.Location.AbsolutePath : visitor.Headers.Location.OriginalString);

        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostWithoutTokenAsync(Import, [])).StatusCode);
        Assert.Equal(0, await World.Run(db => db.ExternalIndexScores.CountAsync()));
    }
}

public sealed class ScoreboardPageTestsOnSqlite() : ScoreboardPageTests(DatabaseProvider.Sqlite);

public sealed class ScoreboardPageTestsOnPostgres() : ScoreboardPageTests(DatabaseProvider.Postgres);
