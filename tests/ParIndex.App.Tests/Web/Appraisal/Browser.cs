using System.Net;
using System.Text.RegularExpressions;

namespace ParIndex.App.Tests.Web.Appraisal;

/// <summary>One signed-in person's browser on a running site: its own cookies, forms posted with the page's antiforgery token.</summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    private Browser(Uri site) =>
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true }) { BaseAddress = site };

    public static async Task<Browser> SignInAsync(RunningSite site, string user, string password = AppraisalYear.Password)
    {
        var browser = new Browser(site.Client.BaseAddress!);
        var response = await browser.PostAsync("/dang-nhap", "/dang-nhap", new() { ["UserName"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string url) => _client.GetAsync(url);

    /// <summary>The page's text with HTML entities decoded, after checking its status.</summary>
    public async Task<string> PageAsync(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    /// <summary>Posts a form of the page at <paramref name="formPage"/> to <paramref name="action"/>, with that page's antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string formPage, string action, Dictionary<string, string> fields)
    {
        var html = await (await _client.GetAsync(formPage)).Content.ReadAsStringAsync();
        fields["__RequestVerificationToken"] = TokenField().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException($"No antiforgery token on {formPage}");
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a form as a forged request from elsewhere would: the session cookie, no token.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        _client.PostAsync(action, new FormUrlEncodedContent(fields));

    /// <summary>
    /// A refusal as the browser gets it: 403, or (cookie authentication's answer to a signed-in user refused) a redirect to
    /// the 403 page.
    /// </summary>
    public static void AssertForbidden(HttpResponseMessage response)
    {
        var to = response.Headers.Location is { } location ? new Uri(new Uri("http://site"), location).AbsolutePath : null;
        Assert.True(response.StatusCode == HttpStatusCode.Forbidden || (response.StatusCode == HttpStatusCode.Redirect && to == "/loi/403"),
            $"expected 403, got {(int)response.StatusCode} {response.Headers.Location}");
    }

    public async Task AssertForbiddenAsync(string url) => AssertForbidden(await _client.GetAsync(url));

    public static async Task<string> TextAsync(HttpResponseMessage response) => WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
