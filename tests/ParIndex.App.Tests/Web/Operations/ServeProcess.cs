using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace ParIndex.App.Tests.Web.Operations;

/// <summary>The built <c>parindex</c> executable run as its own process in a scratch folder, its output collected.</summary>
internal sealed class ServeProcess : IDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _out = new();
    private readonly ConcurrentQueue<string> _error = new();

    private ServeProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) _out.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) _error.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Out => string.Join('\n', _out);

    public string Error => string.Join('\n', _error);

    public int ExitCode => _process.ExitCode;

    /// <summary>Starts <c>dotnet parindex.dll ARGS</c> in <paramref name="folder"/>, without database settings from the environment.</summary>
    public static ServeProcess Start(string folder, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parindex.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in new[] { "ConnectionStrings__Default", "Database__Provider", "ASPNETCORE_ENVIRONMENT", "DOTNET_ENVIRONMENT" }) start.Environment.Remove(key);
        return new ServeProcess(Process.Start(start)!);
    }

    /// <summary>A loopback port nobody listens on right now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Waits for the process to end by itself; false if it still runs after <paramref name="timeout"/>.</summary>
    public bool WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout)) return false;
        _process.WaitForExit(); // drains the asynchronous output readers
        return true;
    }

    /// <summary>Polls <paramref name="url"/> until it answers, or fails the test when the process ends or time runs out.</summary>
    public async Task<HttpResponseMessage> WaitForAsync(HttpClient client, string url, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (true)
        {
            if (_process.HasExited) Assert.Fail($"parindex exited with {_process.ExitCode}: {Error}\n{Out}");
            try
            {
                return await client.GetAsync(url);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }
        }
    }

    /// <summary>Waits until a line of standard output satisfies <paramref name="match"/>.</summary>
    public async Task<string> LineAsync(Func<string, bool> match, TimeSpan timeout)
    {
        var until = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < until)
        {
            if (_out.FirstOrDefault(match) is { } line) return line;
            await Task.Delay(100);
        }
        throw new TimeoutException($"no matching output line; output was:\n{Out}");
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }
        _process.Dispose();
    }
}
