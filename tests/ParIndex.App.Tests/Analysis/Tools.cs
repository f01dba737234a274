using System.Diagnostics;

namespace ParIndex.App.Tests.Analysis;

/// <summary>The command-line tools the report tests check outputs with: LibreOffice, poppler's pdftotext and pdftoppm.</summary>
internal static class Tools
{
    /// <summary>Runs a program, failing the test with its output if it does not exit with 0 within two minutes.</summary>
    public static string Run(string program, params string[] args)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not finish in two minutes");
        }
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} exited with {process.ExitCode}: {stderr.Result}{stdout.Result}");
        return stdout.Result;
    }

    /// <summary>
    /// The first sheet of a workbook as UTF-8 CSV, converted by LibreOffice headless with a private profile (so
    /// parallel runs do not share one).
    /// </summary>
    public static string SheetAsCsv(string xlsx)
    {
        var dir = Path.GetDirectoryName(xlsx)!;
        var profile = Path.Combine(dir, "lo-profile");
        Run("soffice", $"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir, xlsx);
        return File.ReadAllText(Path.ChangeExtension(xlsx, ".csv"));
    }
}
