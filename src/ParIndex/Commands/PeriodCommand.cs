using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Commands;

/// <summary><c>parindex period create|open|advance|back|extend|non-submitters|list</c>: the yearly assessment periods.</summary>
internal static class PeriodCommand
{
    public static Command Create(DatabaseOptions database) =>
        new("period", Cli.T("Kỳ đánh giá", "assessment periods"))
        {
            New(database), Open(database), Advance(database), Back(database), Extend(database), NonSubmitters(database), List(database),
        };

    private static Option<int> PeriodId() => new("--period") { Description = Cli.T("Mã số kỳ đánh giá (xem `parindex period list`)", "Period id (see `parindex period list`)"), Required = true };

    private static Command New(DatabaseOptions database)
    {
        var year = new Option<int>("--year") { Description = Cli.T("Năm đánh giá", "the year assessed"), Required = true };
        var name = new Option<string>("--name") { Description = Cli.T("Tên kỳ, duy nhất", "the period's name, unique"), Required = true };
        var frameworks = new Option<string[]>("--framework")
        {
            Description = Cli.T("Mã bộ chỉ số, một cho mỗi khối; lặp lại hoặc ngăn bằng dấu phẩy", "framework code per unit group; repeat or comma-separate"),
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var opens = VietnamTime.Option("--self-assessment-opens", Cli.T("Mở tự đánh giá", "self-assessment opens"));
        var closes = VietnamTime.Option("--self-assessment-closes", Cli.T("Hạn nộp tự đánh giá", "self-assessment closes"));
        var appraisal = VietnamTime.Option("--appraisal-closes", Cli.T("Hạn thẩm định", "appraisal closes"));
        var appeals = VietnamTime.Option("--appeals-close", Cli.T("Hạn giải trình", "appeals close"));
        var finalisation = VietnamTime.Option("--finalisation-due", Cli.T("Hạn chốt kết quả", "finalisation due"));
        var units = new Option<string?>("--units") { Description = Cli.T("Chỉ các đơn vị này (mã, ngăn bằng dấu phẩy); mặc định mọi đơn vị của các khối", "only these unit codes; default: every unit of the groups valid in the year") };
        var precision = new Option<int?>("--rank-precision") { Description = Cli.T("Xếp hạng theo chỉ số làm tròn N chữ số", "rank on the index rounded to N decimals (default: exact)") };
        var combine = new Option<CombineMode>("--combine") { Description = Cli.T("Đơn vị sáp nhập so sánh với: mean hoặc weighted", "how merged units' predecessors combine"), DefaultValueFactory = _ => CombineMode.Mean };
        var nonSubmitters = PolicyOption(required: false);

        var command = database.With(new Command("create", Cli.T("Tạo kỳ đánh giá (dự thảo)", "create a draft period"))
        {
            year, name, frameworks, opens, closes, appraisal, appeals, finalisation, units, precision, combine, nonSubmitters,
        });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var deadlines = new PeriodDeadlines(parsed.GetValue(opens), parsed.GetValue(closes), parsed.GetValue(appraisal), parsed.GetValue(appeals), parsed.GetValue(finalisation));
            var codes = Split(parsed.GetValue(frameworks) ?? []);
            var unitCodes = parsed.GetValue(units) is { } list ? Split([list]) : null;
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var period = await new CreatePeriodHandler(db, database.Clock).HandleAsync(actor,
                new CreatePeriod(parsed.GetValue(year), parsed.GetValue(name)!, deadlines, codes, unitCodes, parsed.GetValue(precision), parsed.GetValue(combine),
                    NonSubmitters: Policy(parsed.GetValue(nonSubmitters))), ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.PeriodCreated(period.Id, period.Name, period.State, period.Submissions.Count).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Open(DatabaseOptions database)
    {
        var period = PeriodId();
        var command = database.With(new Command("open", Cli.T("Mở kỳ đánh giá cho đơn vị tự đánh giá (Chuẩn bị → Tự đánh giá)", "Open a draft period for self-assessment (Draft → Self-assessment)")) { period });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var id = parsed.GetValue(period);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var move = await new AdvancePeriodHandler(db, database.Clock).HandleAsync(actor, new AdvancePeriod(id, PeriodState.Draft), ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.PeriodMoved(id, move.From, move.To).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Advance(DatabaseOptions database)
    {
        var period = PeriodId();
        var yes = StageChecklistText.Yes();
        var command = database.With(new Command("advance",
            Cli.T("Chuyển kỳ đánh giá sang giai đoạn tiếp theo; in danh sách việc chưa xong, đi tiếp chỉ khi có --yes", "move a period to its next stage; prints the open items and goes on past them only with --yes"))
        {
            period, yes,
        });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var id = parsed.GetValue(period);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var (confirmed, exit) = await StageChecklistText.ConfirmAsync(parsed, db, actor, id, parsed.GetValue(yes), ct);
            if (exit is { } code) return code;
            var move = await new AdvancePeriodHandler(db, database.Clock).HandleAsync(actor, new AdvancePeriod(id, Confirmed: confirmed), ct);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.PeriodMoved(id, move.From, move.To).In(Cli.Language));
            foreach (var c in move.Changed) o.WriteLine(CliMessages.UnitMoved(c.UnitCode, c.From, c.To).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command Back(DatabaseOptions database)
    {
        var period = PeriodId();
        var reason = new Option<string>("--reason") { Description = Cli.T("Lý do (bắt buộc, ghi nhật ký)", "why (required, logged)"), Required = true };
        var command = database.With(new Command("back",
            Cli.T("Lùi kỳ đánh giá một giai đoạn; mở lại kỳ đã công bố (chỉ quản trị hệ thống)", "step a period back one stage; reopen a published period (administrator only)"))
        {
            period, reason,
        });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            var id = parsed.GetValue(period);
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var move = await new ReopenPeriodHandler(db, database.Clock).HandleAsync(actor, new ReopenPeriod(id, parsed.GetValue(reason)!), ct);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(CliMessages.PeriodMoved(id, move.From, move.To).In(Cli.Language));
            foreach (var g in move.Withdrawn) o.WriteLine(CliMessages.Withdrawn(g).In(Cli.Language));
            foreach (var c in move.Changed) o.WriteLine(CliMessages.UnitMoved(c.UnitCode, c.From, c.To).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command NonSubmitters(DatabaseOptions database)
    {
        var period = PeriodId();
        var policy = PolicyOption(required: true);
        var command = database.With(new Command("non-submitters",
            Cli.T("Chọn cách xử lý đơn vị không nộp hồ sơ (đến hết giai đoạn tự đánh giá)", "choose what happens to units that never submit (until self-assessment ends)"))
        {
            period, policy,
        });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var chosen = Policy(parsed.GetValue(policy));
            await new SetNonSubmitterPolicyHandler(db, database.Clock).HandleAsync(actor, new SetNonSubmitterPolicy(parsed.GetValue(period), chosen), ct);
            var (vi, en) = OpenItemText.Policy(chosen);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.PeriodPolicy(parsed.GetValue(period), new Both(vi, en)).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static readonly Dictionary<string, NonSubmitterPolicy> Policies = new(StringComparer.OrdinalIgnoreCase)
    {
        ["as-entered"] = NonSubmitterPolicy.ScoreAsEntered, ["zero"] = NonSubmitterPolicy.ScoreZero, ["exclude"] = NonSubmitterPolicy.Exclude,
    };

    private static Option<string> PolicyOption(bool required)
    {
        var option = new Option<string>("--non-submitters")
        {
            Description = Cli.T("Đơn vị không nộp: as-entered (chấm theo những gì đã nhập, mặc định), zero (0 điểm), exclude (không xếp hạng, công bố lý do)",
                "Units that never submit: as-entered (scored on what they entered, the default), zero, exclude (not ranked, reason published)"),
            Required = required,
        };
        option.AcceptOnlyFromAmong([.. Policies.Keys]);
        return option;
    }

    private static NonSubmitterPolicy Policy(string? value) => value is null ? NonSubmitterPolicy.ScoreAsEntered : Policies[value];

    private static Command Extend(DatabaseOptions database)
    {
        var period = PeriodId();
        var unit = new Option<string>("--unit") { Description = Cli.T("Mã đơn vị", "unit code"), Required = true };
        var until = VietnamTime.Option("--until", Cli.T("Hạn mới (sau hạn chung)", "the unit's new self-assessment deadline"));
        var reason = new Option<string>("--reason") { Description = Cli.T("Lý do gia hạn (ghi nhật ký)", "why (logged)"), Required = true };
        var command = database.With(new Command("extend", Cli.T("Gia hạn tự đánh giá cho một đơn vị", "give one unit a later self-assessment deadline")) { period, unit, until, reason });
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var actor = await database.ActorAsync(parsed, db, ct);
            var request = new GrantExtension(parsed.GetValue(period), parsed.GetValue(unit)!, parsed.GetValue(until), parsed.GetValue(reason)!);
            await new GrantExtensionHandler(db, database.Clock).HandleAsync(actor, request, ct);
            parsed.InvocationConfiguration.Output.WriteLine(CliMessages.Extended(request.UnitCode, VietnamTime.Text(request.Until)).In(Cli.Language));
            return Cli.Ok;
        }));
        return command;
    }

    private static Command List(DatabaseOptions database)
    {
        var command = database.With(new Command("list", Cli.T("Danh sách kỳ đánh giá", "list the periods")), actor: false);
        command.SetAction((parsed, ct) => Cli.GuardAsync(parsed.InvocationConfiguration.Error, async () =>
        {
            await using var db = await database.OpenAsync(parsed, ct);
            var periods = await new ListPeriodsHandler(db).HandleAsync(new ListPeriods(), ct);
            var o = parsed.InvocationConfiguration.Output;
            if (periods.Count == 0)
            {
                o.WriteLine(CliMessages.NoPeriods().In(Cli.Language));
                return Cli.Ok;
            }
            Terminal.Table(o, ["Id", .. new[] { CliMessages.YearColumn(), CliMessages.NameColumn(), CliMessages.StageColumn(), CliMessages.FrameworksColumn(), CliMessages.UnitsColumn(),
                    CliMessages.SelfAssessmentClosesColumn(), CliMessages.FinalisationDueColumn() }.Select(c => c.In(Cli.Language))],
                periods.Select(p => (IReadOnlyList<string>)[p.Id.ToString(), p.Year.ToString(), p.Name, Catalogue.Arg(p.State, Cli.Language), string.Join(", ", p.Frameworks.Order(StringComparer.Ordinal)),
                    p.Units.ToString(), VietnamTime.Text(p.SelfAssessmentCloses), VietnamTime.Text(p.FinalisationDue)]));
            return Cli.Ok;
        }));
        return command;
    }

    private static List<string> Split(IEnumerable<string> values) =>
        [.. values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).Distinct(StringComparer.Ordinal)];
}
