using System.CommandLine;
using System.Globalization;
using ParIndex.App.Features.Documents;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex report dossier|appraisal|appeals|annex --period ID …  --out FILE</c>: the documents to print and sign
/// (PDF), through their use cases, as the user of <c>--as</c> (default: the operator, an administrator); the place and
/// bodies they name come from the <c>Documents</c> settings.
/// </summary>
internal static class DocumentCommand
{
    public static IEnumerable<Command> Create(DatabaseOptions database)
    {
        yield return Sub(database, "dossier", Cli.T("Báo cáo tự đánh giá của một đơn vị để ký (PDF)", "a unit's self-assessment dossier"), unitRequired: true, group: false,
            (db, settings, actor, period, unit, _, ct) => new PrintDossierHandler(db, database.Clock, settings).HandleAsync(actor, new PrintDossier(period, unit!), ct));
        yield return Sub(database, "appraisal", Cli.T("Biên bản thẩm định của một đơn vị (PDF)", "a unit's appraisal minutes"), unitRequired: true, group: false,
            (db, settings, actor, period, unit, _, ct) => new PrintAppraisalMinutesHandler(db, database.Clock, settings).HandleAsync(actor, new PrintAppraisalMinutes(period, unit!), ct));
        yield return Sub(database, "appeals", Cli.T("Thông báo kết quả giải quyết giải trình (PDF), mọi đơn vị hoặc --unit", "the council's appeal decisions"), unitRequired: false, group: false,
            (db, settings, actor, period, unit, _, ct) => new PrintAppealDecisionsHandler(db, database.Clock, settings).HandleAsync(actor, new PrintAppealDecisions(period, unit), ct));
        yield return Sub(database, "annex", Cli.T("Phụ lục xếp hạng kèm quyết định công bố (PDF), mọi khối hoặc --group", "the publication annex"), unitRequired: false, group: true,
            (db, settings, _, period, _, g, ct) => new PrintPublicationAnnexHandler(db, database.Clock, settings).HandleAsync(new PrintPublicationAnnex(period, g), ct));
    }

    private delegate Task<PrintedDocument> Print(App.Data.AppDbContext db, DocumentSettings settings, App.Security.Actor actor, int period, string? unit, string? group, CancellationToken ct);

    private static Command Sub(DatabaseOptions database, string name, string description, bool unitRequired, bool group, Print print)
    {
        var period = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var unit = new Option<string?>("--unit") { Description = Cli.T("Mã đơn vị", "unit code"), Required = unitRequired };
        var groupOption = new Option<string?>("--group") { Description = Cli.T("Khối đơn vị (mặc định: mọi khối đã công bố)", "unit group (default: every published group)") };
        var output = new Option<FileInfo>("--out") { Description = Cli.T("Tệp PDF", "output file"), Required = true };
        var command = database.With(new Command(name, description) { period, output });
        command.Options.Add(group ? groupOption : unit);
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var settings = DocumentSettings.From(database.Configuration(parsed));
            var document = await print(db, settings, actor, parsed.GetValue(period), parsed.GetValue(unit), parsed.GetValue(groupOption), ct);
            var bytes = await document.PdfAsync(ct);
            var file = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, bytes, ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.Wrote(file.FullName, bytes.Length, document.Title).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }
}
