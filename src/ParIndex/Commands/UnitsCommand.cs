using System.CommandLine;
using ParIndex.App.Features.Units;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex units import|export</c>: the assessed units, from and to CSV or XLSX.</summary>
internal static class UnitsCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var file = new Argument<string>("file") { Description = Cli.T("Tệp đơn vị (.csv hoặc .xlsx): code,name,group[,type,parent,valid_from,valid_to,name_en]", "Units file (.csv or .xlsx): code,name,group[,type,parent,valid_from,valid_to,name_en]") };
        var import = database.With(new Command("import", Cli.T("Nhập, cập nhật danh sách đơn vị theo mã", "create or update units by code")) { file });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, CliMessages.Importing().In(Cli.Language),
                () => new ImportUnitsHandler(db, database.Clock).HandleAsync(actor, new ImportUnits(parsed.GetValue(file)!), ct));
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.UnitsImported(result.Created, result.Updated, result.Unchanged).In(Cli.Language));
            return Cli.Ok;
        }));

        var output = new Option<string>("--out") { Description = Cli.T("Tệp ghi ra (.csv hoặc .xlsx)", "file to write"), Required = true };
        var lineage = new Option<string?>("--lineage") { Description = Cli.T("Cũng ghi lịch sử sáp nhập, chia tách vào tệp này (.csv hoặc .xlsx)", "also write the lineage to this file") };
        var export = database.With(new Command("export", Cli.T("Xuất danh sách đơn vị (nhập lại được)", "export the units, re-importable as is")) { output, lineage });
        export.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var outPath = parsed.GetValue(output)!;
            var lineagePath = parsed.GetValue(lineage);
            var format = UnitFile.FormatOf(outPath);
            var lineageFormat = lineagePath is null ? format : UnitFile.FormatOf(lineagePath);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var handler = new ExportUnitsHandler(db);
            var result = await handler.HandleAsync(actor, new ExportUnits(format), ct);
            var lineageBytes = lineageFormat == format ? result.Lineage : (await handler.HandleAsync(actor, new ExportUnits(lineageFormat), ct)).Lineage;
            Cli.WriteAtomically(outPath, result.Units);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.UnitsExported(result.UnitCount, outPath).In(Cli.Language));
            if (lineagePath is not null)
            {
                Cli.WriteAtomically(lineagePath, lineageBytes);
                o.WriteLine(CliMessages.LineageExported(result.LineageCount, lineagePath).In(Cli.Language));
            }
            return Cli.Ok;
        }));

        return new Command("units", Cli.T("Đơn vị được đánh giá", "assessed units")) { import, export };
    }
}
