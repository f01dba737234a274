using System.Net;
using System.Text.Json;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web;

/// <summary>The public results site and API over a real database, served by the real web application.</summary>
public abstract class PublicSiteTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Before_any_publication_the_home_page_says_so_with_security_headers_and_readable_Vietnamese()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var response = await site.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<html lang=\"vi\">", html);
        Assert.Contains("Chưa có kết quả nào được công bố", html);
        Assert.DoesNotContain("&#x", html);
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.DoesNotContain("unsafe-inline", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("[]", await site.Client.GetStringAsync("/api/v1/public/periods"));
    }

    [Fact]
    public async Task A_reader_switches_to_English_and_back_and_htmx_is_served_from_the_site_itself()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var toEnglish = await site.Client.GetAsync("/ngon-ngu/en?back=%2F%3Fky%3D1");
        Assert.Equal("/?ky=1", toEnglish.Headers.Location?.OriginalString);
        Assert.Equal("/", (await site.Client.GetAsync("/ngon-ngu/en?back=%2F%2Fevil.example")).Headers.Location?.OriginalString);
        var english = await site.Client.GetStringAsync("/dang-nhap");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains(">Tiếng Việt</a>", english);

        await site.Client.GetAsync("/ngon-ngu/vi");
        Assert.Contains("<html lang=\"vi\">", await site.Client.GetStringAsync("/dang-nhap"));
        var htmx = await site.Client.GetAsync("/lib/htmx.min.js");
        Assert.Equal(HttpStatusCode.OK, htmx.StatusCode);
        Assert.Contains("htmx", await htmx.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_address_gets_the_Vietnamese_404_page()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var response = await site.Client.GetAsync("/khong-co-trang-nay");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Không tìm thấy (404)", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_published_ranking_is_on_the_home_page_in_the_API_and_as_CSV()
    {
        var published = await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database);

        var html = await site.Client.GetStringAsync("/");
        Assert.Contains("Chỉ số cải cách hành chính năm 2025 — khối Sở, ban, ngành", html);
        var order = new[] { "data-unit=\"D\"", "data-unit=\"A\"", "data-unit=\"B\"", "data-unit=\"C\"" }.Select(marker => html.IndexOf(marker, StringComparison.Ordinal)).ToList();
        Assert.All(order, i => Assert.True(i > 0));
        Assert.Equal(order.Order(), order);
        Assert.Contains("89,00", html);                  // D, Vietnamese decimal comma
        Assert.Contains("51,25", html);                  // C
        Assert.Contains("chỉ số trung bình <strong>77,56%</strong>", html);
        Assert.Contains(published[0].Sha256, html);

        using var periods = JsonDocument.Parse(await site.Client.GetStringAsync("/api/v1/public/periods"));
        var period = Assert.Single(periods.RootElement.EnumerateArray().ToList());
        Assert.Equal(World.PeriodId, period.GetProperty("id").GetInt32());
        Assert.Equal(2025, period.GetProperty("year").GetInt32());
        Assert.Equal("Sở, ban, ngành", period.GetProperty("group").GetString());
        Assert.Equal(published[0].Sha256, period.GetProperty("sha256").GetString());

        using var results = JsonDocument.Parse(await site.Client.GetStringAsync($"/api/v1/public/periods/{World.PeriodId}/results"));
        var units = results.RootElement.GetProperty("units").EnumerateArray().ToList();
        Assert.Equal(["D", "A", "B", "C"], units.Select(u => u.GetProperty("unit").GetString()));
        Assert.Equal([89m, 87m, 83m, 51.25m], units.Select(u => u.GetProperty("index").GetDecimal()));
        Assert.Equal(4, results.RootElement.GetProperty("summary").GetProperty("count").GetInt32());

        var csv = (await site.Client.GetStringAsync($"/ket-qua/{World.PeriodId}/ket-qua.csv?khoi={Uri.EscapeDataString(World.Group)}")).TrimStart('\uFEFF').Split('\n');
        Assert.Equal("rank,unit,name,points,max,index,band,delta_points,delta_rank,area_1,area_2", csv[0]);
        Assert.StartsWith("1,D,Sở D,8.90,10.00,89.00,Tốt,,,", csv[1]);
        Assert.StartsWith("4,C,Sở C,4.10,8.00,51.25,Trung bình,,,", csv[4]);
    }

    [Fact]
    public async Task A_units_page_explains_its_score_down_to_each_sub_criterion()
    {
        await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database);

        var html = System.Net.WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/don-vi/{World.PeriodId}/C"));
        Assert.Contains("chỉ số <strong>51,25%</strong>, xếp thứ 4/4, xếp loại Trung bình", html);
        Assert.Contains("Tổng điểm 4,1 / 8 điểm áp dụng → Chỉ số 51,25% (tổng tối đa 10, 2 điểm không áp dụng)", html);
        Assert.Contains("Chọn \"Không ban hành\" → 0 điểm (tối đa 1)", html);          // 1.1
        Assert.Contains("Tỷ lệ 70% thuộc mức từ 70% đến dưới 90% → 1 điểm", html);      // 1.2, its appeal rejected
        Assert.Contains("Không áp dụng: 2 điểm tối đa không tính vào mẫu số", html);     // 2.1
        Assert.Contains("Chỉ số khảo sát SIPAS = 80% × 2 điểm tối đa = 1,6 điểm", html); // 2.3
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/don-vi/{World.PeriodId}/KHONG-CO")).StatusCode);
    }

    [Fact]
    public async Task Results_of_a_period_that_is_not_published_are_not_found()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/api/v1/public/periods/{World.PeriodId}/results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/ket-qua/{World.PeriodId}/ket-qua.csv?khoi=x")).StatusCode);
    }
}

public sealed class PublicSiteTestsOnSqlite() : PublicSiteTests(DatabaseProvider.Sqlite);

public sealed class PublicSiteTestsOnPostgres() : PublicSiteTests(DatabaseProvider.Postgres);
