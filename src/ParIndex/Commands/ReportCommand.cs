using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Analysis;
using ParIndex.Domain.Analysis;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex report analysis|scorecard|workbook --period ID [--group G] [--unit CODE] --out FILE</c>: the analysis
/// report (PDF), a unit's one-page scorecard (PDF) and the analysis workbook (XLSX), through the GetAnalysis use case;
/// and the documents to print and sign (<see cref="DocumentCommand"/>).
/// </summary>
internal static class ReportCommand
{
    public static Command Create(DatabaseOptions database)
    {
        var report = new Command("report", Cli.T("Báo cáo phân tích (PDF), phiếu kết quả đơn vị (PDF), sổ tính phân tích (XLSX), văn bản để ký (PDF)", "reports and documents"));
        report.Subcommands.Add(Sub(database, "analysis", Cli.T("Báo cáo phân tích, đánh giá của một khối (PDF)", "a group's analysis report as PDF"), Kind.Analysis));
        report.Subcommands.Add(Sub(database, "scorecard", Cli.T("Phiếu kết quả một trang của một đơn vị (PDF)", "a unit's one-page scorecard as PDF"), Kind.Scorecard));
        report.Subcommands.Add(Sub(database, "workbook", Cli.T("Sổ tính phân tích (XLSX): xếp hạng, thành phần, chi tiết, điểm bị mất", "the analysis workbook"), Kind.Workbook));
        foreach (var document in DocumentCommand.Create(database)) report.Subcommands.Add(document);
        return report;
    }

    private enum Kind
    {
        Analysis,
        Scorecard,
        Workbook,
    }

    private static Command Sub(DatabaseOptions database, string name, string description, Kind kind)
    {
        var period = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var group = new Option<string?>("--group") { Description = Cli.T("Khối đơn vị (mặc định: khối đầu tiên, hoặc khối của --unit)", "unit group") };
        var unit = new Option<string?>("--unit") { Description = Cli.T("Mã đơn vị", "unit code"), Required = kind == Kind.Scorecard };
        var output = new Option<FileInfo>("--out") { Description = Cli.T("Tệp kết quả", "output file"), Required = true };
        var draws = new Option<int>("--draws") { Description = Cli.T("Số lần mô phỏng độ vững của thứ hạng, 0 = không", "Monte Carlo draws for rank robustness"), DefaultValueFactory = _ => 1000 };
        var noise = new Option<decimal>("--noise") { Description = Cli.T("Biên độ thay đổi trọng số lĩnh vực, %", "area weight perturbation, ±%"), DefaultValueFactory = _ => 10m };
        var seed = new Option<int>("--seed") { Description = Cli.T("Hạt giống ngẫu nhiên", "random seed"), DefaultValueFactory = _ => 1 };
        var command = database.With(new Command(name, description) { period, group, unit, output });
        if (kind == Kind.Analysis)
        {
            command.Options.Add(draws);
            command.Options.Add(noise);
            command.Options.Add(seed);
        }
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var code = parsed.GetValue(unit);
            var groupName = parsed.GetValue(group) ?? (code is null ? null : await db.Units.Where(u => u.Code == code).Select(u => u.Group).FirstOrDefaultAsync(ct));
            var robustness = kind == Kind.Analysis && parsed.GetValue(draws) > 0
                ? new RobustnessOptions(parsed.GetValue(draws), parsed.GetValue(noise) / 100m, parsed.GetValue(seed))
                : null;
            var view = await new GetAnalysisHandler(db).HandleAsync(actor, new GetAnalysis(parsed.GetValue(period), groupName, code, robustness), ct);
            var bytes = kind switch
            {
                Kind.Workbook => ProgressBar.Run(parsed.InvocationConfiguration.Error, ProgressMessages.WritingWorkbook(),
                    progress => AnalysisWorkbook.Write(view, progress)),
                Kind.Scorecard => await PdfPrinter.PrintAsync(ScorecardReport.Html(view), ct),
                _ => await PdfPrinter.PrintAsync(AnalysisReport.Html(view), ct),
            };
            var file = parsed.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, bytes, ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.Wrote(file.FullName, bytes.Length,
                $"{view.Ranking.Group}, {view.Ranking.PeriodName}{(code is null ? "" : ", " + code)}").In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }
}
