using System.CommandLine;
using System.Globalization;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Files;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;

namespace ParIndex.Commands;

/// <summary><c>parindex survey define|import|invite|sample-size|results|apply</c>: sociological surveys (SIPAS, DDCI) and their bridge into the PAR INDEX.</summary>
internal static class SurveyCommand
{
    public static Command Create(DatabaseOptions database) =>
        new("survey", Cli.T("Khảo sát xã hội học (SIPAS, DDCI)", "surveys"))
        {
            Define(database), Import(database), Invite(database), SampleSizeCommand(), Results(database), Apply(database),
        };

    private static Option<string> SurveyCode() => new("--survey") { Description = Cli.T("Mã cuộc khảo sát", "survey code"), Required = true };

    private static Command Define(DatabaseOptions database)
    {
        var file = new Option<string>("--file") { Description = Cli.T("Phiếu khảo sát (.json hoặc .xlsx)", "questionnaire file"), Required = true };
        var year = new Option<int>("--year") { Description = Cli.T("Năm khảo sát", "the year surveyed"), DefaultValueFactory = _ => DateTime.Today.Year };
        var code = new Option<string?>("--code") { Description = Cli.T("Mã cuộc khảo sát (mặc định: mã phiếu)", "survey code (default: the questionnaire's)") };
        var threshold = new Option<decimal>("--threshold") { Description = Cli.T("Điểm hài lòng tối thiểu (1–5)", "satisfied at or above this score"), DefaultValueFactory = _ => 4m };
        var min = new Option<int>("--min-respondents") { Description = Cli.T("Số phiếu tối thiểu để xếp hạng một đơn vị", "minimum responses per unit to be ranked"), DefaultValueFactory = _ => 30 };
        var populations = new Option<string?>("--populations") { Description = Cli.T("Dân số theo tầng (.csv/.xlsx, cột `unit,respondent,population`)", "stratum populations for design weights") };
        var command = database.With(new Command("define", Cli.T("Định nghĩa hoặc cập nhật cuộc khảo sát", "define or update a survey")) { file, year, code, threshold, min, populations });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var defined = await new DefineSurveyHandler(db, database.Clock).HandleAsync(actor, new DefineSurvey(parsed.GetValue(file)!, parsed.GetValue(year),
                parsed.GetValue(code), parsed.GetValue(threshold), parsed.GetValue(min), parsed.GetValue(populations)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.SurveyDefined(defined.Code, defined.Name, defined.Created, defined.Questions, defined.Sha256).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Import(DatabaseOptions database)
    {
        var survey = SurveyCode();
        var file = new Option<string>("--file") { Description = Cli.T("Tệp phiếu trả lời (.csv UTF-8 hoặc .xlsx, như KoboToolbox/ODK xuất)", "answers file"), Required = true };
        var command = database.With(new Command("import", Cli.T("Nhập phiếu trả lời: tất cả hoặc không", "import responses, all or nothing")) { survey, file });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var result = await ProgressBar.RunAsync(parsed.InvocationConfiguration.Error, ProgressMessages.ImportingResponses(),
                progress => new ImportResponsesHandler(db, database.Clock).HandleAsync(actor, new ImportResponses(parsed.GetValue(survey)!, parsed.GetValue(file)!), ct, progress));
            parsed.InvocationConfiguration.Output.WriteLine(
                CliMessages.ResponsesImported(result.Added, result.Unchanged).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Invite(DatabaseOptions database)
    {
        var survey = SurveyCode();
        var unit = new Option<string>("--unit") { Description = Cli.T("Đơn vị được đánh giá", "the unit the answers are about"), Required = true };
        var respondent = new Option<string>("--respondent") { Description = Cli.T("citizen, business hoặc official", "citizen, business or official"), DefaultValueFactory = _ => "citizen" };
        var count = new Option<int>("--count") { Description = Cli.T("Số đường dẫn (1–1000)", "how many links"), DefaultValueFactory = _ => 1 };
        var command = database.With(new Command("invite", Cli.T("Phát đường dẫn trả lời khảo sát trực tuyến /khao-sat/{token}, mỗi đường dẫn một phiếu", "issue web survey links, one response each")) { survey, unit, respondent, count });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var type = SurveyText.Respondent(parsed.GetValue(respondent)) ?? throw new UsageException(CliMessages.RespondentUnknown(parsed.GetValue(respondent)));
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var tokens = await new IssueSurveyInvitationsHandler(db, database.Clock).HandleAsync(actor,
                new IssueSurveyInvitations(parsed.GetValue(survey)!, parsed.GetValue(unit)!, type, parsed.GetValue(count)), ct);
            foreach (var token in tokens) parsed.InvocationConfiguration.Output.WriteLine($"/khao-sat/{token}");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command SampleSizeCommand()
    {
        var population = new Option<long?>("--population") { Description = Cli.T("Tổng thể N", "population size") };
        var margin = new Option<decimal>("--margin") { Description = Cli.T("Sai số e, ví dụ 0.05", "margin of error"), DefaultValueFactory = _ => 0.05m };
        var strata = new Option<string?>("--strata") { Description = Cli.T("Tầng (.csv/.xlsx: stratum,population)", "strata file: n per stratum") };
        var total = new Option<long?>("--total") { Description = Cli.T("Phân bổ tổng mẫu này theo tỷ lệ dân số các tầng", "allocate this total over the strata") };
        var command = new Command("sample-size", Cli.T("Cỡ mẫu n = N / (1 + N·e²) và phân bổ mẫu", "sample size and allocation")) { population, margin, strata, total };
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, () =>
        {
            var o = parsed.InvocationConfiguration.Output;
            var e = parsed.GetValue(margin);
            if (e is <= 0m or >= 1m) throw new UsageException(CliMessages.MarginOutside(e.ToString(CultureInfo.InvariantCulture)));
            if (parsed.GetValue(population) is { } n)
            {
                if (n < 0) throw new UsageException(CliMessages.PopulationNegative());
                o.WriteLine($"N = {n}, e = {e.ToString(CultureInfo.InvariantCulture)}: n = {SampleSize.For(n, e)}");
            }
            if (parsed.GetValue(strata) is { } file)
            {
                var rows = ReadStrata(file);
                var allocation = parsed.GetValue(total) is { } t ? SampleSize.Allocate(t, rows) : null;
                o.WriteLine(allocation is null ? "stratum,population,n" : "stratum,population,n,allocated");
                using var csv = CsvOutput.To(o);
                for (var i = 0; i < rows.Count; i++)
                {
                    csv.Field(rows[i].Stratum).Number(rows[i].Population).Number(SampleSize.For(rows[i].Population, e));
                    if (allocation is not null) csv.Number(allocation[i].Sample);
                    csv.EndRow();
                }
            }
            else if (parsed.GetValue(population) is null)
                throw new UsageException(CliMessages.PopulationOrStrata());
            return Task.FromResult(Cli.Ok);
        }));
        return command;
    }

    private static List<(string Stratum, long Population)> ReadStrata(string file)
    {
        var table = Table.Load(file);
        var problems = new List<ImportProblem>();
        var cols = table.RequireColumns(problems, "stratum", "population");
        ImportException.ThrowIfAny(problems);
        var rows = new List<(string, long)>();
        foreach (var row in table.Rows)
        {
            if (long.TryParse(row.Cell(cols[1]), NumberStyles.None, CultureInfo.InvariantCulture, out var n)) rows.Add((row.Cell(cols[0]), n));
            else problems.Add(table.Problem(row, cols[1], $"'{row.Cell(cols[1])}' is not a whole number"));
        }
        ImportException.ThrowIfAny(problems);
        return rows;
    }

    private static Command Results(DatabaseOptions database)
    {
        var survey = SurveyCode();
        var unit = new Option<string?>("--unit") { Description = Cli.T("Chỉ đơn vị này", "only this unit") };
        var format = new Option<string>("--format") { Description = Cli.T("csv hoặc json", "csv or json"), DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "json");
        var output = new Option<string?>("--out") { Description = Cli.T("Ghi ra tệp này (mặc định: màn hình)", "write to this file (default: standard output)") };
        var command = database.With(new Command("results", Cli.T("Tỷ lệ hài lòng, điểm trung bình, KTC 95 %, chỉ số SIPAS", "survey measures with 95% intervals")) { survey, unit, format, output });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var view = await new GetSurveyResultsHandler(db).HandleAsync(actor, new GetSurveyResults(parsed.GetValue(survey)!, parsed.GetValue(unit)), ct);
            var text = parsed.GetValue(format) == "json" ? SurveyResultsFile.Json(view) : SurveyResultsFile.Csv(view);
            if (parsed.GetValue(output) is { } path) await File.WriteAllTextAsync(path, text, ct);
            else parsed.InvocationConfiguration.Output.Write(text);
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Apply(DatabaseOptions database)
    {
        var survey = SurveyCode();
        var period = new Option<int>("--period") { Description = Cli.T("Mã số kỳ đánh giá", "period id"), Required = true };
        var command = database.With(new Command("apply", Cli.T("Đưa kết quả khảo sát vào điểm các tiêu chí khảo sát của kỳ", "write survey indicators into the period's survey-derived scores")) { survey, period });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var applied = await new ApplySurveyHandler(db, database.Clock).HandleAsync(actor, new ApplySurvey(parsed.GetValue(survey)!, parsed.GetValue(period)), ct);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.SurveyApplied(applied.Written, applied.Unchanged).In(Cli.Language));
            foreach (var s in applied.Skipped) o.WriteLine(CliMessages.SurveySkipped(s).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }
}
