using System.CommandLine;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Commands;

/// <summary>What every command shares: exit codes, error printing and all-or-nothing output files.</summary>
internal static class Cli
{
    public const int Ok = 0;
    public const int Failed = 1;
    /// <summary>Bad input or bad usage: every problem was printed and nothing was written.</summary>
    public const int BadInput = 2;

    private static readonly AsyncLocal<Language> Reader = new();

    /// <summary>The language everything is printed in: Vietnamese, or English with <c>--en</c>.</summary>
    public static Language Language => Reader.Value;

    /// <summary>A help text in the reader's language (the tree is built after <see cref="Run"/> read <c>--en</c>).</summary>
    public static string T(string vi, string en) => Language == Language.En ? en : vi;

    /// <summary>Builds the command tree in the language the arguments ask for, then parses and runs them.</summary>
    public static int Run(Func<RootCommand> tree, string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        // --en works on every command; `explain` also reads it itself, to explain its points in English.
        Reader.Value = args.Contains("--en") ? Language.En : Language.Vi;
        if (Reader.Value == Language.En && args is not ["explain", ..]) args = [.. args.Where(a => a != "--en")];
        var root = tree();
        foreach (var help in root.Options.OfType<System.CommandLine.Help.HelpOption>()) help.Description = T("Xem hướng dẫn và cách dùng", "Show help and usage information");
        foreach (var version in root.Options.OfType<VersionOption>()) version.Description = T("Xem phiên bản", "Show version information");
        var config = new InvocationConfiguration { Output = output ?? Console.Out, Error = error ?? Console.Error };
        var parsed = root.Parse(Settings.RewriteSwitches(args));
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors) config.Error.WriteLine(e.Message);
            config.Error.WriteLine(CliMessages.UseHelp().In(Language));
            return BadInput;
        }
        if (Language == Language.En || parsed.Action is not System.CommandLine.Help.HelpAction) return parsed.Invoke(config);
        // System.CommandLine writes its help headings in English only: a Vietnamese reader gets them in Vietnamese.
        var page = new StringWriter();
        var code = parsed.Invoke(new InvocationConfiguration { Output = page, Error = config.Error });
        foreach (var line in page.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            config.Output.WriteLine(HelpChrome.Aggregate(line, (text, word) => text.Replace(word.En, word.Vi, StringComparison.Ordinal)));
        return code;
    }

    /// <summary>The words System.CommandLine puts around the descriptions, in Vietnamese ("(REQUIRED)" keeps its width).</summary>
    private static readonly (string En, string Vi)[] HelpChrome =
    [
        ("Description:", "Mô tả:"), ("Usage:", "Cách dùng:"), ("Options:", "Tuỳ chọn:"), ("Commands:", "Lệnh:"), ("Arguments:", "Đối số:"),
        ("(REQUIRED)", "(bắt buộc)"), ("[default: ", "[mặc định: "), ("[options]", "[tuỳ chọn]"), ("[command]", "[lệnh]"),
    ];

    /// <summary>Runs a command body, turning import problems into a located list on stderr and exit code 2.</summary>
    public static int Guard(TextWriter error, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (Exception e) when (Refusal(e))
        {
            return Report(error, e);
        }
    }

    /// <summary>
    /// Runs a database command: import problems are listed with their location, a refused step (workflow, access,
    /// not found, conflict, usage) prints its message, all with exit code 2; anything else is exit code 1.
    /// </summary>
    public static async Task<int> GuardAsync(TextWriter error, Func<Task<int>> body)
    {
        try
        {
            return await body();
        }
        catch (Exception e) when (Refusal(e))
        {
            return Report(error, e);
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(CliMessages.Cancelled().In(Language));
            return Failed;
        }
        catch (Exception e)
        {
            error.WriteLine(CliMessages.Unexpected(e.GetType().Name, e.Message).In(Language));
            for (var inner = e.InnerException; inner is not null; inner = inner.InnerException)
                error.WriteLine($"  {inner.GetType().Name}: {inner.Message}");
            return Failed;
        }
    }

    private static bool Refusal(Exception e) =>
        e is ImportException or ParIndex.App.Backup.BackupRefusedException or ParIndex.App.Data.InvalidTextException or WorkflowException or ForbiddenException or NotFoundException or ConflictException or UsageException;

    private static int Report(TextWriter error, Exception e)
    {
        if (e is ImportException import)
        {
            error.WriteLine(CliMessages.NothingWritten(import.Problems.Count).In(Language));
            foreach (var p in import.Problems) error.WriteLine("  " + p.In(Language));
        }
        else error.WriteLine(e is IRefusal refusal ? refusal.Says.In(Language) : e.Message);
        return BadInput;
    }

    /// <summary>Writes to a temporary file beside the target and moves it into place, so a reader never sees half a file.</summary>
    public static void WriteAtomically(string path, byte[] content) => WriteAtomically(path, stream => stream.Write(content));

    /// <inheritdoc cref="WriteAtomically(string, byte[])"/>
    public static void WriteAtomically(string path, Action<Stream> write)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16)) write(stream);
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
