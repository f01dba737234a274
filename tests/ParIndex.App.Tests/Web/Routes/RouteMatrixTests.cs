using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.Routes;

/// <summary>
/// Every endpoint of the running site — each Razor Pages handler (<c>OnGet</c>, <c>OnPost</c>, <c>OnPost&lt;Name&gt;</c>)
/// and each minimal-API route, read from its <see cref="EndpointDataSource"/> — must have its row in
/// <see cref="RouteTable"/>; then each row is requested anonymously (302 to sign-in, or 401 for the API), as every
/// person the row does not admit (403, including people of another unit) and as every person it admits (not refused).
/// The period is in self-assessment; the appraiser is assigned to unit A; unit A has a document. Separately, every whole
/// number in each row's address is made out of range (-1, 99999, 2147483648): never a server error.
/// </summary>
public abstract class RouteMatrixTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task Every_endpoint_has_a_decision_and_refuses_anonymous_and_wrong_role_callers()
    {
        var (site, Fill) = await PrepareAsync();
        await using var _ = site;
        string Url(RouteRule rule) => Fill(rule.Url);
        Task<HttpResponseMessage> Send(Caller caller, string key, RouteRule rule) => SendAsync(caller, key, Url(rule), rule, Fill);

        var endpoints = await EndpointsAsync(site.Services);
        var missing = endpoints.Where(e => !RouteTable.Rules.ContainsKey(e)).ToList();
        Assert.True(missing.Count == 0, "Endpoints without a row in RouteTable (decide who may call them):\n  " + string.Join("\n  ", missing));
        var stale = RouteTable.Rules.Keys.Except(endpoints).ToList();
        Assert.True(stale.Count == 0, "RouteTable rows for endpoints that no longer exist:\n  " + string.Join("\n  ", stale));

        var failures = new List<string>();
        var (anonymous, people) = await CallersAsync(site);
        foreach (var (key, rule) in RouteTable.Rules)
        {
            var response = await Send(anonymous, key, rule);
            var api = Url(rule).StartsWith("/api/v1/", StringComparison.Ordinal) && !Url(rule).StartsWith("/api/v1/public/", StringComparison.Ordinal);
            if (rule.Reach == Reach.Anonymous)
            {
                if (IsRefused(response)) failures.Add($"{key}: anonymous refused with {Describe(response)}, but the route is public");
            }
            else if (api ? response.StatusCode != HttpStatusCode.Unauthorized : !IsSignInRedirect(response))
                failures.Add($"{key}: anonymous got {Describe(response)}, expected {(api ? "401" : "302 to /dang-nhap")}");
        }
        foreach (var (key, rule) in RouteTable.Rules.Where(r => r.Value.Reach == Reach.Admitted))
            foreach (var (caller, role, unit) in people.Where(p => !rule.Admits!(p.Role, p.Unit)))
            {
                var response = await Send(caller, key, rule);
                if (response.StatusCode != HttpStatusCode.Forbidden)
                    failures.Add($"{key}: {caller.Name} ({role}{(unit is null ? "" : " of " + unit)}) got {Describe(response)}, expected 403");
                if (key.StartsWith("GET", StringComparison.Ordinal)) continue;
                // The same form left empty: shown again or refused, never a server error.
                var bare = await Send(caller, key, rule with { Form = new Dictionary<string, string>(), Upload = null, Body = "{}" });
                if ((int)bare.StatusCode >= 500) failures.Add($"{key}: {caller.Name} ({role}) posting an empty form got {Describe(bare)}");
            }
        // Admitted callers last (reads before writes): what they change cannot turn a refusal above into a pass.
        foreach (var (key, rule) in RouteTable.Rules.Where(r => r.Value.Reach != Reach.Anonymous).OrderBy(r => !r.Key.StartsWith("GET", StringComparison.Ordinal)))
            foreach (var (caller, role, _) in people.Where(p => rule.Reach == Reach.SignedIn || rule.Admits!(p.Role, p.Unit)))
            {
                var response = await Send(caller, key, rule);
                if (IsRefused(response) || (int)response.StatusCode >= 500)
                    failures.Add($"{key}: {caller.Name} ({role}) got {Describe(response)}, but is admitted");
            }
        Assert.True(failures.Count == 0, $"{failures.Count} wrong answer(s):\n  " + string.Join("\n  ", failures));
    }

    [Fact]
    public async Task Out_of_range_numbers_in_any_address_get_a_4xx_never_a_server_error()
    {
        var (site, Fill) = await PrepareAsync();
        await using var _ = site;
        string Url(RouteRule rule) => Fill(rule.Url);
        var failures = new List<string>();
        var (anonymous, people) = await CallersAsync(site);
        // Each whole number of an address (a period, framework, document, appeal, leaf, id) made negative,
        // too large for anything stored or too large for an int, sent by someone the row admits: a 4xx, never a 500.
        foreach (var (key, rule) in RouteTable.Rules)
        {
            var url = Url(rule);
            var caller = rule.Reach == Reach.Anonymous ? anonymous
                : people.First(p => rule.Reach == Reach.SignedIn || rule.Admits!(p.Role, p.Unit)).Caller;
            foreach (var number in System.Text.RegularExpressions.Regex.Matches(url, @"(?<=[/=])\d+(?=$|[/?&.#])").ToList())
                foreach (var wrong in new[] { "-1", "99999", "2147483648" })
                {
                    var bad = url[..number.Index] + wrong + url[(number.Index + number.Length)..];
                    var response = await SendAsync(caller, key, bad, rule, Fill);
                    if ((int)response.StatusCode >= 500) failures.Add($"{key}: {caller.Name} sending {bad} got {Describe(response)}");
                }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} server error(s):\n  " + string.Join("\n  ", failures));
    }

    /// <summary>The site on the world described above, and how a row's sample address is filled in.</summary>
    private async Task<(RunningSite Site, Func<string, string> Fill)> PrepareAsync()
    {
        await SiteSession.AddUsersAsync(World, SiteSession.People);
        await World.Run(db => new AssignAppraiserHandler(db, World.Clock).HandleAsync(World.Secretariat, new AssignAppraiser(World.PeriodId, "tham.dinh", "A", null)));
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var document = await World.Run(db => new AddEvidenceHandler(db, World.Clock, site.Services.GetRequiredService<IEvidenceStore>()).HandleAsync(World.Editor("A"),
            new AddEvidence(World.PeriodId, "A", "12/QĐ-SA", new DateOnly(2024, 12, 30), "Sở A", "Kế hoạch CCHC", new MemoryStream(ParIndex.App.Features.Demo.DemoPdf.Create("12/QĐ-SA", ["Ke hoach CCHC"])), "kh.pdf", [])));
        await World.Run(db => new LinkEvidenceHandler(db, World.Clock).HandleAsync(World.Editor("A"), new LinkEvidence(World.PeriodId, "A", document.Id, ["1.1"])));
        var framework = await World.Run(db => db.Frameworks.Select(f => f.Id).FirstAsync());
        var appeal = await World.Run(async db =>
        {
            var submission = await db.Submissions.SingleAsync(s => s.PeriodId == World.PeriodId && s.Unit.Code == "A");
            var open = db.Appeals.Add(new Appeal { SubmissionId = submission.Id, LeafCode = "1.3", Argument = "Đủ tin bài", RequestedInput = "1", CreatedBy = "u-A-lead" });
            await db.SaveChangesAsync();
            return open.Entity.Id;
        });
        string Fill(string text) => text.Replace("{P}", World.PeriodId.ToString()).Replace("{F}", framework.ToString())
            .Replace("{D}", document.Id.ToString()).Replace("{AP}", appeal.ToString());
        return (site, Fill);
    }

    /// <summary>Someone not signed in, and each of <see cref="SiteSession.People"/> signed in, with a form token.</summary>
    private static async Task<(Caller Anonymous, List<(Caller Caller, ParIndex.Domain.Workflow.Role Role, string? Unit)> People)> CallersAsync(RunningSite site)
    {
        var anonymous = new Caller("anonymous", new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = site.Client.BaseAddress }, null);
        anonymous = anonymous with { Token = await SiteSession.Of(site).TokenAsync("/dang-nhap") };
        var people = new List<(Caller Caller, ParIndex.Domain.Workflow.Role Role, string? Unit)>();
        foreach (var (user, role, unit) in SiteSession.People)
        {
            var session = await SiteSession.SignInAsync(site, user);
            people.Add((new Caller(user, session.Client, await session.TokenAsync("/toi")), role, unit));
        }
        return (anonymous, people);
    }

    private sealed record Caller(string Name, HttpClient Client, string? Token);

    /// <summary>"METHOD /template" for each endpoint, with " ?handler=Name" for a named Razor Pages handler.</summary>
    private static async Task<List<string>> EndpointsAsync(IServiceProvider services)
    {
        var loader = services.GetRequiredService<PageLoader>();
        var result = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } page)
            {
                var compiled = page as CompiledPageActionDescriptor ?? await loader.LoadAsync(page, endpoint.Metadata);
                result.AddRange(compiled.HandlerMethods.Select(h => $"{h.HttpMethod.ToUpperInvariant()} {template}{(h.Name is null ? "" : " ?handler=" + h.Name)}"));
            }
            else
                result.AddRange((endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["ANY"]).Select(m => $"{m} {template}"));
        }
        return [.. result.Distinct()];
    }

    private static async Task<HttpResponseMessage> SendAsync(Caller caller, string key, string url, RouteRule rule, Func<string, string> fill)
    {
        var method = key.Split(' ')[0] is "ANY" ? "GET" : key.Split(' ')[0];
        var request = new HttpRequestMessage(new HttpMethod(method), url);
        if (method == "GET") return await caller.Client.SendAsync(request);
        var fields = rule.Form.Select(f => new KeyValuePair<string, string>(f.Key, fill(f.Value))).Append(new("__RequestVerificationToken", caller.Token ?? "")).ToList();
        if (url.StartsWith("/api/", StringComparison.Ordinal))
        {
            // A browser's API write carries its page's antiforgery token (ApiWrites), so the use case decides.
            request.Content = new StringContent(rule.Body ?? "{}", Encoding.UTF8, "application/json");
            if (caller.Token is { } token) request.Headers.Add("RequestVerificationToken", token);
        }
        else if (rule.Upload is { } upload)
        {
            var form = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(upload.Content)), "file", upload.Name } };
            foreach (var (name, value) in fields) form.Add(new StringContent(value), name);
            request.Content = form;
        }
        else request.Content = new FormUrlEncodedContent(fields);
        return await caller.Client.SendAsync(request);
    }

    private static bool IsSignInRedirect(HttpResponseMessage r) => r.StatusCode == HttpStatusCode.Redirect && r.Headers.Location is { } l
        && (l.IsAbsoluteUri ? l.AbsolutePath : l.OriginalString.Split('?')[0]) == "/dang-nhap";

    private static bool IsRefused(HttpResponseMessage r) => r.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden || IsSignInRedirect(r);

    private static string Describe(HttpResponseMessage r) => $"{(int)r.StatusCode}{(r.Headers.Location is { } l ? " → " + l : "")}";
}

public sealed class RouteMatrixTestsOnSqlite() : RouteMatrixTests(DatabaseProvider.Sqlite);

public sealed class RouteMatrixTestsOnPostgres() : RouteMatrixTests(DatabaseProvider.Postgres);
