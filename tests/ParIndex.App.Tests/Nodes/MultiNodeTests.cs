using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Xunit.Abstractions;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParIndex.App.Data;
using ParIndex.App.Features.Demo;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web;
using ParIndex.App.Tests.Web.Api;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Nodes;

/// <summary>
/// Issue 14's multi-node check: two real <c>parindex serve</c> processes on one PostgreSQL database behind the nginx
/// site of deploy/, used as people use them — a sign-in on one node works on the other, a publication on one is read
/// on the other at once, wrong passwords in parallel over both are limited as one, two identical evidence uploads race
/// while one of them fails, and a node is killed while four editors save through nginx — then nothing acknowledged is
/// lost and <c>audit verify</c>, <c>results verify</c> and <c>evidence verify</c> pass.
/// </summary>
public sealed partial class MultiNodeTests(ITestOutputHelper output) : ProviderTest(DatabaseProvider.Postgres)
{
    private const string Wrong = "Tên đăng nhập hoặc mật khẩu không đúng.";

    /// <summary>
    /// The answer to an attempt counted but not checked. The wait is a minute from the fifth failure; an attempt that
    /// read the clock before that failure took its ticket waits a moment more, shown rounded up as 2 minutes.
    /// </summary>
    [GeneratedRegex(@"^Đăng nhập sai nhiều lần; hãy thử lại sau [12] phút\.$")]
    private static partial Regex Waiting();

    [Fact]
    public async Task Two_nodes_behind_nginx_lose_nothing_serve_nothing_stale_and_verify()
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        void Done(string step) => output.WriteLine($"{watch.Elapsed.TotalSeconds,6:0.0} s  {step}");
        var folder = Repo.TempDir();
        await new YearScript(World, Path.Combine(folder, "evidence")).FinaliseAsync();   // the 2025 period, ready to publish
        var year = await new ApiTestYear(World).SetUpAsync();                              // a period open now, with API tokens
        await SiteSession.AddUserAsync(World, "hoi.dong", Role.Council);
        Done("data: a 2025 period ready to publish, a period open now");
        await using var cluster = await Cluster.StartAsync(World.Database, folder);
        Done("two nodes and nginx started");

        await SignInOnOneAndWorkOnTheOther(cluster, year);
        Done("signed in on node 1, saved on node 2");
        await PublishOnOneAndReadTheOtherAtOnce(cluster);
        Done("published on node 1, read on node 2 and through nginx");
        await WrongPasswordsInParallelOverBothNodesCountAsOne(cluster);
        Done("parallel wrong passwords over both nodes");
        await IdenticalUploadsRaceWhileOneFails(cluster, year);
        Done("identical uploads, one failing");
        await ANodeKilledUnderLoadLosesNoAcknowledgedSave(cluster, year);
        Done("node 2 killed under load");

        string[][] checks = [["audit", "verify"], ["results", "verify", "--period", World.PeriodId.ToString()], ["evidence", "verify", "--hashes"]];
        foreach (var (check, (exit, text)) in checks.Zip(await Task.WhenAll(checks.Select(check => Task.Run(() => cluster.Command(check))))))
            Assert.True(exit == 0, $"parindex {string.Join(' ', check)} exited {exit}: {text}");
        Done("audit, results and evidence verified");
    }

    /// <summary>An editor signs in on node 1; node 2 knows them, and takes their form posts with node 1's antiforgery token.</summary>
    private async Task SignInOnOneAndWorkOnTheOther(Cluster cluster, ApiTestYear year)
    {
        using var editor = new NodeBrowser(cluster);
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SignInAsync(cluster.OneUrl, "can-bo-a")).StatusCode);
        Assert.Contains("Người dùng can-bo-a", WebUtility.HtmlDecode(await editor.On(cluster.TwoUrl).GetStringAsync("/toi")));

        var form = $"/tu-danh-gia/{year.PeriodId}";
        var token = await editor.TokenAsync(cluster.OneUrl, form);
        var saved = await editor.PostWithTokenAsync(cluster.TwoUrl, $"{form}?handler=Autosave&leaf=2", new() { ["l2.points"] = "0.75", ["l2.version"] = "0" }, token);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Contains("Đã lưu", WebUtility.HtmlDecode(await saved.Content.ReadAsStringAsync()));
        var stored = await LedgerAsync(year.PeriodId, "A", "1.3");
        Assert.Equal([(1, "0.75")], stored);
    }

    /// <summary>
    /// Node 2 has the public answers cached; the council publishes on node 1; node 2's next answers, and nginx's (from
    /// either node), carry the publication.
    /// </summary>
    private async Task PublishOnOneAndReadTheOtherAtOnce(Cluster cluster)
    {
        using var reader = cluster.Client(cluster.TwoUrl);
        Assert.Equal("[]", await reader.GetStringAsync("/api/v1/public/periods"));
        Assert.NotNull((await reader.GetAsync("/api/v1/public/periods")).Headers.Age);   // from node 2's output cache

        using var council = new NodeBrowser(cluster);
        Assert.Equal(HttpStatusCode.Redirect, (await council.SignInAsync(cluster.OneUrl, "hoi.dong")).StatusCode);
        var page = $"/hoi-dong?ky={World.PeriodId}";
        var published = await council.PostAsync(cluster.OneUrl, page, $"{page}&handler=Publish", new() { ["ky"] = World.PeriodId.ToString() });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        var sha = Assert.Single(await World.Run(db => db.Publications.Where(p => p.PeriodId == World.PeriodId).Select(p => p.Sha256).ToListAsync()));

        var periods = await reader.GetAsync("/api/v1/public/periods");
        Assert.Null(periods.Headers.Age);
        Assert.Contains(sha, await periods.Content.ReadAsStringAsync());
        Assert.Contains(sha, await reader.GetStringAsync("/"));
        using var front = cluster.Client(cluster.FrontUrl);
        for (var i = 0; i < 4; i++) Assert.Contains(sha, await front.GetStringAsync("/api/v1/public/periods"));
    }

    /// <summary>
    /// Twenty wrong passwords at once from one client, ten on each node: five are checked, fifteen told to wait; the
    /// 21st attempt of the minute is refused on either node; the account's owner, elsewhere, still signs in.
    /// </summary>
    private async Task WrongPasswordsInParallelOverBothNodesCountAsOne(Cluster cluster)
    {
        const string attacker = "203.0.113.7";
        using var browser = new NodeBrowser(cluster);
        var nodes = new[] { cluster.OneUrl, cluster.TwoUrl };
        var tokens = new[] { await browser.TokenAsync(cluster.OneUrl, "/dang-nhap"), await browser.TokenAsync(cluster.TwoUrl, "/dang-nhap") };

        async Task<HttpResponseMessage> Attempt(int node, string password, string client)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/dang-nhap")
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["UserName"] = "lanh-dao-a", ["Password"] = password, ["__RequestVerificationToken"] = tokens[node] }),
            };
            request.Headers.Add("X-Forwarded-For", client);
            return await browser.On(nodes[node]).SendAsync(request);
        }

        var attempts = await Task.WhenAll(Enumerable.Range(0, 20).Select(async i => await Attempt(i % 2, $"Doan{i:00}MatKhau", attacker)));
        var errors = await Task.WhenAll(attempts.Select(async a => (a.StatusCode, Error: WebUtility.HtmlDecode(ErrorText().Match(await a.Content.ReadAsStringAsync()).Groups[1].Value))));
        Assert.All(errors, e => Assert.Equal(HttpStatusCode.OK, e.StatusCode));
        Assert.True(errors.Count(e => e.Error == Wrong) == 5 && errors.Count(e => Waiting().IsMatch(e.Error)) == 15, string.Join("\n", errors.Select(e => e.Error)));

        foreach (var node in new[] { 0, 1 })
            Assert.Equal(HttpStatusCode.TooManyRequests, (await Attempt(node, SiteSession.Password, attacker)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await Attempt(1, SiteSession.Password, "198.51.100.1")).StatusCode);
    }

    /// <summary>
    /// Unit B's upload of a decision stores the file and then fails in the database; unit A's upload of the same bytes
    /// found it stored and commits after B's failure (the order is forced with advisory locks the database trigger waits
    /// on). A's document still opens, on both nodes: a failed write never takes a file another upload relies on.
    /// </summary>
    private async Task IdenticalUploadsRaceWhileOneFails(Cluster cluster, ApiTestYear year)
    {
        await using var gate = new NpgsqlConnection(World.Database.ConnectionString);
        await gate.OpenAsync();
        await Sql(gate, """
            CREATE FUNCTION multinode_gate() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW."Number" = 'CHAN-LOI' THEN
                    PERFORM pg_advisory_xact_lock_shared(7714, 1);
                    RAISE EXCEPTION 'lỗi cơ sở dữ liệu giả lập';
                END IF;
                IF NEW."Number" = 'CHAN-CHO' THEN PERFORM pg_advisory_xact_lock_shared(7714, 2); END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER multinode_gate BEFORE INSERT ON "Evidence" FOR EACH ROW EXECUTE FUNCTION multinode_gate();
            SELECT pg_advisory_lock(7714, 1), pg_advisory_lock(7714, 2);
            """);

        var pdf = DemoPdf.Create("Quyet dinh 05/QD-UBND", ["Cong bo thu tuc hanh chinh cua tinh"]);
        var form = $"/tu-danh-gia/{year.PeriodId}";
        using var b = new NodeBrowser(cluster);
        using var a = new NodeBrowser(cluster);
        Assert.Equal(HttpStatusCode.Redirect, (await b.SignInAsync(cluster.TwoUrl, "can-bo-b")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await a.SignInAsync(cluster.OneUrl, "can-bo-a")).StatusCode);
        var (tokenB, tokenA) = (await b.TokenAsync(cluster.OneUrl, form), await a.TokenAsync(cluster.TwoUrl, form));

        var failing = b.UploadAsync(cluster.OneUrl, $"{form}?handler=Evidence&leaf=0", tokenB, pdf, "qd-05.pdf", new() { ["number"] = "CHAN-LOI" });
        await WaitingAsync(gate, 1, failing);
        var committing = a.UploadAsync(cluster.TwoUrl, $"{form}?handler=Evidence&leaf=0", tokenA, pdf, "qd-05.pdf", new() { ["number"] = "CHAN-CHO" });
        await WaitingAsync(gate, 2, committing);

        await Sql(gate, "SELECT pg_advisory_unlock(7714, 1)");
        Assert.Equal(HttpStatusCode.InternalServerError, (await failing).StatusCode);
        await Sql(gate, "SELECT pg_advisory_unlock(7714, 2)");
        Assert.Equal(HttpStatusCode.Redirect, (await committing).StatusCode);
        await Sql(gate, """DROP TRIGGER multinode_gate ON "Evidence"; DROP FUNCTION multinode_gate()""");

        var documents = await World.Run(db => db.Evidence.Where(d => d.Number == "CHAN-LOI" || d.Number == "CHAN-CHO").Select(d => new { d.Id, d.Number }).ToListAsync());
        var document = Assert.Single(documents);
        Assert.Equal("CHAN-CHO", document.Number);
        foreach (var node in new[] { cluster.OneUrl, cluster.TwoUrl })
        {
            var file = await a.On(node).GetAsync($"/tai-lieu/{document.Id}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        }
    }

    /// <summary>
    /// Four editors save one sub-criterion each, 25 times in a row, through nginx with their API tokens, each from the
    /// version the last answer gave; node 2 is killed (SIGKILL) after the 30th acknowledged save and the saves go on.
    /// A request node 2 had taken may get a 502, or, as nginx passes a PUT on to node 1, a 409 showing that it was saved
    /// after all (its expected version is then old); the editor goes on from the version the 409 names. At the end each
    /// ledger holds exactly versions 1 to the editor's last known version, every acknowledged one with its value: nothing
    /// acknowledged lost, nothing saved that the editor did not send.
    /// </summary>
    private async Task ANodeKilledUnderLoadLosesNoAcknowledgedSave(Cluster cluster, ApiTestYear year)
    {
        const int saves = 25;
        var writers = new[] { ("A", "1.2", "can-bo-a"), ("A", "2.2", "can-bo-a"), ("B", "1.2", "can-bo-b"), ("B", "1.3", "can-bo-b") };
        // B's first save, alone: two first saves of a unit move its submission out of "not started" together, and one
        // of them loses that race by design (ScoreLedger); the load races on its own sub-criteria only.
        using (var first = cluster.Client(cluster.FrontUrl))
        {
            first.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", year.Tokens["can-bo-b"]);
            var saved = await first.PutAsJsonAsync($"/api/v1/periods/{year.PeriodId}/submissions/B/scores/2.2", new { input = "1", expectedVersion = 0 });
            Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        }
        var (acknowledged, afterKill) = (0, 0);
        var killAt = new TaskCompletionSource();
        var killed = Task.Run(async () =>
        {
            await killAt.Task;
            cluster.KillTwo();
        });

        var results = await Task.WhenAll(writers.Select(async w =>
        {
            var (unit, leaf, user) = w;
            using var client = cluster.Client(cluster.FrontUrl);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", year.Tokens[user]);
            var (version, failed, unanswered) = (0, 0, 0);
            var acked = new Dictionary<int, string>();
            for (var i = 0; i < saves; i++)
            {
                var input = leaf switch { "1.2" => i % 2 == 0 ? "80%" : "95%", "1.3" => i % 2 == 0 ? "0.5" : "0.25", _ => (i % 4).ToString() };
                var answer = await client.PutAsJsonAsync($"/api/v1/periods/{year.PeriodId}/submissions/{unit}/scores/{leaf}",
                    new { input, expectedVersion = version, explanation = $"lần {i}" });
                using var body = JsonDocument.Parse(await answer.Content.ReadAsStringAsync() is { Length: > 0 } text ? text : "{}");
                switch (answer.StatusCode)
                {
                    case HttpStatusCode.OK:
                        version = body.RootElement.GetProperty("version").GetInt32();
                        acked[version] = body.RootElement.GetProperty("input").GetString()!;
                        if (Interlocked.Increment(ref acknowledged) == 30) killAt.SetResult();
                        if (killed.IsCompleted) Interlocked.Increment(ref afterKill);
                        break;
                    case HttpStatusCode.Conflict when body.RootElement.GetProperty("currentVersion").GetInt32() > version:
                        var current = body.RootElement.GetProperty("currentVersion").GetInt32();
                        unanswered += current - version;
                        version = current;
                        break;
                    case HttpStatusCode.BadGateway:
                        failed++;
                        break;
                    default:
                        Assert.Fail($"{unit} {leaf} save {i} from v{version}: {(int)answer.StatusCode} {body.RootElement}");
                        break;
                }
            }
            return (Unit: unit, Leaf: leaf, Version: version, Acked: acked, Failed: failed, Unanswered: unanswered);
        }));
        await killed.WaitAsync(TimeSpan.FromSeconds(60));

        foreach (var r in results) output.WriteLine($"{r.Unit} {r.Leaf}: {r.Acked.Count} acknowledged, {r.Failed} answered 502, {r.Unanswered} saved without an answer");
        output.WriteLine($"{afterKill} saves acknowledged after node 2 was killed");
        Assert.True(afterKill >= 25, $"only {afterKill} saves were acknowledged after node 2 was killed: the load did not go on");
        Assert.Contains($"127.0.0.1:{cluster.TwoUrl.Port}", cluster.NginxErrors);   // nginx found node 2 gone and passed requests on
        Assert.InRange(results.Sum(r => r.Failed + r.Unanswered), 0, 2 * writers.Length);
        foreach (var (unit, leaf, version, acked, _, unanswered) in results)
        {
            var ledger = (await LedgerAsync(year.PeriodId, unit, leaf)).ToDictionary(s => s.Version, s => s.Input);
            Assert.Equal(Enumerable.Range(1, version), ledger.Keys.Order());
            Assert.Equal(version, acked.Count + unanswered);
            foreach (var (v, input) in acked)
                Assert.True(ledger[v] == input, $"{unit} {leaf}: acknowledged v{v} {input} is {ledger[v]} in the ledger");
        }
    }

    /// <summary>The self-assessed versions of a unit's sub-criterion in the ledger, oldest first.</summary>
    private async Task<List<(int Version, string Input)>> LedgerAsync(int periodId, string unit, string leaf)
    {
        var rows = await World.Run(db => (
            from s in db.Scores
            join b in db.Submissions on s.SubmissionId equals b.Id
            where b.PeriodId == periodId && b.Unit.Code == unit && s.LeafCode == leaf && s.Stage == ScoreStage.SelfAssessed
            orderby s.Version
            select new { s.Version, s.Input }).ToListAsync());
        return [.. rows.Select(r => (r.Version, r.Input))];
    }

    private static async Task Sql(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Waits until a transaction waits on the gate's advisory lock <paramref name="key"/>; fails if the upload ended first.</summary>
    private static async Task WaitingAsync(NpgsqlConnection gate, int key, Task<HttpResponseMessage> upload)
    {
        for (var until = DateTime.UtcNow + Cluster.Startup; DateTime.UtcNow < until; await Task.Delay(100))
        {
            if (upload.IsCompleted) Assert.Fail($"the upload ended before reaching the database: {(int)(await upload).StatusCode} {await (await upload).Content.ReadAsStringAsync()}");
            await using var command = new NpgsqlCommand($"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 7714 AND objid = {key} AND NOT granted", gate);
            if ((long)(await command.ExecuteScalarAsync())! == 1) return;
        }
        Assert.Fail($"no upload waits on gate {key}");
    }

    [GeneratedRegex("data-testid=\"sign-in-error\">([^<]*)<")]
    private static partial Regex ErrorText();
}
