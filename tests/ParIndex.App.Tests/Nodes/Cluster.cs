using System.Diagnostics;
using System.Net;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Web.Operations;

namespace ParIndex.App.Tests.Nodes;

/// <summary>
/// A deployment in small: two <c>parindex serve</c> processes of the built executable on one PostgreSQL database,
/// sharing the evidence folder and the Data Protection keys, with the nginx site of deploy/ in front
/// (tests/start-nginx-front.sh). Clients go to either node directly or through nginx over HTTPS.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public static readonly TimeSpan Startup = TimeSpan.FromSeconds(120);

    private readonly string _connection;

    private ServeProcess? _two;

    private Cluster(string folder, string connection)
    {
        Folder = folder;
        _connection = connection;
    }

    /// <summary>The scratch folder: evidence/, keys/, each node's working folder and nginx's.</summary>
    public string Folder { get; }

    public string EvidenceRoot => Path.Combine(Folder, "evidence");

    public ServeProcess One { get; private set; } = null!;

    public Uri OneUrl { get; private set; } = null!;

    public Uri TwoUrl { get; private set; } = null!;

    /// <summary>nginx's HTTPS address; requests through it carry the site's host name.</summary>
    public Uri FrontUrl { get; private set; } = null!;

    private string NginxFolder => Path.Combine(Folder, "nginx");

    /// <summary>The settings every node and command gets: the database, the shared evidence folder and keys.</summary>
    public string[] Settings =>
        ["--provider", "Postgres", "--connection", _connection, $"--Evidence:Root={EvidenceRoot}", $"--DataProtection:Keys={Path.Combine(Folder, "keys")}"];

    /// <summary>
    /// Starts node 1, lets it create the Data Protection key (one page with a form), then node 2, then nginx in front of both.
    /// The evidence folder is <paramref name="folder"/>/evidence, so data staged before may already use it.
    /// </summary>
    public static async Task<Cluster> StartAsync(TestDatabase database, string folder)
    {
        Assert.True(File.Exists("/usr/sbin/nginx"), "/usr/sbin/nginx is missing: ./test.sh installs Debian's nginx");
        var cluster = new Cluster(folder, database.ConnectionString);
        try
        {
            (cluster.One, cluster.OneUrl) = await cluster.StartNodeAsync("node1");
            using (var client = new HttpClient { BaseAddress = cluster.OneUrl })
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/dang-nhap")).StatusCode);
            (cluster._two, cluster.TwoUrl) = await cluster.StartNodeAsync("node2");
            cluster.FrontUrl = new Uri($"https://parindex.example.gov.vn:{await cluster.StartNginxAsync()}");
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of one node or of nginx (its certificate is the test's own, its host name the site's).</summary>
    public HttpClient Client(Uri url, CookieContainer? cookies = null)
    {
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseCookies = cookies is not null,
            CookieContainer = cookies ?? new CookieContainer(),
            ConnectCallback = async (context, ct) =>
            {
                // parindex.example.gov.vn is nginx on loopback
                var socket = new System.Net.Sockets.Socket(System.Net.Sockets.SocketType.Stream, System.Net.Sockets.ProtocolType.Tcp) { NoDelay = true };
                await socket.ConnectAsync(IPAddress.Loopback, context.DnsEndPoint.Port, ct);
                return new System.Net.Sockets.NetworkStream(socket, ownsSocket: true);
            },
            SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
        };
        return new HttpClient(handler) { BaseAddress = url, Timeout = TimeSpan.FromSeconds(100) };
    }

    /// <summary>What nginx logged as errors (a node it could not reach, a request a node dropped).</summary>
    public string NginxErrors => File.Exists(Path.Combine(NginxFolder, "error.log")) ? File.ReadAllText(Path.Combine(NginxFolder, "error.log")) : "";

    /// <summary>Kills node 2 at once (SIGKILL), as a crash or a pulled plug would.</summary>
    public void KillTwo()
    {
        _two?.Dispose();
        _two = null;
    }

    /// <summary>Runs <c>parindex ARGS</c> with the cluster's settings to its end; its exit code and output.</summary>
    public (int ExitCode, string Output) Command(params string[] args)
    {
        using var command = ServeProcess.Start(Folder, [.. args, .. Settings]);
        Assert.True(command.WaitForExit(TimeSpan.FromMinutes(3)), $"parindex {string.Join(' ', args)} did not end");
        return (command.ExitCode, command.Out + "\n" + command.Error);
    }

    private async Task<(ServeProcess Node, Uri Url)> StartNodeAsync(string name)
    {
        var work = Path.Combine(Folder, name);
        Directory.CreateDirectory(work);
        var url = new Uri($"http://127.0.0.1:{ServeProcess.FreePort()}");
        var node = ServeProcess.Start(work, ["serve", "--urls", url.ToString().TrimEnd('/'), .. Settings]);
        using var client = new HttpClient { BaseAddress = url };
        Assert.Equal(HttpStatusCode.OK, (await node.WaitForAsync(client, "/health/ready", Startup)).StatusCode);
        return (node, url);
    }

    private async Task<int> StartNginxAsync()
    {
        Directory.CreateDirectory(NginxFolder);
        var start = new ProcessStartInfo("bash", [Path.Combine(Repo.Root, "tests", "start-nginx-front.sh"), NginxFolder, OneUrl.Port.ToString(), TwoUrl.Port.ToString()])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var script = Process.Start(start)!;
        var output = script.StandardOutput.ReadToEndAsync();
        var error = script.StandardError.ReadToEndAsync();
        await script.WaitForExitAsync().WaitAsync(Startup);
        Assert.True(script.ExitCode == 0, $"nginx did not start: {await error}");
        return int.Parse((await output).Trim());
    }

    public async ValueTask DisposeAsync()
    {
        if (Directory.Exists(NginxFolder))
        {
            using var stop = Process.Start(new ProcessStartInfo("bash", [Path.Combine(Repo.Root, "tests", "start-nginx-front.sh"), "--stop", NginxFolder]))!;
            await stop.WaitForExitAsync();
        }
        KillTwo();
        One?.Dispose();
    }
}
