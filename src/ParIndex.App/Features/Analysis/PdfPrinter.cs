using System.Diagnostics;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Analysis;

/// <summary>
/// Prints our own HTML to PDF with headless Chromium (<c>PARINDEX_CHROMIUM</c>, else /usr/bin/chromium), from a
/// private temporary folder that is removed afterwards. One print at a time per process: Chromium is a heavy process,
/// and many readers asking for reports at once queue instead of starting one each — at most <see cref="MaxWaiting"/>
/// of them; beyond that a print is refused at once (<see cref="PrintQueueFullException"/>: the web answers 503 with
/// Retry-After), so a crowd of requests cannot make everyone wait minutes.
/// </summary>
public static class PdfPrinter
{
    public const int MaxWaiting = 4;

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    private static int _queued;

    /// <summary>Prints waiting or running in this process (a metric).</summary>
    public static int Queued => Volatile.Read(ref _queued);

    public static string Chromium => Environment.GetEnvironmentVariable("PARINDEX_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <exception cref="PrintQueueFullException">One print is running and <see cref="MaxWaiting"/> are waiting.</exception>
    public static async Task<byte[]> PrintAsync(string html, CancellationToken ct = default)
    {
        if (Interlocked.Increment(ref _queued) > 1 + MaxWaiting)
        {
            Interlocked.Decrement(ref _queued);
            throw new PrintQueueFullException();
        }
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

/// <summary>The print queue is full; try again in <see cref="RetryAfter"/>.</summary>
public sealed class PrintQueueFullException() : Exception(StepMessages.PrintQueueFull().ToString()), IRefusal
{
    public Message Says { get; } = StepMessages.PrintQueueFull();

    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(30);
}
