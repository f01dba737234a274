using System.Net;
using System.Text.RegularExpressions;

namespace ParIndex.App.Tests.Web.Secretariat;

/// <summary>One signed-in person's HTTP client on a running site: their own cookies, forms posted with the page's antiforgery token.</summary>
internal sealed partial class Browser : IDisposable
{
    private readonly HttpClient _client;

    private Browser(Uri site) =>
        _client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() }) { BaseAddress = site };

    public static async Task<Browser> SignInAsync(RunningSite site, string user, string password)
    {
        var browser = new Browser(site.Client.BaseAddress!);
        var response = await browser.PostAsync("/dang-nhap", "/dang-nhap", new() { ["UserName"] = user, ["Password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return browser;
    }

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(path);

    public async Task<string> PageAsync(string path)
    {
        var response = await _client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Posts a form as the page at <paramref name="from"/> would, with its antiforgery token.</summary>
    public async Task<HttpResponseMessage> PostAsync(string from, string action, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(from);
        return await _client.PostAsync(action, new FormUrlEncodedContent(fields));
    }

    /// <summary>Posts a form without any antiforgery token.</summary>
    public Task<HttpResponseMessage> PostWithoutTokenAsync(string action, Dictionary<string, string> fields) =>
        _client.PostAsync(action, new FormUrlEncodedContent(fields));

    public async Task<HttpResponseMessage> UploadAsync(string from, string action, string fileName, string content)
    {
        var form = new MultipartFormDataContent
        {
            { new StringContent(await TokenAsync(from)), "__RequestVerificationToken" },
            { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(content)), "file", fileName },
        };
        return await _client.PostAsync(action, form);
    }

    public async Task<string> TokenAsync(string from) => TokenField().Match(await (await _client.GetAsync(from)).Content.ReadAsStringAsync()).Groups[1].Value;

    public static string Decode(string html) => WebUtility.HtmlDecode(html);

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
