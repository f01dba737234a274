using System.Diagnostics;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// Prints our own HTML to PDF with headless Chromium (<c>PARINDEX_CHROMIUM</c>, else /usr/bin/chromium), from a
/// private temporary folder that is removed afterwards. One print at a time per process: Chromium is a heavy process,
/// and many readers asking for reports at once queue instead of starting one each.
/// </summary>
public static class PdfPrinter
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private static int _queued;

    /// <summary>Prints waiting or running in this process (a metric).</summary>
    public static int Queued => Volatile.Read(ref _queued);

    public static string Chromium => Environment.GetEnvironmentVariable("PARINDEX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        Interlocked.Increment(ref _queued);
        try
        {
            await OneAtATime.WaitAsync(ct);
            try
            {
                return await PrintAloneAsync(html, ct);
            }
            finally
            {
                OneAtATime.Release();
            }
        }
        finally
        {
            Interlocked.Decrement(ref _queued);
        }
    }

    private static async Task<byte[]> PrintAloneAsync(string html, CancellationToken ct)
    {
        var dir = Path.Combine(Path.GetTempPath(), "parindex-print-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var page = Path.Combine(dir, "report.html");
            var pdf = Path.Combine(dir, "report.pdf");
            await File.WriteAllTextAsync(page, html, ct);
            var start = new ProcessStartInfo(Chromium) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in new[]
            {
                "--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-extensions", "--no-pdf-header-footer",
                $"--user-data-dir={Path.Combine(dir, "profile")}", $"--print-to-pdf={pdf}", new Uri(page).AbsoluteUri,
            }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {Chromium}");
            var stderr = process.StandardError.ReadToEndAsync(ct);
            _ = process.StandardOutput.ReadToEndAsync(ct);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(TimeSpan.FromMinutes(1));
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException("Chromium did not print the report within a minute");
            }
            if (process.ExitCode != 0 || !File.Exists(pdf))
                throw new InvalidOperationException($"Chromium could not print the report (exit {process.ExitCode}): {await stderr}");
            return await File.ReadAllBytesAsync(pdf, ct);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
