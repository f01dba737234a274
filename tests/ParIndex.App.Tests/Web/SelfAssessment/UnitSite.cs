using System.Net;
using System.Text.RegularExpressions;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.SelfAssessment;

/// <summary>
/// The real site on the world's clock with the unit's people as real accounts: A's editor and leader, B's editor and
/// the secretariat. A browser session per person, each keeping its own cookies.
/// </summary>
internal sealed partial class UnitSite : IAsyncDisposable
{
    public const string Password = "MatKhau2025Manh";

    private readonly RunningSite _site;

    private UnitSite(RunningSite site) => _site = site;

    public HttpClient Client => _site.Client;

    public static async Task<UnitSite> StartAsync(World world)
    {
        foreach (var (user, role, unit) in new[]
        {
            ("bien.tap.a", Role.UnitEditor, "A"), ("lanh.dao.a", Role.UnitLead, "A"), ("bien.tap.b", Role.UnitEditor, "B"), ("thu.ky", Role.Secretariat, null),
        })
            await world.Run(db => new AddUserHandler(db, world.Clock).HandleAsync(world.Admin, new AddUser(user, Password, role, unit, $"Người dùng {user}")));
        return new UnitSite(await RunningSite.StartAsync(world.Database, world.Clock));
    }

    /// <summary>Signs in as <paramref name="user"/>, replacing whoever was signed in.</summary>
    public async Task SignInAsync(string user)
    {
        var token = await TokenAsync("/dang-nhap");
        var response = await Client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = user, ["Password"] = Password, ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The antiforgery token of the form on a page.</summary>
    public async Task<string> TokenAsync(string page) => TokenField().Match(await Client.GetStringAsync(page)).Groups[1].Value;

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string? token) =>
        await Client.PostAsync(url, new FormUrlEncodedContent(token is null ? fields : fields.Append(new("__RequestVerificationToken", token))));

    public async Task<string> HtmlAsync(string url) => WebUtility.HtmlDecode(await Client.GetStringAsync(url));

    public static async Task<string> Html(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    /// <summary>Refused: a 403, or the sign-in cookie's redirect to the 403 page.</summary>
    public static bool IsForbidden(HttpResponseMessage response) =>
        response.StatusCode == HttpStatusCode.Forbidden ||
        (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("/loi/403", StringComparison.Ordinal) == true);

    public ValueTask DisposeAsync() => _site.DisposeAsync();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
