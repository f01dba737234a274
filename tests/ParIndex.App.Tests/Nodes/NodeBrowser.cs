using System.Net;
using System.Net.Http.Headers;
using ParIndex.App.Tests.Web;

namespace ParIndex.App.Tests.Nodes;

/// <summary>
/// One person's browser in front of a <see cref="Cluster"/>: one cookie jar, whichever node it talks to (both nodes are
/// 127.0.0.1, and cookies do not depend on the port), forms posted with the antiforgery token of the page that holds them.
/// </summary>
internal sealed class NodeBrowser(Cluster cluster) : IDisposable
{
    private readonly CookieContainer _cookies = new();

    private readonly Dictionary<Uri, HttpClient> _clients = [];

    public HttpClient On(Uri node)
    {
        if (!_clients.TryGetValue(node, out var client)) _clients[node] = client = cluster.Client(node, _cookies);
        return client;
    }

    /// <summary>Signs in through the form of <paramref name="node"/>; the answer (a redirect when it worked).</summary>
    public async Task<HttpResponseMessage> SignInAsync(Uri node, string user, string password = SiteSession.Password) =>
        await PostAsync(node, "/dang-nhap", "/dang-nhap", new() { ["UserName"] = user, ["Password"] = password });

    /// <summary>The antiforgery token of the form on a page of <paramref name="node"/>.</summary>
    public async Task<string> TokenAsync(Uri node, string page) => SiteSession.Token(await On(node).GetStringAsync(page), page);

    public async Task<HttpResponseMessage> PostAsync(Uri node, string formPage, string action, Dictionary<string, string> fields) =>
        await PostWithTokenAsync(node, action, fields, await TokenAsync(node, formPage));

    public Task<HttpResponseMessage> PostWithTokenAsync(Uri node, string action, Dictionary<string, string> fields, string token) =>
        On(node).PostAsync(action, new FormUrlEncodedContent(fields.Append(new("__RequestVerificationToken", token))));

    /// <summary>Posts a multipart form with one PDF file, as the evidence form does.</summary>
    public async Task<HttpResponseMessage> UploadAsync(Uri node, string action, string token, byte[] pdf, string fileName, Dictionary<string, string> fields)
    {
        using var content = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        content.Add(file, "file", fileName);
        return await On(node).PostAsync(action, content);
    }

    public void Dispose()
    {
        foreach (var client in _clients.Values) client.Dispose();
    }
}
