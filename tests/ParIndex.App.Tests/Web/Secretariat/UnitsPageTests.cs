using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary><c>/quan-tri/don-vi</c>: the units, their import with located errors, the lineage, the exports.</summary>
public abstract class UnitsPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Page = "/quan-tri/don-vi";

    [Fact]
    public async Task Units_and_lineage_are_imported_listed_and_exported()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var units = await secretariat.UploadAsync(Page, Page + "?handler=units", "don-vi.csv",
            "code,name,group,type,parent,valid_from\nE,Sở E,\"Sở, ban, ngành\",sở,A,01/07/2025\n");
        Assert.Equal(HttpStatusCode.Redirect, units.StatusCode);
        var lineage = await secretariat.UploadAsync(Page, Page + "?handler=lineage", "sap-nhap.csv", "from,to,kind,date\nC,D,merge,2025-07-01\n");
        Assert.Equal(HttpStatusCode.Redirect, lineage.StatusCode);

        var html = await secretariat.PageAsync(Page);
        Assert.Contains("Lịch sử đơn vị: 1 thêm mới, 0 đã có", html);
        Assert.Contains("5 đơn vị", html);
        var e = html[html.IndexOf("data-unit=\"E\"", StringComparison.Ordinal)..];
        Assert.Contains("<th scope=\"row\">Sở E</th>\n            <td>Sở, ban, ngành</td>", e.Replace("\r", ""));
        Assert.Contains("<td>A</td>", e[..e.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains("01/07/2025", e[..e.IndexOf("</tr>", StringComparison.Ordinal)]);
        Assert.Contains("<td>C</td><td>D</td><td>Sáp nhập</td><td>01/07/2025</td>", html);

        var csv = await secretariat.GetAsync(Page + "?handler=export&what=units&format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Contains("E,Sở E,department,\"Sở, ban, ngành\",A,2025-07-01", await csv.Content.ReadAsStringAsync());
        var lineageCsv = await (await secretariat.GetAsync(Page + "?handler=export&what=lineage&format=csv")).Content.ReadAsStringAsync();
        Assert.Contains("C,D,merge,2025-07-01", lineageCsv);
        var xlsx = await secretariat.GetAsync(Page + "?handler=export&what=units&format=xlsx");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task A_bad_units_file_lists_each_problem_by_row_and_column_and_changes_nothing()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");

        var response = await admin.UploadAsync(Page, Page + "?handler=units", "don-vi.csv",
            "code,name,group,type\nF,Sở F,\"Sở, ban, ngành\",sở\n,Sở G,\"Sở, ban, ngành\",sở\nH,Sở H,\"Sở, ban, ngành\",hành tinh\n");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteSession.TextAsync(response);
        var errors = html[html.IndexOf("data-testid=\"errors-units\"", StringComparison.Ordinal)..html.IndexOf("</ul>", html.IndexOf("data-testid=\"errors-units\"", StringComparison.Ordinal), StringComparison.Ordinal)];
        Assert.Contains("don-vi.csv, dòng 3, cột 1 (code)", errors);
        Assert.Contains("don-vi.csv, dòng 4, cột 4 (type)", errors);
        Assert.DoesNotContain("/tmp", errors);
        Assert.Equal(4, await World.Run(db => db.Units.CountAsync()));
    }

    [Fact]
    public async Task A_bad_lineage_file_is_refused_beside_its_form()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var response = await secretariat.UploadAsync(Page, Page + "?handler=lineage", "sap-nhap.csv", "from,to,kind,date\nC,Z,merge,2025-07-01\n");

        var html = await SiteSession.TextAsync(response);
        var errors = html[html.IndexOf("data-testid=\"errors-lineage\"", StringComparison.Ordinal)..];
        Assert.Contains("sap-nhap.csv, dòng 2", errors);
        Assert.Contains("Z", errors[..errors.IndexOf("</ul>", StringComparison.Ordinal)]);
        Assert.Equal(0, await World.Run(db => db.Lineage.CountAsync()));
    }

    [Fact]
    public async Task The_council_reads_and_exports_but_may_not_import_and_a_post_needs_the_token()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        Assert.Contains("<td>Sở, ban, ngành</td>", await council.PageAsync(Page));
        Assert.Equal(HttpStatusCode.OK, (await council.GetAsync(Page + "?handler=export&what=units&format=csv")).StatusCode);
        SiteSession.AssertForbidden(await council.UploadAsync(Page, Page + "?handler=units", "don-vi.csv", "code,name,group\nE,Sở E,X\n"));
        Assert.Equal(4, await World.Run(db => db.Units.CountAsync()));
        Assert.Equal(HttpStatusCode.BadRequest, (await council.PostWithoutTokenAsync(Page + "?handler=units", [])).StatusCode);
        await using var editor = await SiteSession.SignInAsync(site, "can.bo.a");
        SiteSession.AssertForbidden(await editor.GetAsync(Page + "?handler=export&what=units&format=csv"));
    }
}

public sealed class UnitsPageTestsOnSqlite() : UnitsPageTests(DatabaseProvider.Sqlite);

public sealed class UnitsPageTestsOnPostgres() : UnitsPageTests(DatabaseProvider.Postgres);
