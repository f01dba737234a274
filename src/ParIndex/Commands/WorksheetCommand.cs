using System.CommandLine;
using ParIndex.App.Features.Worksheets;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex worksheet export|import</c>: a unit's self-assessment as a workbook to fill in offline.</summary>
internal static class WorksheetCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var exportPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var exportUnit = new Option<string>("--unit") { Description = Cli.T("Mã đơn vị", "unit code"), Required = true };
        var output = new Option<string>("--out") { Description = Cli.T("Tệp .xlsx ghi ra", "workbook to write"), Required = true };
        var export = database.With(new Command("export", Cli.T("Xuất phiếu tự chấm điểm của đơn vị (.xlsx)", "export a unit's self-assessment worksheet")) { exportPeriod, exportUnit, output });
        export.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var bytes = await new ExportWorksheetHandler(db, database.Clock).HandleAsync(actor, new ExportWorksheet(parsed.GetValue(exportPeriod), parsed.GetValue(exportUnit)!), ct);
            var path = parsed.GetValue(output)!;
            Cli.WriteAtomically(path, bytes);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.WorksheetExported(parsed.GetValue(exportUnit)!, path).In(Cli.Language));
            return Cli.Ok;
        }));

        var importPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var importUnit = new Option<string>("--unit") { Description = Cli.T("Mã đơn vị", "unit code"), Required = true };
        var file = new Argument<string>("file") { Description = Cli.T("Phiếu đã điền (.xlsx)", "the filled-in worksheet") };
        var import = database.With(new Command("import", Cli.T("Nhập phiếu tự chấm điểm đã điền", "import a filled-in worksheet as self-assessed scores")) { importPeriod, importUnit, file });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path)) throw new App.Files.ImportException([new App.Files.ImportProblem(path, NotFoundMessages.File())]);
            var bytes = await File.ReadAllBytesAsync(path, ct);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, CliMessages.Importing().In(Cli.Language),
                () => new ImportWorksheetHandler(db, database.Clock).HandleAsync(actor,
                    new ImportWorksheet(parsed.GetValue(importPeriod), parsed.GetValue(importUnit)!, bytes, Path.GetFileName(path)), ct));
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.WorksheetImported(result.Saved, result.Unchanged).In(Cli.Language));
            foreach (var note in result.Notes) o.WriteLine("  " + note);
            return Cli.Ok;
        }));

        return new Command("worksheet", Cli.T("Phiếu tự chấm điểm (Excel)", "self-assessment worksheets")) { export, import };
    }
}
