using System.CommandLine;
using System.Diagnostics;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Demo;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex demo load</c>: loads the demo province Tỉnh Mẫu (two published years, three 2026 periods under way and a
/// survey) into an empty database, printing each step as it goes, then the periods, the demo accounts and a survey link per
/// unit. The passwords printed are demo-only.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var samples = new Option<string?>("--samples")
        {
            HelpName = "DIR",
            Description = Cli.T("Thư mục dữ liệu mẫu (frameworks/, tinh-mau/); mặc định ./samples", "the samples folder; default ./samples"),
        };
        var evidence = new Option<string?>("--evidence")
        {
            HelpName = "DIR",
            Description = Cli.T("Thư mục lưu tệp tài liệu kiểm chứng; mặc định Evidence:Root hoặc data/evidence", "where evidence files are stored; default Evidence:Root or data/evidence"),
        };
        var load = database.With(new Command("load",
            Cli.T("Nạp tỉnh mẫu vào cơ sở dữ liệu trống: 2024, 2025 đã công bố, ba kỳ 2026 đang tự đánh giá, thẩm định, giải trình, một cuộc khảo sát; in tiến độ, tài khoản mẫu và đường dẫn khảo sát", "load the demo province into an empty database, printing progress, the demo accounts and survey links"))
        {
            samples, evidence,
        });
        load.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var error = parsed.InvocationConfiguration.Error;
            var configuration = database.Configuration(parsed);
            var folder = Path.GetFullPath(parsed.GetValue(samples) ?? "samples");
            var evidenceRoot = Path.GetFullPath(parsed.GetValue(evidence) ?? configuration["Evidence:Root"] ?? Path.Combine("data", "evidence"));

            Func<AppDbContext> open;
            App.Security.Actor actor;
            await using (var db = await database.OpenAsync(parsed, ct))
            {
                actor = await database.ActorAsync(parsed, db, ct);
                var (provider, connection) = Database.FromConfiguration(configuration);
                open = () => Database.Open(provider, connection);
            }
            var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(evidenceRoot));
            var watch = Stopwatch.StartNew();
            // Progress on the error stream, one line a step, so a log or a terminal shows where the load is and the
            // output keeps only the result (run.sh saves it as data/demo-accounts.txt).
            var progress = new Lines(line => error.WriteLine($"  [{watch.Elapsed.TotalSeconds,4:0} s] {line}"));
            var loaded = await new LoadDemoHandler(open, TimeProvider.System, store, progress).HandleAsync(actor, new LoadDemo(folder), ct);

            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.DemoLoaded(Math.Round((decimal)watch.Elapsed.TotalSeconds, 1)).In(Cli.Language));
            o.WriteLine(CliMessages.DemoPeriods(loaded.PeriodIds).In(Cli.Language));
            foreach (var period in loaded.Periods)
                o.WriteLine(CliMessages.DemoPeriod(period.Id, period.Name, period.State).In(Cli.Language));
            o.WriteLine(CliMessages.DemoEvidence(evidenceRoot).In(Cli.Language));
            o.WriteLine();
            o.WriteLine(CliMessages.DemoAccounts().In(Cli.Language));
            Terminal.Table(o, [.. new[] { CliMessages.UserNameColumn(), CliMessages.PasswordColumn(), CliMessages.RoleColumn(), CliMessages.UnitColumn(), CliMessages.WaitingColumn() }
                    .Select(c => c.In(Cli.Language))],
                loaded.Accounts.Select(a => (IReadOnlyList<string>)[a.UserName, a.Password, a.Role, a.UnitCode ?? "", a.Description.In(Cli.Language)]));
            o.WriteLine();
            o.WriteLine(CliMessages.DemoLinks().In(Cli.Language));
            var firsts = loaded.SurveyLinks.GroupBy(l => l.UnitCode).Select(g => g.First()).ToList();
            foreach (var link in firsts)
                o.WriteLine($"  {link.UnitCode}: {link.Path}");
            o.WriteLine(CliMessages.DemoMoreLinks(loaded.SurveyLinks.Count - firsts.Count).In(Cli.Language));
            return Cli.Ok;
        }));
        return new Command("demo", Cli.T("Dữ liệu mẫu để trình diễn", "demo data")) { load };
    }

    /// <summary>Reports each step at once, on the caller's thread (<see cref="Progress{T}"/> would post it to the thread pool, out of order).</summary>
    private sealed class Lines(Action<string> write) : IProgress<ParIndex.Domain.Messages.Message>
    {
        public void Report(ParIndex.Domain.Messages.Message value) => write(value.In(Cli.Language));
    }
}
