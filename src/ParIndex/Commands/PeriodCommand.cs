using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.Commands;

/// <summary><c>parindex period create|open|advance|extend|list</c>: the yearly assessment periods.</summary>
internal static class PeriodCommand
{
    public static Command Create(DatabaseOptions database) =>
        new("period", "Kỳ đánh giá — assessment periods")
        {
            New(database), Open(database), Advance(database), Extend(database), List(database),
        };

    private static Option<int> PeriodId() => new("--period") { Description = "Mã số kỳ đánh giá (xem period list) — period id", Required = true };

    private static Command New(DatabaseOptions database)
    {
        var year = new Option<int>("--year") { Description = "Năm đánh giá — the year assessed", Required = true };
        var name = new Option<string>("--name") { Description = "Tên kỳ, duy nhất — the period's name, unique", Required = true };
        var frameworks = new Option<string[]>("--framework")
        {
            Description = "Mã bộ chỉ số, một cho mỗi khối; lặp lại hoặc ngăn bằng dấu phẩy — framework code per unit group; repeat or comma-separate",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var opens = VietnamTime.Option("--self-assessment-opens", "Mở tự đánh giá — self-assessment opens");
        var closes = VietnamTime.Option("--self-assessment-closes", "Hạn nộp tự đánh giá — self-assessment closes");
        var appraisal = VietnamTime.Option("--appraisal-closes", "Hạn thẩm định — appraisal closes");
        var appeals = VietnamTime.Option("--appeals-close", "Hạn giải trình — appeals close");
        var finalisation = VietnamTime.Option("--finalisation-due", "Hạn chốt kết quả — finalisation due");
        var units = new Option<string?>("--units") { Description = "Chỉ các đơn vị này (mã, ngăn bằng dấu phẩy); mặc định mọi đơn vị của các khối — only these unit codes; default: every unit of the groups valid in the year" };
        var precision = new Option<int?>("--rank-precision") { Description = "Xếp hạng theo chỉ số làm tròn N chữ số — rank on the index rounded to N decimals (default: exact)" };
        var combine = new Option<CombineMode>("--combine") { Description = "Đơn vị sáp nhập so sánh với: mean hoặc weighted — how merged units' predecessors combine", DefaultValueFactory = _ => CombineMode.Mean };

        var command = database.With(new Command("create", "Tạo kỳ đánh giá (dự thảo) — create a draft period")
        {
            year, name, frameworks, opens, closes, appraisal, appeals, finalisation, units, precision, combine,
        });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var deadlines = new PeriodDeadlines(parsed.GetValue(opens), parsed.GetValue(closes), parsed.GetValue(appraisal), parsed.GetValue(appeals), parsed.GetValue(finalisation));
            var codes = Split(parsed.GetValue(frameworks) ?? []);
            var unitCodes = parsed.GetValue(units) is { } list ? Split([list]) : null;
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var period = await new CreatePeriodHandler(db, database.Clock).HandleAsync(actor,
                new CreatePeriod(parsed.GetValue(year), parsed.GetValue(name)!, deadlines, codes, unitCodes, parsed.GetValue(precision), parsed.GetValue(combine)), ct);
            parsed.InvocationConfiguration.Output.WriteLine(
                $"Kỳ đánh giá {period.Id} \"{period.Name}\": dự thảo, {period.Submissions.Count} đơn vị / Period {period.Id} \"{period.Name}\": draft, {period.Submissions.Count} units");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Open(DatabaseOptions database)
    {
        var period = PeriodId();
        var command = database.With(new Command("open", "Mở kỳ đánh giá cho đơn vị tự đánh giá (Draft → SelfAssessment) — open a draft period for self-assessment") { period });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var id = parsed.GetValue(period);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var move = await new AdvancePeriodHandler(db, database.Clock).HandleAsync(actor, new AdvancePeriod(id, PeriodState.Draft), ct);
            parsed.InvocationConfiguration.Output.WriteLine($"Kỳ đánh giá {id}: {move.From} → {move.To}");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Advance(DatabaseOptions database)
    {
        var period = PeriodId();
        var command = database.With(new Command("advance", "Chuyển kỳ đánh giá sang giai đoạn tiếp theo — move a period to its next stage") { period });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var id = parsed.GetValue(period);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var move = await new AdvancePeriodHandler(db, database.Clock).HandleAsync(actor, new AdvancePeriod(id), ct);
            parsed.InvocationConfiguration.Output.WriteLine($"Kỳ đánh giá {id}: {move.From} → {move.To}");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Extend(DatabaseOptions database)
    {
        var period = PeriodId();
        var unit = new Option<string>("--unit") { Description = "Mã đơn vị — unit code", Required = true };
        var until = VietnamTime.Option("--until", "Hạn mới (sau hạn chung) — the unit's new self-assessment deadline");
        var reason = new Option<string>("--reason") { Description = "Lý do gia hạn (ghi nhật ký) — why (logged)", Required = true };
        var command = database.With(new Command("extend", "Gia hạn tự đánh giá cho một đơn vị — give one unit a later self-assessment deadline") { period, unit, until, reason });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var request = new GrantExtension(parsed.GetValue(period), parsed.GetValue(unit)!, parsed.GetValue(until), parsed.GetValue(reason)!);
            await new GrantExtensionHandler(db, database.Clock).HandleAsync(actor, request, ct);
            parsed.InvocationConfiguration.Output.WriteLine(
                $"Đơn vị {request.UnitCode} được gia hạn đến {VietnamTime.Text(request.Until)} / Unit {request.UnitCode} may self-assess until {VietnamTime.Text(request.Until)} (UTC+07:00)");
            return Cli.Ok;
        }));
        return command;
    }

    private static Command List(DatabaseOptions database)
    {
        var command = database.With(new Command("list", "Danh sách kỳ đánh giá — list the periods"), actor: false);
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var periods = await new ListPeriodsHandler(db).HandleAsync(new ListPeriods(), ct);
            var o = parsed.InvocationConfiguration.Output;
            if (periods.Count == 0)
            {
                o.WriteLine("Chưa có kỳ đánh giá nào / There are no periods");
                return Cli.Ok;
            }
            Terminal.Table(o, ["Id", "Năm / Year", "Tên / Name", "Giai đoạn / Stage", "Bộ chỉ số / Frameworks", "Đơn vị / Units", "Hạn tự đánh giá / Self-assessment closes", "Hạn chốt / Finalisation due"],
                periods.Select(p => (IReadOnlyList<string>)[p.Id.ToString(), p.Year.ToString(), p.Name, p.State.ToString(), string.Join(", ", p.Frameworks.Order(StringComparer.Ordinal)),
                    p.Units.ToString(), VietnamTime.Text(p.SelfAssessmentCloses), VietnamTime.Text(p.FinalisationDue)]));
            return Cli.Ok;
        }));
        return command;
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
