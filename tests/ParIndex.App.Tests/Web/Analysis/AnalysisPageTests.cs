using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Analysis;

/// <summary>
/// The analysis page (/phan-tich/{id}), its downloads, the what-if on a unit's page and the JSON API. The scripted year
/// publishes D 89, A 87, B 83, C 51.25 (mean 310.25 / 4 = 77.5625; bands Tốt × 3, Trung bình × 1).
/// </summary>
public abstract class AnalysisPageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private static string Decoded(string html) => WebUtility.HtmlDecode(html);

    [Fact]
    public async Task Once_published_anyone_reads_the_analysis_with_robustness_beside_the_official_rank()
    {
        await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database);

        var html = Decoded(await site.Client.GetStringAsync($"/phan-tich/{World.PeriodId}"));   // a visitor, not signed in
        Assert.Contains("Phân tích kết quả Chỉ số CCHC năm 2025", html);
        Assert.Contains("<dt>Chỉ số trung bình</dt><dd>77,56</dd>", html);
        Assert.Contains("<dt>Thấp nhất</dt><dd>51,25</dd>", html);
        Assert.Contains("<tr><th scope=\"row\">Tốt</th><td class=\"num\">3</td><td class=\"num\">75,00%</td></tr>", html);
        Assert.Contains("Phân tích, không thay thế xếp hạng chính thức.", html);
        Assert.Contains("data-testid=\"robustness\"", html);
        Assert.Contains("\"kind\":\"intervals\"", html);
        Assert.Contains("/js/analysis.js", html);
        Assert.DoesNotContain("<script>", html);
        Assert.DoesNotContain("style=\"", html);
        Assert.Contains($"href=\"/don-vi/{World.PeriodId}/C\"", html);       // a visitor is linked to the public unit pages
        var again = await site.Client.GetAsync($"/phan-tich/{World.PeriodId}");
        Assert.True(again.Headers.Age is not null, "a visitor's second read comes from the output cache, without rerunning the draws");

        var book = await site.Client.GetAsync($"/phan-tich/{World.PeriodId}?handler=workbook");
        Assert.Equal(HttpStatusCode.OK, book.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", book.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await book.Content.ReadAsByteArrayAsync())[..2]);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/phan-tich/999")).StatusCode);
        Assert.Contains("data-testid=\"analysis-link\"", Decoded(await site.Client.GetStringAsync("/")));
    }

    [Fact]
    public async Task A_units_page_shows_its_what_if_once_published()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "lanh-dao-c", Role.UnitLead, "C");
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("lanh-dao-c");

        var html = Decoded(await site.Client.GetStringAsync($"/ket-qua/{World.PeriodId}/don-vi/C"));
        Assert.Contains("Cải thiện ở đâu trước", html);
        // C has 4.1 of its 8 applicable points (2.1, worth 2, not applicable) = 51.25 %; Khá starts at 70:
        // 18.75 index points = 18.75 × 8 / 100 = 1.5 points.
        Assert.Contains("Để đạt xếp loại Khá: cần thêm 18,75 điểm chỉ số (1,50 điểm)", html);
        Assert.Contains("handler=scorecard", html);
        var page = Decoded(await site.Client.GetStringAsync($"/phan-tich/{World.PeriodId}"));
        Assert.Contains($"href=\"/ket-qua/{World.PeriodId}/don-vi/C\"", page);   // signed in: the signed-in unit pages
    }

    [Fact]
    public async Task Before_publication_the_secretariat_reads_it_a_unit_gets_403_and_a_visitor_is_sent_to_sign_in()
    {
        await SelfAssessingAsync();
        await SiteSession.AddUserAsync(World, "thu-ky", Role.Secretariat);
        await SiteSession.AddUserAsync(World, "can-bo-a", Role.UnitEditor, "A");
        await using var site = await RunningSite.StartAsync(World.Database);

        Assert.Equal("/dang-nhap", (await site.Client.GetAsync($"/phan-tich/{World.PeriodId}")).Headers.Location?.AbsolutePath);

        await SiteSession.Of(site).SignInAsAsync("can-bo-a");
        SiteSession.AssertForbidden(await site.Client.GetAsync($"/phan-tich/{World.PeriodId}"));
        SiteSession.AssertForbidden(await site.Client.GetAsync($"/phan-tich/{World.PeriodId}?handler=workbook"));
        SiteSession.AssertForbidden(await site.Client.GetAsync($"/api/v1/periods/{World.PeriodId}/analysis"));
        var own = Decoded(await site.Client.GetStringAsync($"/ket-qua/{World.PeriodId}/don-vi/A"));
        Assert.DoesNotContain("Cải thiện ở đâu trước", own);                       // the what-if draws on other units' points

        await using var secretariat = await SiteSession.SignInAsync(site, "thu-ky");
        var html = Decoded(await secretariat.Client.GetStringAsync($"/phan-tich/{World.PeriodId}"));
        Assert.Contains("Phân tích trên kết quả tạm tính, chưa công bố", html);
        Assert.Contains("<dt>Cao nhất</dt><dd>30,00</dd>", html);                  // A: 3 of 10 points
    }

    [Fact]
    public async Task The_JSON_API_returns_the_analysis_and_refuses_bad_parameters()
    {
        await new YearScript(World).PublishAsync();
        await SiteSession.AddUserAsync(World, "nguoi-xem", Role.Viewer);
        await using var site = await RunningSite.StartAsync(World.Database);
        await SiteSession.Of(site).SignInAsAsync("nguoi-xem");

        var json = await site.Client.GetFromJsonAsync<JsonElement>($"/api/v1/periods/{World.PeriodId}/analysis?unit=C&draws=200&noise=0");
        Assert.Equal(77.56m, json.GetProperty("overview").GetProperty("mean").GetDecimal());
        Assert.Equal(4, json.GetProperty("overview").GetProperty("count").GetInt32());
        var robust = json.GetProperty("robustness").GetProperty("units").EnumerateArray().ToList();
        Assert.All(robust, u => Assert.Equal(u.GetProperty("officialRank").GetInt32(), u.GetProperty("q95").GetInt32()));
        Assert.Equal("C", json.GetProperty("whatIf").GetProperty("unit").GetString());
        Assert.Equal(1.50m, json.GetProperty("whatIf").GetProperty("nextBand").GetProperty("pointsNeeded").GetDecimal());
        Assert.Equal(HttpStatusCode.BadRequest, (await site.Client.GetAsync($"/api/v1/periods/{World.PeriodId}/analysis?noise=150")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/api/v1/periods/{World.PeriodId}/analysis?unit=KHONG")).StatusCode);
    }

    /// <summary>Self-assessment under way: A has entered 1.1 on time and 1.2 at 95 %, B nothing.</summary>
    private async Task SelfAssessingAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.1", "ontime", 0, "Quyết định 5/QĐ")));
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.2", "95%", 0)));
    }
}

public sealed class AnalysisPageTestsOnSqlite() : AnalysisPageTests(DatabaseProvider.Sqlite);

public sealed class AnalysisPageTestsOnPostgres() : AnalysisPageTests(DatabaseProvider.Postgres);
