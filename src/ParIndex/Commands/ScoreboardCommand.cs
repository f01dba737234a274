using System.CommandLine;
using System.Globalization;
using ParIndex.App.Features.Scoreboard;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex scoreboard import|list</c>: the external indices the province is measured on, year by year.</summary>
internal static class ScoreboardCommand
{
    private static readonly CultureInfo Vi = CultureInfo.GetCultureInfo("vi-VN");

    public static Command Create(DatabaseOptions database)
    {
        var file = new Option<string>("--file") { Description = Cli.T("Tệp chỉ số (.csv hoặc .xlsx): index,name,year,score,rank,out_of,source[,name_en]", "Index file (.csv or .xlsx): index,name,year,score,rank,out_of,source[,name_en]"), Required = true };
        var replace = new Option<bool>("--replace") { Description = Cli.T("Thay giá trị đã có của cùng chỉ số và năm", "replace figures already recorded for the same index and year") };
        var import = database.With(new Command("import", Cli.T("Nhập điểm và thứ hạng của tỉnh theo từng chỉ số, từng năm", "import the province's scores and ranks per index and year")) { file, replace });
        import.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var r = await new ImportScoreboardHandler(db, database.Clock).HandleAsync(actor, new ImportScoreboard(parsed.GetValue(file)!, parsed.GetValue(replace)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.IndicesImported(r.Created, r.Replaced, r.Unchanged).In(Cli.Language));
            return Cli.Ok;
        }));

        var list = database.With(new Command("list", Cli.T("Liệt kê các chỉ số của tỉnh theo năm, với thay đổi so với năm trước", "list the province's indices by year with the change on the year before")));
        list.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var indices = await new GetScoreboardHandler(db).HandleAsync(new GetScoreboard(), ct);
            var o = parsed.InvocationConfiguration.Output;
            if (indices.Count == 0) o.WriteLine(CliMessages.NoIndices().In(Cli.Language));
            foreach (var index in indices)
            {
                o.WriteLine($"{index.Code}  {index.Name}");
                foreach (var y in index.Years)
                {
                    var rank = y.Rank is { } r ? CliMessages.Rank(r, y.OutOf).In(Cli.Language) : "";
                    var delta = y.DeltaScore is { } d && y.Since is { } since ? CliMessages.ChangeSince($"{(d > 0 ? "+" : "")}{d.ToString("0.00", Vi)}", since).In(Cli.Language) : "";
                    var places = y.DeltaRank switch { null => "", > 0 and var p => $"▲ {p}", < 0 and var p => $"▼ {-p}", _ => "=" };
                    o.WriteLine($"  {y.Year}  {y.Score.ToString("0.00", Vi),8}  {rank,-11} {delta} {places}".TrimEnd());
                }
            }
            return Cli.Ok;
        }));

        return new Command("scoreboard", Cli.T("Chỉ số của tỉnh (PAR INDEX, SIPAS, PCI, PAPI, ICT …)", "the province's external indices")) { import, list };
    }
}
