using System.CommandLine;

namespace ParIndex.Commands;

/// <summary>The <c>parindex</c> command tree.</summary>
internal static class ParIndexCli
{
    /// <param name="input">Where <c>--password-stdin</c> reads from (standard input unless a test gives text).</param>
    public static RootCommand Create(TextReader? input = null)
    {
        var database = new DatabaseOptions();
        var root = new RootCommand(Cli.T("ParIndex — Chỉ số cải cách hành chính (PAR INDEX), SIPAS, DDCI", "ParIndex — the administrative reform index (PAR INDEX), SIPAS, DDCI"));
        root.Options.Add(database.Switches);
        root.Subcommands.Add(ComputeCommand.Create());
        root.Subcommands.Add(ExplainCommand.Create());
        root.Subcommands.Add(CompositeCommand.Create());
        root.Subcommands.Add(FrameworkCommand.Create(database));
        root.Subcommands.Add(CrosswalkCommand.Create(database));
        root.Subcommands.Add(DbCommand.Create(database));
        root.Subcommands.Add(UnitsCommand.Create(database));
        root.Subcommands.Add(LineageCommand.Create(database));
        root.Subcommands.Add(PeriodCommand.Create(database));
        root.Subcommands.Add(WorksheetCommand.Create(database));
        root.Subcommands.Add(FactsCommand.Create(database));
        root.Subcommands.Add(ResultsCommand.Create(database));
        root.Subcommands.Add(SurveyCommand.Create(database));
        root.Subcommands.Add(ReportCommand.Create(database));
        root.Subcommands.Add(ScoreboardCommand.Create(database));
        root.Subcommands.Add(AuditCommand.Create(database));
        root.Subcommands.Add(EvidenceCommand.Create(database));
        root.Subcommands.Add(UserCommand.Create(database, input));
        root.Subcommands.Add(DemoCommand.Create(database));
        root.Subcommands.Add(ServeCommand.Create(database));
        foreach (var command in BackupCommand.Create(database)) root.Subcommands.Add(command);
        return root;
    }
}
