using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Users;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>
/// The sign-in limits hold across web nodes and under parallel attempts (they live in the database), slow down the
/// attacker's client rather than lock the account, and say nothing about which accounts exist: two sites over one
/// database, as two nodes behind nginx.
/// </summary>
public abstract partial class SignInAcrossNodesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";

    private const string WaitAMinute = "Đăng nhập sai nhiều lần; hãy thử lại sau 1 phút.";

    /// <summary>A browser on one node: its antiforgery cookie and token, posting sign-ins as a forwarded client.</summary>
    private sealed class Browser(RunningSite site, string token)
    {
        public static async Task<Browser> OpenAsync(RunningSite site) => new(site, await SiteSession.Of(site).TokenAsync("/dang-nhap"));

        public async Task<(HttpStatusCode Status, string Error, TimeSpan Took, HttpResponseMessage Response)> SignInAsync(string user, string password, string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = user, ["Password"] = password, ["__RequestVerificationToken"] = token }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            var watch = Stopwatch.StartNew();
            var response = await site.Client.SendAsync(request);
            var html = await response.Content.ReadAsStringAsync();
            return (response.StatusCode, WebUtility.HtmlDecode(ErrorText().Match(html).Groups[1].Value), watch.Elapsed, response);
        }
    }

    [Fact]
    public async Task Twenty_parallel_wrong_passwords_over_two_nodes_are_all_counted_only_five_checked_and_the_owner_still_signs_in()
    {
        await SiteSession.AddUserAsync(World, "lanh.dao.a", Role.UnitLead, "A");
        await using var one = await RunningSite.StartAsync(World.Database, World.Clock);
        await using var two = await RunningSite.StartAsync(World.Database, World.Clock);
        var nodes = new[] { await Browser.OpenAsync(one), await Browser.OpenAsync(two) };

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => nodes[i % 2].SignInAsync("lanh.dao.a", $"Doan{i:00}MatKhau", "203.0.113.7")));
        Assert.All(attempts, a => Assert.Equal(HttpStatusCode.OK, a.Status));
        Assert.Equal(5, attempts.Count(a => a.Error == Wrong));
        Assert.Equal(15, attempts.Count(a => a.Error == WaitAMinute));
        // Both counters of the attacker (attempts this minute, failures on the account) stand at exactly 20.
        Assert.Equal([20, 20], await World.Run(db => db.SignInCounters.Select(c => c.Count).ToListAsync()));

        // The 21st attempt this minute from that client is refused on either node, before any check.
        var over = await nodes[1].SignInAsync("lanh.dao.a", SiteSession.Password, "203.0.113.7");
        Assert.Equal(HttpStatusCode.TooManyRequests, over.Status);
        Assert.InRange(int.Parse(over.Response.Headers.GetValues("Retry-After").Single()), 1, 60);

        // The owner, from their own machine, is not locked out.
        Assert.Equal(HttpStatusCode.Redirect, (await nodes[0].SignInAsync("lanh.dao.a", SiteSession.Password, "198.51.100.1")).Status);
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_answers_in_about_the_same_time_as_a_known_one()
    {
        await SiteSession.AddUserAsync(World, "lanh.dao.a", Role.UnitLead, "A");
        await using var site = await RunningSite.StartAsync(World.Database, World.Clock);
        var browser = await Browser.OpenAsync(site);
        await browser.SignInAsync("khoi.dong", "KhoiDong2025", "192.0.2.1");                 // warm-up, another client

        var known = new List<(string Error, TimeSpan Took)>();
        var unknown = new List<(string Error, TimeSpan Took)>();
        for (var i = 0; i < SignInThrottle.FreeAttempts + 1; i++)
        {
            var k = await browser.SignInAsync("lanh.dao.a", $"Sai{i}MatKhau99", "192.0.2.7");
            var u = await browser.SignInAsync("khong.co.ai", $"Sai{i}MatKhau99", "192.0.2.7");
            known.Add((k.Error, k.Took));
            unknown.Add((u.Error, u.Took));
        }
        Assert.Equal(known.Select(k => k.Error), unknown.Select(u => u.Error));
        Assert.Equal([Wrong, Wrong, Wrong, Wrong, Wrong, WaitAMinute], known.Select(k => k.Error));

        // The checked attempts take as long either way: an unknown name's password is checked against a stand-in hash.
        // Compared by the fastest of each five, the attempt's own cost: on a shared machine a slow one says more about
        // the neighbours than about the sign-in (the leak this guards against was 18 ms against 463 ms).
        static double Fastest(IEnumerable<TimeSpan> times) => times.Min(t => t.TotalMilliseconds);
        var (knownMs, unknownMs) = (Fastest(known.Take(SignInThrottle.FreeAttempts).Select(k => k.Took)), Fastest(unknown.Take(SignInThrottle.FreeAttempts).Select(u => u.Took)));
        Assert.True(unknownMs > knownMs / 2 && unknownMs < knownMs * 2, $"known {knownMs:0} ms, unknown {unknownMs:0} ms");
    }

    [GeneratedRegex("data-testid=\"sign-in-error\">([^<]*)<")]
    private static partial Regex ErrorText();
}

public sealed class SignInAcrossNodesTestsOnSqlite() : SignInAcrossNodesTests(DatabaseProvider.Sqlite);

public sealed class SignInAcrossNodesTestsOnPostgres() : SignInAcrossNodesTests(DatabaseProvider.Postgres);
