using System.Diagnostics;

namespace ParIndex.App.Tests.Cli;

/// <summary>
/// The built <c>parindex</c> run as a person at a terminal runs it: under <c>script</c> (util-linux), which gives the
/// process a pseudo-terminal for its standard output and error, and returns everything written to it.
/// </summary>
internal static class PseudoTerminal
{
    public static async Task<(int ExitCode, string Screen)> RunAsync(params string[] args)
    {
        var command = string.Join(' ', new[] { "dotnet", Path.Combine(AppContext.BaseDirectory, "parindex.dll") }.Concat(args).Select(Quote));
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.TempDir() };
        foreach (var a in new[] { "-qfec", command, "/dev/null" }) start.ArgumentList.Add(a);
        start.Environment["TERM"] = "xterm-256color";
        foreach (var key in new[] { "ConnectionStrings__Default", "Database__Provider" }) start.Environment.Remove(key);
        using var process = Process.Start(start)!;
        var screen = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await screen + await error);
    }

    private static string Quote(string text) => "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
