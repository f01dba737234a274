using System.CommandLine;
using ParIndex.App.Features.Units;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex lineage import</c>: merges, renames and splits of units.</summary>
internal static class LineageCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var file = new Argument<string>("file") { Description = Cli.T("Tệp (.csv hoặc .xlsx): from,to,kind,date[,weight]", "File (.csv or .xlsx): from,to,kind,date[,weight]") };
        var import = database.With(new Command("import", Cli.T("Nhập sáp nhập, đổi tên, chia tách đơn vị", "import merges, renames and splits")) { file });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, CliMessages.Importing().In(Cli.Language),
                () => new ImportLineageHandler(db, database.Clock).HandleAsync(actor, new ImportLineage(parsed.GetValue(file)!), ct));
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.LineageImported(result.Added, result.Unchanged).In(Cli.Language));
            return Cli.Ok;
        }));
        return new Command("lineage", Cli.T("Lịch sử sáp nhập, chia tách đơn vị", "unit lineage")) { import };
    }
}
