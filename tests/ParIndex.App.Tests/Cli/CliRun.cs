using ParIndex.Commands;

namespace ParIndex.App.Tests.Cli;

/// <summary>Runs the real <c>parindex</c> command tree in-process and captures what it prints.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = ParIndex.Commands.Cli.Run(() => ParIndexCli.Create(), args, output, error);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
