using System.Net;
using System.Text.RegularExpressions;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web;

/// <summary>
/// One person's browser on a running site: it keeps its cookies, follows no redirect, signs in through the real
/// sign-in form and posts forms with the antiforgery token of the page that holds them (or, as a forged request would,
/// without it). A session either has its own cookies, shares the site's client, or owns a site it started.
/// </summary>
internal sealed partial class SiteSession : IAsyncDisposable
{
    public const string Password = "MatKhau2025Manh";

    /// <summary>The people of <see cref="World"/>'s province who sign in, one or more per role the pages serve.</summary>
    public static readonly IReadOnlyList<(string User, Role Role, string? Unit)> People =
    [
        ("thu.ky", Role.Secretariat, null), ("quan.tri", Role.Admin, null), ("hoi.dong", Role.Council, null), ("tham.dinh", Role.Appraiser, null),
        ("can.bo.a", Role.UnitEditor, "A"), ("bien.tap.a", Role.UnitEditor, "A"), ("lanh.dao.a", Role.UnitLead, "A"), ("bien.tap.b", Role.UnitEditor, "B"),
    ];

    private readonly bool _ownsClient;

    private readonly RunningSite? _ownedSite;

    private SiteSession(HttpClient client, bool ownsClient, RunningSite? ownedSite = null)
    {
        Client = client;
        _ownsClient = ownsClient;
        _ownedSite = ownedSite;
    }

    public HttpClient Client { get; }

    /// <summary>The browser's cookie jar, for a session of its own (<see cref="SignInAsync"/>); else null.</summary>
    public CookieContainer? Cookies { get; private init; }

    /// <summary>An account with <see cref="Password"/>, named "Người dùng {user}".</summary>
    public static Task AddUserAsync(World world, string user, Role role, string? unit = null) =>
        world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin, new AddUser(user, Password, role, unit, $"Người dùng {user}")));

    public static async Task AddUsersAsync(World world, IEnumerable<(string User, Role Role, string? Unit)> people)
    {
        foreach (var (user, role, unit) in people) await AddUserAsync(world, user, role, unit);
    }

    /// <summary>The world's site with <see cref="People"/> as accounts; on <paramref name="clock"/>, or the real clock.</summary>
    public static async Task<RunningSite> StartSiteAsync(World world, TimeProvider? clock = null)
    {
        await AddUsersAsync(world, People);
        return await RunningSite.StartAsync(world.Database, clock);
    }

    /// <summary>A session that owns a site started on the world's clock with <see cref="People"/>; nobody signed in yet.</summary>
    public static async Task<SiteSession> StartAsync(World world)
    {
        var site = await StartSiteAsync(world, world.Clock);
        return new SiteSession(site.Client, ownsClient: false, site);
    }

    /// <summary>A session over the site's own client: what it signs in stays in <see cref="RunningSite.Client"/>.</summary>
    public static SiteSession Of(RunningSite site) => new(site.Client, ownsClient: false);

    /// <summary>A new browser with its own cookies, signed in as <paramref name="user"/>.</summary>
    public static async Task<SiteSession> SignInAsync(RunningSite site, string user, string password = Password)
    {
        var cookies = new CookieContainer();
        var session = new SiteSession(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = site.Client.BaseAddress }, ownsClient: true)
        {
            Cookies = cookies,
        };
        await session.SignInAsAsync(user, password);
        return session;
    }

    /// <summary>Signs in through the sign-in form as <paramref name="user"/>, replacing whoever was signed in.</summary>
    public async Task SignInAsAsync(string user, string password = Password)
    {
        var response = await PostAsync("/dang-nhap", "/dang-nhap", new() { ["UserName"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    public Task<HttpResponseMessage> GetAsync(string url) => Client.GetAsync(url);

    /// <summary>The page's HTML with entities decoded, after checking its status.</summary>
    public async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await Client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await TextAsync(response);
    }

    /// <summary>The antiforgery token of the form on a page.</summary>
    public async Task<string> TokenAsync(string page) => Token(await (await Client.GetAsync(page)).Content.ReadAsStringAsync(), page);

    public static string Token(string html, string page = "the page") =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {page}");

    /// <summary>Posts a form of the page at <paramref name="formPage"/> to <paramref name="action"/>, with that page's token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields) =>
        await PostWithTokenAsync(action, fields, await TokenAsync(formPage));

    /// <summary>Posts a form with a token the test fetched before.</summary>
    public Task<HttpResponseMessage> PostWithTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields, string token) =>
        Client.PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

    /// <summary>Posts a form as a forged request from elsewhere would: the session cookie, no token.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, IEnumerable<KeyValuePair<string, string>> fields) =>
        Client.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>Uploads one file with the form's token of the page at <paramref name="formPage"/>.</summary>
    public Task<HttpResponseMessage> UploadAsync(string formPage, string action, string fileName, string content) =>
        UploadAsync(formPage, action, fileName, System.Text.Encoding.UTF8.GetBytes(content));

    /// <summary>Uploads one binary file (a workbook) with the form's token of the page at <paramref name="formPage"/>.</summary>
    public async Task<HttpResponseMessage> UploadAsync(string formPage, string action, string fileName, byte[] content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(formPage)), "__RequestVerificationToken" },
            { new ByteArrayContent(content), "file", fileName },
        };
        return await Client.PostAsync(action, form);
    }

    /// <summary>The part of a page from <paramref name="start"/> to the next <paramref name="end"/>, failing when it is absent.</summary>
    public static string Between(string html, string start, string end)
    {
        var from = html.IndexOf(start, StringComparison.Ordinal);
        Assert.True(from >= 0, $"'{start}' is not on the page");
        return html[from..html.IndexOf(end, from, StringComparison.Ordinal)];
    }

    /// <summary>A response's HTML with entities decoded.</summary>
    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>A refusal: status 403 on the address asked for (the 403 page is rendered there, never a redirect to it).</summary>
    public static void AssertForbidden(HttpResponseMessage response) =>
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");

    public async Task AssertForbiddenAsync(string url) => AssertForbidden(await Client.GetAsync(url));

    /// <summary>The refusals listed beside a form (<c>data-testid="errors-{form}"</c>); fails when there are none.</summary>
    public static string ErrorsBeside(string html, string form)
    {
        var start = html.IndexOf($"data-testid=\"errors-{form}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no errors beside the {form} form");
        return html[start..html.IndexOf("</ul>", start, StringComparison.Ordinal)];
    }

    /// <summary>The table row that holds <paramref name="marker"/> (e.g. <c>data-unit="A"</c>), up to its end.</summary>
    public static string Row(string html, string marker)
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"no row {marker}");
        return html[start..html.IndexOf("</tr>", start, StringComparison.Ordinal)];
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsClient) Client.Dispose();
        if (_ownedSite is not null) await _ownedSite.DisposeAsync();
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
