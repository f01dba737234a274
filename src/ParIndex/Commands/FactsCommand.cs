using System.CommandLine;
using ParIndex.App.Data;
using ParIndex.App.Features.Facts;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex facts map|import</c>: figures from an authoritative source (the national public-service portal's export)
/// fill mapped sub-criteria. A re-import that changes figures prints the differences and applies them with <c>--yes</c>.
/// </summary>
internal static class FactsCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var mapPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var indicator = new Option<string>("--indicator") { Description = Cli.T("Mã chỉ số của nguồn", "the source's indicator code"), Required = true };
        var leaf = new Option<string>("--leaf") { Description = Cli.T("Mã tiêu chí thành phần", "sub-criterion code"), Required = true };
        var scale = new Option<FactScale>("--scale") { Description = Cli.T("Thang: `Percent` | `Ratio` | `Count` | `Points`", "Scale: Percent | Ratio | Count | Points"), Required = true };
        var map = database.With(new Command("map", Cli.T("Gắn chỉ số của nguồn với tiêu chí thành phần", "map a source indicator to a sub-criterion")) { mapPeriod, indicator, leaf, scale });
        map.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var filled = await new MapFactHandler(db, database.Clock).HandleAsync(actor,
                new MapFact(parsed.GetValue(mapPeriod), parsed.GetValue(indicator)!, parsed.GetValue(leaf)!, parsed.GetValue(scale)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(Domain.Messages.FactsMessages.Mapped(parsed.GetValue(indicator)!, parsed.GetValue(leaf)!).In(Cli.Language) + $" ({filled})");
            return Cli.Ok;
        }));

        var importPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var yes = new Option<bool>("--yes") { Description = Cli.T("Áp dụng các thay đổi đã xem", "apply the changes shown") };
        var file = new Argument<string>("file") { Description = Cli.T("Tệp số liệu (.csv, .xlsx)", "the figures file") };
        var import = database.With(new Command("import", Cli.T("Nhập số liệu từ nguồn chính thức", "import figures from an official source")) { importPeriod, yes, file });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path)) throw new App.Files.ImportException([new App.Files.ImportProblem(path, NotFoundMessages.File())]);
            var bytes = await File.ReadAllBytesAsync(path, ct);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var handler = new ImportFactsHandler(db, database.Clock);
            var request = new ImportFacts(parsed.GetValue(importPeriod), Path.GetFileName(path), bytes);
            var result = await handler.HandleAsync(actor, request, ct);
            if (!result.Applied && parsed.GetValue(yes)) result = await handler.HandleAsync(actor, request with { Confirm = result.Fingerprint }, ct);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(result.Summary.In(Cli.Language));
            foreach (var change in result.Changes.Where(c => c.Old is not null)) o.WriteLine("  " + change.Shown.In(Cli.Language));
            return result.Applied ? Cli.Ok : 2;
        }));

        return new Command("facts", Cli.T("Số liệu từ nguồn chính thức", "figures from an official source")) { map, import };
    }
}
