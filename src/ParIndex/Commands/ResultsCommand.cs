using System.CommandLine;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex results publish|verify</c>: publish a period's results and prove them later.</summary>
internal static class ResultsCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var publishPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var yes = StageChecklistText.Yes();
        var publish = database.With(new Command("publish",
            Cli.T("Chốt và công bố kết quả; in danh sách việc chưa xong, đi tiếp chỉ khi có --yes", "finalise and publish a period's results; prints the open items and goes on past them only with --yes"))
        {
            publishPeriod, yes,
        });
        publish.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var (confirmed, exit) = await StageChecklistText.ConfirmAsync(parsed, db, actor, parsed.GetValue(publishPeriod), parsed.GetValue(yes), ct, publishing: true);
            if (exit is { } code) return code;
            var groups = await Terminal.StatusAsync(parsed.InvocationConfiguration.Error, CliMessages.Publishing().In(Cli.Language),
                () => new PublishResultsHandler(db, database.Clock).HandleAsync(actor, new PublishResults(parsed.GetValue(publishPeriod), confirmed), ct));
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.Published(parsed.GetValue(publishPeriod)).In(Cli.Language));
            foreach (var g in groups) o.WriteLine(CliMessages.PublishedGroup(g.Group, g.Units, g.Sha256).In(Cli.Language));
            return Cli.Ok;
        }));

        var verifyPeriod = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var verify = database.With(new Command("verify", Cli.T("Kiểm tra kết quả đã công bố: mã băm và tính lại", "check published results: hash and recomputation")) { verifyPeriod });
        verify.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var groups = await new VerifyResultsHandler(db).HandleAsync(actor, new VerifyResults(parsed.GetValue(verifyPeriod)), ct);
            var o = parsed.InvocationConfiguration.Output;
            foreach (var g in groups)
                o.WriteLine(g.Ok
                    ? CliMessages.Verified(g.Group, g.Sha256).In(Cli.Language)
                    : CliMessages.VerifyFailed(g.Group, g.Problem!).In(Cli.Language));
            if (groups.All(g => g.Ok)) return Cli.Ok;
            parsed.InvocationConfiguration.Error.WriteLine(CliMessages.GroupsFailed(groups.Count(g => !g.Ok), groups.Count).In(Cli.Language));
            return Cli.BadInput;
        }));

        return new Command("results", Cli.T("Kết quả", "published results")) { publish, verify };
    }
}
