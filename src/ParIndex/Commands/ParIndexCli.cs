using System.CommandLine;

namespace ParIndex.Commands;

/// <summary>The <c>parindex</c> command tree.</summary>
internal static class ParIndexCli
{
    public static RootCommand Create()
    {
        var root = new RootCommand("ParIndex — Chỉ số cải cách hành chính (PAR INDEX), SIPAS, DDCI");
        root.Subcommands.Add(ComputeCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(FrameworkCommand.Create());
        return root;
    }
}
