using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>
/// One unit in a form (<c>/quan-tri/don-vi/moi</c>, <c>/quan-tri/don-vi/{code}</c>), the unit list searched and filtered
/// with each unit's own type, and the templates beside the upload forms.
/// </summary>
public abstract class UnitFormPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task A_unit_is_added_in_a_form_refused_beside_its_fields_then_changed_and_listed_with_its_type()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        const string page = "/quan-tri/don-vi/moi";

        var refused = await SiteSession.TextAsync(await secretariat.PostAsync(page, page, new()
        {
            ["Input.Code"] = "X01", ["Input.Name"] = "", ["Input.Type"] = "Commune", ["Input.Group"] = "Xã, phường", ["Input.ParentCode"] = "ZZ",
        }));
        Assert.Contains("Đơn vị cần có tên", SiteSession.Between(refused, "data-testid=\"errors-name\"", "</ul>"));
        Assert.Contains("Không có đơn vị cấp trên ZZ", SiteSession.Between(refused, "data-testid=\"errors-parent\"", "</ul>"));
        Assert.Contains("value=\"X01\"", refused);
        Assert.Contains("<option value=\"Commune\" selected=\"selected\">Xã, phường</option>", refused);
        Assert.Equal(4, await World.Run(db => db.Units.CountAsync()));

        var added = await secretariat.PostAsync(page, page, new()
        {
            ["Input.Code"] = "X01", ["Input.Name"] = "Xã Tân Lập", ["Input.Type"] = "Commune", ["Input.Group"] = "Xã, phường", ["Input.ValidFrom"] = "2025-07-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal("/quan-tri/don-vi/X01", added.Headers.Location?.OriginalString);
        var unit = await secretariat.PageAsync("/quan-tri/don-vi/X01");
        Assert.Contains("Đã thêm đơn vị X01", unit);
        Assert.Contains("<dd data-testid=\"unit-type\">Xã, phường</dd>", unit);

        var changed = await secretariat.PostAsync("/quan-tri/don-vi/X01", "/quan-tri/don-vi/X01", new()
        {
            ["Input.Name"] = "Phường Tân Lập", ["Input.Type"] = "Commune", ["Input.Group"] = "Xã, phường", ["Input.ParentCode"] = "A", ["Input.ValidFrom"] = "2025-07-01",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Contains("Đã lưu đơn vị X01: name, parent", await secretariat.PageAsync("/quan-tri/don-vi/X01"));

        var communes = await secretariat.PageAsync("/quan-tri/don-vi?loai=Commune");
        Assert.Contains("1 đơn vị", communes);
        var row = SiteSession.Between(communes, "data-unit=\"X01\"", "</tr>");
        Assert.Contains("<th scope=\"row\">Phường Tân Lập</th>", row);
        Assert.Contains("<td>Xã, phường</td>", row);
        Assert.Contains("<a href=\"/quan-tri/don-vi/X01\">X01</a>", row);
        var search = await secretariat.PageAsync("/quan-tri/don-vi?q=so%20b&khoi=S%E1%BB%9F%2C%20ban%2C%20ng%C3%A0nh");
        Assert.Contains("1 đơn vị", search);
        Assert.Contains("data-unit=\"B\"", search);
        Assert.Contains("<td>Sở, ban, ngành</td>", SiteSession.Between(search, "data-unit=\"B\"", "</tr>"));
        Assert.Contains("href=\"/quan-tri/mau/units.xlsx\"", search);
        Assert.Contains("href=\"/quan-tri/mau/lineage.xlsx\"", search);
        Assert.Contains("href=\"/quan-tri/mau/framework.xlsx\"", await secretariat.PageAsync("/quan-tri/khung"));
        var audit = await World.Run(db => db.Audit.AsNoTracking().Where(a => a.EntityKey == "X01").Select(a => a.Action).ToListAsync());
        Assert.Equal(["unit.create", "unit.update"], audit);
    }

    [Fact]
    public async Task The_council_reads_a_unit_without_a_form_and_is_refused_any_change()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        var page = await council.PageAsync("/quan-tri/don-vi/A");
        Assert.Contains("<dd data-testid=\"unit-type\">Sở, ban, ngành</dd>", page);
        Assert.DoesNotContain("name=\"Input.Name\"", page);
        Assert.DoesNotContain("/quan-tri/mau/", await council.PageAsync("/quan-tri/don-vi"));
        Assert.DoesNotContain("/quan-tri/don-vi/moi", await council.PageAsync("/quan-tri/don-vi"));
        await council.AssertForbiddenAsync("/quan-tri/don-vi/moi");
        SiteSession.AssertForbidden(await council.PostAsync("/toi", "/quan-tri/don-vi/A", new() { ["Input.Name"] = "Đổi tên", ["Input.Group"] = World.Group }));
        await council.PageAsync("/quan-tri/don-vi/KHONGCO", HttpStatusCode.NotFound);
        Assert.Equal("Sở A", await World.Run(db => db.Units.Where(u => u.Code == "A").Select(u => u.Name).SingleAsync()));
    }
}

public sealed class UnitFormPageTestsOnSqlite() : UnitFormPageTests(DatabaseProvider.Sqlite);

public sealed class UnitFormPageTestsOnPostgres() : UnitFormPageTests(DatabaseProvider.Postgres);
