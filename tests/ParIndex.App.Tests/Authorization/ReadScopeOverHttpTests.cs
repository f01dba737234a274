using System.Net;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;
using ParIndex.App.Tests.Web.Appraisal;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Authorization;

/// <summary>
/// The read scope of <see cref="AuthorizationMatrix"/> over the running site, API and pages alike: an area's appraiser
/// reads that area only before publication, and after publication a reader outside a unit gets its scores and the
/// reasons that explain them, never its notes, appeal arguments or who wrote what.
/// </summary>
public abstract class ReadScopeOverHttpTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"expected 200, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private static IEnumerable<JsonElement> Leaves(JsonElement submission) => submission.GetProperty("leaves").EnumerateArray();

    [Fact]
    public async Task Before_publication_an_area_appraiser_reads_only_that_areas_sub_criteria_and_no_unit_total()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        await year.ToAppealsAsync();

        await using var area = await SiteSession.SignInAsync(site, "td.vung2");
        var submission = await Json(await area.GetAsync($"/api/v1/periods/{year.Period}/submissions/A"));
        Assert.Equal(["2.1", "2.2", "2.3"], Leaves(submission).Select(l => l.GetProperty("code").GetString()));
        Assert.Equal("Một hồ sơ trễ do lỗi hệ thống", Leaves(submission).Single(l => l.GetProperty("code").GetString() == "2.2")
            .GetProperty("appeals")[0].GetProperty("argument").GetString());
        Assert.DoesNotContain("Có 3 tin bài", submission.GetRawText());                     // the appeal on 1.3
        SiteSession.AssertForbidden(await area.GetAsync($"/api/v1/periods/{year.Period}/units/A/result"));
        await area.AssertForbiddenAsync($"/ket-qua/{year.Period}/don-vi/A");

        // The appraiser of the whole unit reads all of it.
        await using var whole = await SiteSession.SignInAsync(site, "td.a");
        Assert.Equal(6, Leaves(await Json(await whole.GetAsync($"/api/v1/periods/{year.Period}/submissions/A"))).Count());
        Assert.Equal("A", (await Json(await whole.GetAsync($"/api/v1/periods/{year.Period}/units/A/result"))).GetProperty("unit").GetString());
        Assert.Contains("xếp loại", await whole.PageAsync($"/ket-qua/{year.Period}/don-vi/A"));
    }

    [Fact]
    public async Task After_publication_another_units_reader_gets_scores_and_reasons_but_no_notes_arguments_or_authors()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "lanh-dao-a", Role.UnitLead, "A");
        await SiteSession.AddUserAsync(World, "lanh-dao-b", Role.UnitLead, "B");
        await using var site = await RunningSite.StartAsync(World.Database);

        await using var outsider = await SiteSession.SignInAsync(site, "lanh-dao-a");
        var b = await Json(await outsider.GetAsync($"/api/v1/periods/{World.PeriodId}/submissions/B"));
        var text = b.GetRawText();
        Assert.Equal(6, Leaves(b).Count());
        var leaf21 = Leaves(b).Single(l => l.GetProperty("code").GetString() == "2.1");
        Assert.Equal("fail", leaf21.GetProperty("appraised").GetProperty("input").GetString());
        Assert.Equal("Chưa công khai đủ TTHC", leaf21.GetProperty("appraised").GetProperty("note").GetString());
        var appeal = leaf21.GetProperty("appeals")[0];
        Assert.Equal("Accepted", appeal.GetProperty("state").GetString());
        Assert.Equal("Văn bản hợp lệ", appeal.GetProperty("decisionReason").GetString());
        Assert.Equal(JsonValueKind.Null, appeal.GetProperty("argument").ValueKind);
        Assert.Equal(JsonValueKind.Null, Leaves(b).Single(l => l.GetProperty("code").GetString() == "1.1").GetProperty("self").GetProperty("note").ValueKind);
        Assert.DoesNotContain("Đã công khai tại Quyết định", text);                        // B's argument
        Assert.DoesNotContain("sẽ bổ sung bản scan", text);                                 // B's own note
        Assert.DoesNotContain("u-", text);                                                   // no user id at all
        Assert.All(Leaves(b).SelectMany(l => new[] { "self", "appraised", "appeal", "final" }.Select(s => l.GetProperty(s)))
            .Where(s => s.ValueKind == JsonValueKind.Object), s => Assert.Equal(JsonValueKind.Null, s.GetProperty("author").ValueKind));

        // B's own leader still reads everything of B.
        await using var insider = await SiteSession.SignInAsync(site, "lanh-dao-b");
        var own = (await Json(await insider.GetAsync($"/api/v1/periods/{World.PeriodId}/submissions/B"))).GetRawText();
        Assert.Contains("Đã công khai tại Quyết định 12/QĐ-SXD", own);
        Assert.Contains("sẽ bổ sung bản scan", own);
        Assert.Contains("u-B-editor", own);

        // The result page of B, for the outsider, is the published one: the same trace, none of the internals.
        var page = await outsider.PageAsync($"/ket-qua/{World.PeriodId}/don-vi/B");
        Assert.DoesNotContain("Đã công khai tại Quyết định", page);
        Assert.DoesNotContain("u-B-", page);
    }
}

public sealed class ReadScopeOverHttpTestsOnSqlite() : ReadScopeOverHttpTests(DatabaseProvider.Sqlite);

public sealed class ReadScopeOverHttpTestsOnPostgres() : ReadScopeOverHttpTests(DatabaseProvider.Postgres);
