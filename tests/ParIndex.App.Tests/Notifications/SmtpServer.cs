using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace ParIndex.App.Tests.Notifications;

/// <summary>
/// A real SMTP server on a free loopback port: Debian's aiosmtpd (<c>python3-aiosmtpd</c>, installed by ./test.sh)
/// delivering into a Maildir the test reads. It can be stopped and started again on the same port and folder.
/// </summary>
internal sealed class SmtpServer : IAsyncDisposable
{
    private Process? _process;

    private SmtpServer(int port, string maildir)
    {
        Port = port;
        Maildir = maildir;
    }

    public int Port { get; }

    public string Maildir { get; }

    public static async Task<SmtpServer> StartAsync()
    {
        var server = new SmtpServer(FreePort(), Path.Combine(Repo.TempDir(), "maildir"));
        await server.StartAgainAsync();
        return server;
    }

    /// <summary>Settings that send through this server.</summary>
    public Dictionary<string, string?> Settings() => new()
    {
        ["Smtp:Host"] = "127.0.0.1", ["Smtp:Port"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Smtp:Security"] = "None", ["Smtp:From"] = "ParIndex <parindex@tinh-mau.gov.vn>", ["Notifications:SiteUrl"] = "https://parindex.tinh-mau.gov.vn",
    };

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo("/usr/bin/python3") { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{Port}", "-c", "aiosmtpd.handlers.Mailbox", Maildir }) start.ArgumentList.Add(a);
        _process = Process.Start(start) ?? throw new InvalidOperationException("could not start aiosmtpd");
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        for (var i = 0; i < 100; i++)
        {
            if (_process.HasExited) throw new InvalidOperationException($"aiosmtpd exited with {_process.ExitCode}: is python3-aiosmtpd installed?");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }
        throw new TimeoutException($"aiosmtpd did not listen on {Port} within 10 s");
    }

    public async Task StopAsync()
    {
        if (_process is null) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        _process = null;
    }

    /// <summary>Every message delivered so far.</summary>
    public IReadOnlyList<MimeMessage> Messages()
    {
        var folder = Path.Combine(Maildir, "new");
        return Directory.Exists(folder) ? [.. Directory.GetFiles(folder).Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f))] : [];
    }

    /// <summary>Waits until at least <paramref name="count"/> messages arrived (at most 30 s), then returns them all.</summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(int count)
    {
        for (var i = 0; i < 300 && Messages().Count < count; i++) await Task.Delay(100);
        return Messages();
    }

    public ValueTask DisposeAsync() => new(StopAsync());

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
