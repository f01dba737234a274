using System.Diagnostics;

namespace ParIndex.App.Tests.Crash;

/// <summary>The built <c>parindex</c> executable as a child process, as an operator runs it; it can be killed (SIGKILL).</summary>
internal sealed class ParIndexProcess : IDisposable
{
    private readonly Process _process;
    private readonly Task<string> _output;
    private readonly Task<string> _error;

    public ParIndexProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.TempDir() };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "parindex.dll"));
        foreach (var a in args) start.ArgumentList.Add(a);
        foreach (var key in new[] { "ConnectionStrings__Default", "Database__Provider" }) start.Environment.Remove(key);
        _process = Process.Start(start)!;
        _output = _process.StandardOutput.ReadToEndAsync();
        _error = _process.StandardError.ReadToEndAsync();
    }

    /// <summary>SIGKILL on Linux: no finally block, no disposal, no transaction rollback runs in the process.</summary>
    public void Kill()
    {
        try
        {
            _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // it had already exited
        }
        _process.WaitForExit();
    }

    /// <summary>Waits until the process exits or <paramref name="time"/> has passed; true when it exited.</summary>
    public async Task<bool> ExitsWithinAsync(TimeSpan time)
    {
        using var cancel = new CancellationTokenSource(time);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async Task<(int ExitCode, string Out, string Error)> WaitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        return (_process.ExitCode, await _output, await _error);
    }

    /// <summary>Kills the process if it still runs (a test that failed while watching it leaves nothing behind).</summary>
    public void Dispose()
    {
        Kill();
        _process.Dispose();
    }
}
