using System.CommandLine;
using ParIndex.App.Features.Crosswalks;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex crosswalk import PERIOD FILE</c>: confirm the crosswalk between last year's framework edition and the
/// period's (the same check and store as the web page: every problem located, nothing stored on one).
/// </summary>
internal static class CrosswalkCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var period = new Argument<int>("period") { Description = Cli.T("Mã số kỳ đánh giá dùng bộ chỉ số mới", "id of the period on the new edition") };
        var file = new Argument<string>("file") { Description = Cli.T("Bảng ánh xạ (.json hoặc .xlsx)", "crosswalk file (.json or .xlsx)") };
        var import = database.With(new Command("import", Cli.T("Xác nhận bảng ánh xạ cho kỳ đánh giá", "confirm a period's crosswalk")) { period, file });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var path = parsed.GetValue(file)!;
            if (!File.Exists(path)) throw new App.Files.ImportException([new App.Files.ImportProblem(path, NotFoundMessages.File())]);
            var stored = await new ImportCrosswalkHandler(db, database.Clock).HandleAsync(actor,
                new ImportCrosswalk(await File.ReadAllBytesAsync(path, ct), Path.GetFileName(path), parsed.GetValue(period)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(CrosswalkMessages.Confirmed(stored.FromCode, stored.ToCode, App.Crosswalks.CrosswalkJson.Read(stored.Json, path).Crosswalk.Links.Count).In(Cli.Language));
            return Cli.Ok;
        }));
        return new Command("crosswalk", Cli.T("Bảng ánh xạ giữa hai ấn bản bộ chỉ số", "crosswalks between framework editions")) { import };
    }
}
