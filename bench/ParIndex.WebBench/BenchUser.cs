using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace ParIndex.WebBench;

/// <summary>
/// One editor in a browser: their own cookies and connection from their own loopback source address; signs in,
/// opens their area of their unit's self-assessment, then changes its sub-criteria one after another, each change
/// autosaved as htmx posts it, pausing between saves as a person typing does.
/// </summary>
internal sealed partial class BenchUser(string name, string password, int area, IPAddress source, Uri site) : IDisposable
{
    private readonly HttpClient _client = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = true,
        CookieContainer = new CookieContainer(),
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                socket.Bind(new IPEndPoint(source, 0));
                await socket.ConnectAsync(IPAddress.Parse(context.DnsEndPoint.Host), context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    }) { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };

    private AreaForm? _form;
    private string _action = "";

    public string Name => name;

    /// <summary>
    /// Signs in through the sign-in page (antiforgery token and all), loads the user's area of the period and saves one
    /// sub-criterion (not measured).
    /// </summary>
    public async Task PrepareAsync(int period, CancellationToken ct)
    {
        var signInPage = await _client.GetStringAsync("/dang-nhap", ct);
        var token = Token().Match(signInPage) is { Success: true } t ? t.Groups[1].Value : throw new InvalidDataException("no antiforgery token on /dang-nhap");
        using var signedIn = await _client.PostAsync("/dang-nhap", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = name, ["Password"] = password, ["ReturnUrl"] = "", ["__RequestVerificationToken"] = token,
        }), ct);
        if (signedIn.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidDataException($"{name}: sign-in answered {(int)signedIn.StatusCode}, not a redirect");

        _action = $"/tu-danh-gia/{period}";
        var first = await _client.GetStringAsync(_action, ct);
        var areas = AreaTab().Matches(first).Select(m => m.Groups[1].Value).Distinct().ToList();
        if (areas.Count == 0) throw new InvalidDataException($"{name}: no area tabs on {_action}");
        var page = await _client.GetStringAsync($"{_action}?linh-vuc={areas[area % areas.Count]}", ct);
        _form = AreaForm.Parse(page);
        // One save before the clock starts, as a warm server has run this path before; it must succeed.
        if ((await SaveAsync(0, new Random(0), ct)).Failure is { } failure)
            throw new InvalidDataException($"{name}: the first autosave failed: {failure}");
    }

    /// <summary>
    /// Saves until <paramref name="until"/>, recording each save's latency; pauses 0–<paramref name="pauseMaxMs"/> ms
    /// (uniform) before each. Each save changes the next of the area's sub-criteria, in turn.
    /// </summary>
    public async Task RunAsync(Stopwatch clock, TimeSpan until, int pauseMaxMs, Random random, Recorder recorder, CancellationToken ct)
    {
        for (var turn = 1; ; turn++)
        {
            await Task.Delay(random.Next(0, pauseMaxMs + 1), ct);
            if (clock.Elapsed >= until) return;
            var (elapsed, failure) = await SaveAsync(turn, random, ct);
            recorder.Add(elapsed, failure);
        }
    }

    /// <summary>One autosave as htmx sends it: the whole area form with one sub-criterion changed, to the leaf's handler.</summary>
    private async Task<(TimeSpan Elapsed, string? Failure)> SaveAsync(int turn, Random random, CancellationToken ct)
    {
        var form = _form ?? throw new InvalidOperationException("not prepared");
        var leaf = form.Leaves[turn % form.Leaves.Count];
        form.Change(leaf, turn / form.Leaves.Count + 1, random);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{_action}?handler=Autosave&leaf={leaf.Ordinal}") { Content = form.Content() };
        request.Headers.Add("HX-Request", "true");
        request.Headers.Add("HX-Target", $"save-{leaf.Ordinal}");
        request.Headers.Add("HX-Current-URL", new Uri(site, _action).ToString());
        var started = Stopwatch.GetTimestamp();
        try
        {
            using var response = await _client.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (Version().Match(body) is { Success: true } v && v.Groups[1].Value == leaf.Ordinal.ToString(CultureInfo.InvariantCulture))
                form.SetVersion(leaf.Ordinal, v.Groups[2].Value);
            return (elapsed, response.StatusCode != HttpStatusCode.OK ? $"HTTP {(int)response.StatusCode}"
                : !body.Contains("class=\"sa-saved\"", StringComparison.Ordinal) ? Refusal(body)
                : null);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            return (Stopwatch.GetElapsedTime(started), e.GetType().Name);
        }
    }

    private static string Refusal(string body) =>
        body.Contains("sa-conflict", StringComparison.Ordinal) ? "conflict"
        : ErrorText().Match(body) is { Success: true } m ? "refused: " + WebUtility.HtmlDecode(m.Groups[1].Value).Trim()
        : "no 'saved' status in the answer";

    public void Dispose() => _client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("\\?linh-vuc=([^\"&#]+)\"")]
    private static partial Regex AreaTab();

    [GeneratedRegex("name=\"l(\\d+)\\.version\" value=\"(\\d+)\"")]
    private static partial Regex Version();

    [GeneratedRegex("class=\"sa-error\"[^>]*>([^<]*)")]
    private static partial Regex ErrorText();
}
