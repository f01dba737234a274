using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary><c>/quan-tri/khung</c> and <c>/quan-tri/khung/{id}</c>: listing, importing and reading frameworks.</summary>
public abstract class FrameworkPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Page = "/quan-tri/khung";

    [Fact]
    public async Task A_framework_file_is_imported_and_its_tree_reads_with_rules_explained()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var response = await secretariat.UploadAsync(Page, Page, "khung-2.json", World.FrameworkJson.Replace("\"TEST-SO\"", "\"TEST-SO-2\"", StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = await World.Run(db => db.Frameworks.Where(f => f.Code == "TEST-SO-2").Select(f => f.Id).SingleAsync());
        Assert.Equal($"/quan-tri/khung/{id}", response.Headers.Location?.OriginalString);
        var tree = await secretariat.PageAsync($"/quan-tri/khung/{id}");
        Assert.Contains("Đã nhập bộ chỉ số TEST-SO-2 — Bộ chỉ số thử", tree);
        Assert.Contains("Khối Sở, ban, ngành: 2 lĩnh vực", tree);
        Assert.Contains("6 tiêu chí thành phần, tổng 10,00 điểm", tree);
        Assert.Contains("Đúng hạn: 1 điểm; Chậm: 0,5 điểm; Không ban hành: 0 điểm", tree);
        Assert.Contains("Tỷ lệ: từ 90% trở lên → 2 điểm", tree);
        Assert.Contains("Từ 0 đến 1 điểm, bước 0,25", tree);
        Assert.Contains("2 điểm, trừ 0,5 điểm mỗi trường hợp, không thấp hơn 0", tree);
        Assert.Contains("Từ kết quả điều tra: chỉ số SIPAS × 2 điểm", tree);
        Assert.Contains("Bắt buộc có tài liệu kiểm chứng: Quyết định ban hành", tree);

        var list = await secretariat.PageAsync(Page);
        Assert.Contains($"<a href=\"/quan-tri/khung/{id}\">TEST-SO-2</a>", list);
        Assert.Contains("CCHC 2025", list);
    }

    [Fact]
    public async Task The_English_reader_gets_the_rules_in_English()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        await council.GetAsync("/ngon-ngu/en?back=/");
        var id = await World.Run(db => db.Frameworks.Select(f => f.Id).SingleAsync());

        var tree = await council.PageAsync($"/quan-tri/khung/{id}");

        Assert.Contains("Pass: 2 points; fail: 0 points", tree);
        Assert.Contains("Ratio: from 90% or more → 2 points", tree);
    }

    [Fact]
    public async Task A_bad_framework_is_refused_with_every_problem_by_node_and_nothing_is_stored()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var admin = await SiteSession.SignInAsync(site, "quan.tri");
        var bad = World.FrameworkJson.Replace("\"TEST-SO\"", "\"TEST-SO-3\"", StringComparison.Ordinal)
            .Replace("\"label\": \"Đúng hạn\", \"points\": 1", "\"label\": \"Đúng hạn\", \"points\": 3", StringComparison.Ordinal)
            .Replace("\"perOccurrence\": 0.5", "\"perOccurrence\": -1", StringComparison.Ordinal);

        var response = await admin.UploadAsync(Page, Page, "khung-loi.json", bad);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteSession.TextAsync(response);
        var errors = html[html.IndexOf("data-testid=\"errors-import\"", StringComparison.Ordinal)..];
        Assert.Contains("1.1", errors);
        Assert.Contains("option 'ontime' gives 3 points, outside 0–1", errors);
        Assert.Contains("2.2", errors);
        Assert.Contains("perOccurrence must be greater than 0", errors);
        Assert.Equal(1, await World.Run(db => db.Frameworks.CountAsync()));
    }

    [Fact]
    public async Task Posting_without_a_file_or_without_the_antiforgery_token_is_refused()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");

        var empty = await secretariat.PostAsync(Page, Page, []);
        Assert.Contains("Hãy chọn tệp bộ chỉ số (.json hoặc .xlsx)", await SiteSession.TextAsync(empty));
        Assert.Equal(HttpStatusCode.BadRequest, (await secretariat.PostWithoutTokenAsync(Page, [])).StatusCode);
    }

    [Fact]
    public async Task Importing_is_refused_to_the_council_and_unknown_frameworks_are_not_found()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");

        SiteSession.AssertForbidden(await council.UploadAsync(Page, Page, "khung.json", World.FrameworkJson.Replace("\"TEST-SO\"", "\"TEST-SO-4\"", StringComparison.Ordinal)));
        Assert.Equal(1, await World.Run(db => db.Frameworks.CountAsync()));
        Assert.Equal(HttpStatusCode.NotFound, (await council.GetAsync("/quan-tri/khung/999")).StatusCode);
    }
}

public sealed class FrameworkPagesTestsOnSqlite() : FrameworkPagesTests(DatabaseProvider.Sqlite);

public sealed class FrameworkPagesTestsOnPostgres() : FrameworkPagesTests(DatabaseProvider.Postgres);
