using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Results;

/// <summary>The signed-in results pages: ranking with heat map and charts, a unit's page, and who sees what before publication.</summary>
public abstract class SignedInResultsTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task After_publication_any_signed_in_reader_sees_the_ranking_heat_map_and_charts()
    {
        var published = await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "nguoi-xem", Role.Viewer);
        await using var site = await RunningSite.StartAsync(World.Database);
        Assert.Equal("/dang-nhap", (await site.Client.GetAsync("/ket-qua")).Headers.Location?.AbsolutePath);
        await SiteSession.Of(site).SignInAsAsync("nguoi-xem");

        var html = Decoded(await site.Client.GetStringAsync("/ket-qua"));
        Assert.Contains("CCHC 2025 — khối Sở, ban, ngành", html);
        Assert.Contains("chỉ số trung bình <strong>77,56%</strong>", html);
        var ranking = html[html.IndexOf("data-testid=\"ranking\"", StringComparison.Ordinal)..html.IndexOf("data-testid=\"ranking-chart\"", StringComparison.Ordinal)];
        var order = new[] { ("D", "89,00"), ("A", "87,00"), ("B", "83,00"), ("C", "51,25") }
            .Select(u => (Row: ranking.IndexOf($"data-unit=\"{u.Item1}\"", StringComparison.Ordinal), Index: ranking.IndexOf(u.Item2, StringComparison.Ordinal))).ToList();
        Assert.All(order, o => Assert.True(o.Row > 0 && o.Index > o.Row));
        Assert.Equal(order.Select(o => o.Row).Order(), order.Select(o => o.Row));
        Assert.Contains("data-sort=\"51.25\"", ranking);                       // exact values for sorting in the browser
        Assert.Contains("href=\"/ket-qua/" + World.PeriodId + "/don-vi/C\"", ranking);

        // Heat map: D's area 1 is 4/4 = 100 % (darkest), C's area 1 is 1.5/4 = 37.5 % (lightest).
        var heat = html[html.IndexOf("data-testid=\"heat\"", StringComparison.Ordinal)..];
        Assert.Contains("<td class=\"num heat-4\">100,00</td>", heat);
        Assert.Contains("<td class=\"num heat-0\">37,50</td>", heat);
        Assert.Contains("\"kind\":\"heatmap\"", html);
        Assert.Contains("\"kind\":\"bar\"", html);
        Assert.Contains(published[0].Sha256, html);
        Assert.Contains("/js/results.js", html);
        Assert.DoesNotContain("<script>", html);
    }

    [Fact]
    public async Task A_units_page_has_its_radar_chart_and_the_same_trace_as_the_public_page()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "lanh-dao-b", Role.UnitLead, "B");
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("lanh-dao-b");

        var html = Decoded(await site.Client.GetStringAsync($"/ket-qua/{World.PeriodId}/don-vi/C"));
        Assert.Contains("chỉ số <strong>51,25%</strong>, xếp thứ 4/4, xếp loại Trung bình", html);
        Assert.Contains("Chọn \"Không ban hành\" → 0 điểm (tối đa 1)", html);
        Assert.Contains("Chỉ số khảo sát SIPAS = 80% × 2 điểm tối đa = 1,6 điểm", html);
        Assert.Contains("\"kind\":\"radar\"", html);
        Assert.Contains("\"name\":\"Trung bình khối\"", html);

        var publicPage = Decoded(await site.Client.GetStringAsync($"/don-vi/{World.PeriodId}/C"));
        string Trace(string page) => page[page.IndexOf("<table class=\"trace\"", StringComparison.Ordinal)..(page.IndexOf("</table>", page.IndexOf("<table class=\"trace\"", StringComparison.Ordinal), StringComparison.Ordinal))];
        Assert.Equal(Trace(publicPage), Trace(html));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/ket-qua/{World.PeriodId}/don-vi/KHONG-CO")).StatusCode);
    }

    /// <summary>Self-assessment under way: A has entered 1.1 on time and 1.2 at 95 %, B nothing.</summary>
    private async Task SelfAssessingAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.1", "ontime", 0, "Quyết định 5/QĐ")));
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.2", "95%", 0)));
    }

    [Fact]
    public async Task Before_publication_a_unit_sees_only_its_own_provisional_result()
    {
        await SelfAssessingAsync();
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("can-bo-a");

        var own = Decoded(await site.Client.GetStringAsync($"/ket-qua/{World.PeriodId}/don-vi/A"));
        Assert.Contains("Kết quả tạm tính, chưa công bố", own);
        Assert.Contains("chỉ số <strong>30,00%</strong>, xếp loại Yếu", own);      // 3 of 10 points, no rank shown
        Assert.DoesNotContain("xếp thứ", own);
        Assert.DoesNotContain("Trung bình khối", own);
        Assert.Contains("Tỷ lệ 95% thuộc mức", own);

        SiteSession.AssertForbidden(await site.Client.GetAsync($"/ket-qua/{World.PeriodId}/don-vi/B"));
        SiteSession.AssertForbidden(await site.Client.GetAsync($"/ket-qua?ky={World.PeriodId}"));
        var start = Decoded(await site.Client.GetStringAsync("/ket-qua"));
        Assert.Contains("Chưa có kết quả công bố cho kỳ này.", start);
        Assert.Contains($"href=\"/ket-qua/{World.PeriodId}/don-vi/A\"", start);
        // The period is not offered as a choice: its ranking would refuse the unit's people.
        Assert.DoesNotContain($"href=\"/ket-qua?ky={World.PeriodId}\"", start);
    }

    [Fact]
    public async Task Before_publication_the_secretariat_sees_the_provisional_ranking()
    {
        await SelfAssessingAsync();
        await SiteSession.AddUserAsync(World, "thu-ky", Role.Secretariat);
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("thu-ky");

        var html = Decoded(await site.Client.GetStringAsync($"/ket-qua?ky={World.PeriodId}"));
        Assert.Contains("Kết quả tạm tính, chưa công bố", html);
        Assert.True(html.IndexOf("data-unit=\"A\"", StringComparison.Ordinal) < html.IndexOf("data-unit=\"B\"", StringComparison.Ordinal));
        Assert.Contains("30,00", html);
        Assert.DoesNotContain("data-testid=\"sha256\"", html);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/ket-qua?ky=999")).StatusCode);
    }
}

public sealed class SignedInResultsTestsOnSqlite() : SignedInResultsTests(DatabaseProvider.Sqlite);

public sealed class SignedInResultsTestsOnPostgres() : SignedInResultsTests(DatabaseProvider.Postgres);
