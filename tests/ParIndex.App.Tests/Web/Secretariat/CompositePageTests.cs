using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using ParIndex.App.Data;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Composite;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary><c>/quan-tri/chi-so-tong-hop</c> and <c>POST /api/v1/composite</c>: COINr files in, the chosen table out, for the secretariat only.</summary>
public abstract class CompositePageTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Page = "/quan-tri/chi-so-tong-hop";

    private static async Task<HttpResponseMessage> Build(SiteSession session, string data, Dictionary<string, string> fields)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await session.TokenAsync(Page)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(CoinrReference.Text("imeta.csv"))), "meta", "imeta.csv" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(data)), "data", "du-lieu.csv" },
        };
        foreach (var (k, v) in fields) form.Add(new StringContent(v), k);
        return await session.Client.PostAsync(Page, form);
    }

    [Fact]
    public async Task The_secretariat_uploads_COINr_files_and_downloads_COINr_s_numbers_as_CSV_and_Excel()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        Assert.Contains("Tính chỉ số tổng hợp", await secretariat.PageAsync(Page));

        var fields = new Dictionary<string, string> { ["normalise"] = "minmax:1:100", ["aggregate"] = "gmean", ["weights"] = "meta", ["download"] = "Results", ["format"] = "csv" };
        var response = await Build(secretariat, CoinrReference.Text("treated.csv"), fields);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var header = lines[0].Split(',');
        var expected = CoinrReference.Rows("agg-gmean.csv").Single(r => r["uCode"] == "CHE");
        var che = lines.Single(l => l.StartsWith("CHE,", StringComparison.Ordinal)).Split(',');
        Assert.True(CoinrReference.RelativeError(double.Parse(che[Array.IndexOf(header, "Index")], CultureInfo.InvariantCulture), CoinrReference.Number(expected["Index"])) <= 1e-9);

        fields["format"] = "xlsx";
        fields["download"] = "Analysis";
        var xlsx = await Build(secretariat, CoinrReference.Text("treated.csv"), fields);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx.Content.Headers.ContentType?.MediaType);
        Assert.Equal("PK"u8.ToArray(), (await xlsx.Content.ReadAsByteArrayAsync())[..2]);
    }

    [Fact]
    public async Task The_page_varies_imputation_by_group_treatment_and_dropped_indicators_as_the_command_line_does()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var fields = new Dictionary<string, string>
        {
            ["normalise"] = "minmax:0:100", ["aggregate"] = "amean", ["weights"] = "meta", ["download"] = "Sensitivity", ["format"] = "csv",
            ["impute"] = "groupmean", ["group"] = "EurAsia_group", ["replications"] = "20", ["seed"] = "1",
            ["varyImpute"] = "groupmean:EurAsia_group median", ["varyTreat"] = "default off", ["varyDrop"] = "true",
        };
        var response = await Build(secretariat, CoinrReference.Text("data.csv"), fields);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var variables = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
        Assert.Equal(["Imputation", "Treatment", "Drop"], variables);

        fields["download"] = "Changes";
        fields["group"] = "NoSuchColumn";
        var refused = await SiteSession.TextAsync(await Build(secretariat, CoinrReference.Text("data.csv"), fields));
        Assert.Contains("NoSuchColumn", refused[refused.IndexOf("data-testid=\"errors-composite\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public async Task A_bad_data_file_is_refused_with_its_line_and_column_and_others_may_not_build()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        await using var secretariat = await SiteSession.SignInAsync(site, "thu.ky");
        var bad = CoinrReference.Text("treated.csv").Replace("\"AUS\",\"", "\"AUS\",\"x", StringComparison.Ordinal);
        var response = await Build(secretariat, bad, new() { ["normalise"] = "minmax", ["aggregate"] = "amean", ["weights"] = "meta", ["download"] = "Results" });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteSession.TextAsync(response);
        var errors = html[html.IndexOf("data-testid=\"errors-composite\"", StringComparison.Ordinal)..];
        Assert.True(errors.Contains("du-lieu.csv, dòng 2, cột Goods, tiêu chí Goods", StringComparison.Ordinal), errors[..Math.Min(600, errors.Length)]);

        await using var council = await SiteSession.SignInAsync(site, "hoi.dong");
        await council.AssertForbiddenAsync(Page);
    }

    [Fact]
    public async Task The_API_builds_the_same_table_from_JSON_and_refuses_bad_methods_with_problem_details()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        World.Clock.Now = DateTimeOffset.UtcNow;
        var actor = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("thu.ky")));
        var token = (await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(actor, new CreateApiToken("Chỉ số tổng hợp", 30)))).Token;
        site.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var body = new { meta = CoinrReference.Text("imeta.csv"), data = CoinrReference.Text("treated.csv"), normalise = "minmax:1:100", aggregate = "2:amean,3:gmean,4:hmean", download = "Ranks" };
        var response = await site.Client.PostAsJsonAsync("/api/v1/composite", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var ranks = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("uCode,ConEcFin,", ranks[0], StringComparison.Ordinal);
        Assert.Equal(52, ranks.Length);

        var bad = await site.Client.PostAsJsonAsync("/api/v1/composite", body with { normalise = "bordo" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("--normalise bordo", await bad.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_API_answers_the_analysis_as_JSON_with_COINr_s_Cronbach_alphas()
    {
        await using var site = await SiteSession.StartSiteAsync(World);
        World.Clock.Now = DateTimeOffset.UtcNow;
        var actor = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("thu.ky")));
        var token = (await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(actor, new CreateApiToken("Phân tích", 30)))).Token;
        site.Client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        var body = new { meta = CoinrReference.Text("imeta.csv"), data = CoinrReference.Text("data.csv"), impute = "groupmean:EurAsia_group", treat = "default", download = "Analysis", format = "json" };
        var response = await site.Client.PostAsJsonAsync("/api/v1/composite", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("analysis", json.RootElement.GetProperty("table").GetString());
        var columns = json.RootElement.GetProperty("columns").EnumerateArray().Select(c => c.GetString()).ToList();
        var (table, code, value) = (columns.IndexOf("Table"), columns.IndexOf("CodeA"), columns.IndexOf("Value"));
        var alphas = json.RootElement.GetProperty("rows").EnumerateArray().Select(r => r.EnumerateArray().ToList())
            .Where(r => r[table].GetString() == "cronbach").ToDictionary(r => r[code].GetString()!, r => r[value].GetDouble());
        var expected = CoinrReference.Rows("cronbach.csv");
        Assert.Equal(expected.Count, alphas.Count);
        foreach (var a in expected)
            Assert.True(CoinrReference.RelativeError(alphas[a["iCode"]], CoinrReference.Number(a["Alpha"])) <= 1e-9, a["iCode"]);

        var bad = await site.Client.PostAsJsonAsync("/api/v1/composite", body with { format = "yaml" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var problem = await bad.Content.ReadAsStringAsync();
        Assert.Contains("yaml", problem);
        Assert.Contains("chọn một trong Csv, Xlsx, Json", problem);
    }
}

public sealed class CompositePageTestsOnSqlite() : CompositePageTests(DatabaseProvider.Sqlite);

public sealed class CompositePageTestsOnPostgres() : CompositePageTests(DatabaseProvider.Postgres);
