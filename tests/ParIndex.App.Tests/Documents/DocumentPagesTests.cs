using System.Net;
using System.Text.RegularExpressions;
using ParIndex.App.Data;
using ParIndex.App.Tests.Analysis;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;

namespace ParIndex.App.Tests.Documents;

/// <summary>
/// The documents are downloaded from the pages where they belong — the dossier page, the appraisal sheet, the
/// council's appeals page, the results page — by the people those pages serve, and refused to another unit.
/// </summary>
public abstract class DocumentPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    /// <summary>The address of the link with this test id on the page.</summary>
    private static string Link(string page, string testId) =>
        WebUtility.HtmlDecode(Regex.Match(page, $"<a href=\"([^\"]+)\" data-testid=\"{testId}\"").Groups[1].Value) is { Length: > 0 } href
            ? href : throw new Xunit.Sdk.XunitException($"no link {testId} on the page");

    /// <summary>Downloads a PDF and returns its text (pdftotext), whitespace collapsed.</summary>
    private static async Task<string> PdfText(HttpClient client, string url, string name)
    {
        var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        var path = Path.Combine(Repo.TempDir(), name + ".pdf");
        await File.WriteAllBytesAsync(path, await response.Content.ReadAsByteArrayAsync());
        return Regex.Replace(Tools.Run("pdftotext", "-enc", "UTF-8", path, "-"), @"\s+", " ");
    }

    [Fact]
    public async Task Each_document_downloads_from_its_page_and_never_to_another_unit()
    {
        await SiteSession.AddUsersAsync(World, SiteSession.People);
        await new YearScript(World).PublishAsync();
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var p = World.PeriodId;

        await using var lead = await SiteSession.SignInAsync(site, "lanh.dao.a");
        var dossierPage = await lead.PageAsync($"/tu-danh-gia/{p}");
        Assert.Contains("BÁO CÁO Kết quả tự đánh giá, chấm điểm Chỉ số cải cách hành chính năm 2025", await PdfText(lead.Client, Link(dossierPage, "print-dossier"), "ho-so"));
        Assert.Contains("BIÊN BẢN Thẩm định kết quả tự đánh giá", await PdfText(lead.Client, Link(dossierPage, "print-minutes"), "bien-ban"));
        var ownAppeals = await PdfText(lead.Client, Link(dossierPage, "print-appeals"), "giai-trinh-a");
        Assert.Contains("Kết quả giải quyết giải trình của Sở A", ownAppeals);

        await using var other = await SiteSession.SignInAsync(site, "bien.tap.b");
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Link(dossierPage, "print-dossier"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Link(dossierPage, "print-minutes"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await other.GetAsync(Link(dossierPage, "print-appeals"))).StatusCode);

        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        var sheet = await council.PageAsync($"/tham-dinh/{p}/A");
        Assert.Contains("Sở A", await PdfText(council.Client, Link(sheet, "print-minutes"), "bien-ban-hd"));
        var appealsPage = await council.PageAsync($"/hoi-dong/{p}/giai-trinh");
        Assert.Contains("THÔNG BÁO Kết quả giải quyết giải trình của các đơn vị", await PdfText(council.Client, Link(appealsPage, "print-appeals"), "giai-trinh"));

        // The annex is public: the link on the results page opens for a visitor who is not signed in.
        var results = await other.PageAsync($"/ket-qua?ky={p}");
        using var visitor = new HttpClient { BaseAddress = site.Client.BaseAddress };
        var annex = await PdfText(visitor, Link(results, "print-annex"), "phu-luc");
        Assert.Contains("PHỤ LỤC Kết quả Chỉ số cải cách hành chính năm 2025", annex);
        Assert.Contains("I. KHỐI SỞ, BAN, NGÀNH", annex);
    }
}

public sealed class DocumentPagesTestsOnSqlite() : DocumentPagesTests(DatabaseProvider.Sqlite);

public sealed class DocumentPagesTestsOnPostgres() : DocumentPagesTests(DatabaseProvider.Postgres);
