using System.CommandLine;
using ParIndex.App.Compute;
using ParIndex.App.Files;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.Commands;

/// <summary><c>parindex explain</c>: "why is my score X" — the trace from inputs through rules to the total.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var framework = new Option<string>("--framework") { Description = Cli.T("Tệp bộ chỉ số (.json hoặc .xlsx)", "Framework file (.json or .xlsx)"), Required = true };
        var scores = new Option<string>("--scores") { Description = Cli.T("Tệp điểm (.csv hoặc .xlsx)", "Scores file (.csv or .xlsx)"), Required = true };
        var unit = new Option<string>("--unit") { Description = Cli.T("Mã đơn vị", "Unit code"), Required = true };
        var node = new Option<string?>("--node") { Description = Cli.T("Chỉ lĩnh vực, tiêu chí hoặc tiêu chí thành phần này", "Only this area, criterion or sub-criterion") };
        var english = new Option<bool>("--en") { Description = Cli.T("Giải thích bằng tiếng Anh", "Explain in English") };

        var command = new Command("explain", Cli.T("Vì sao đơn vị được số điểm này", "why a unit has its score, leaf by leaf"))
        {
            framework, scores, unit, node, english,
        };
        command.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var code = parsed.GetValue(unit)!;
            var result = ComputeResults.Run(new ComputeRequest(parsed.GetValue(framework)!, parsed.GetValue(scores)!));
            var u = result.Units.FirstOrDefault(x => string.Equals(x.Unit.Code, code, StringComparison.OrdinalIgnoreCase))
                ?? throw new ImportException([new ImportProblem(parsed.GetValue(scores)!, $"unit {code} has no scores in this file")]);
            var nodeCode = parsed.GetValue(node);
            if (nodeCode is not null && result.Framework.NodeIndex(nodeCode) is null)
                throw new ImportException([new ImportProblem(parsed.GetValue(framework)!, $"there is no node '{nodeCode}'")]);

            var en = parsed.GetValue(english);
            var o = parsed.InvocationConfiguration.Output;
            o.WriteLine(en
                ? $"{u.Unit.Code} {u.Unit.Name}: rank {u.Rank}/{result.Units.Count}, index {NumberText.Invariant(u.PublishedIndex)}%, band {u.Band.LabelEn ?? u.Band.Label}"
                : $"{u.Unit.Code} {u.Unit.Name}: xếp thứ {u.Rank}/{result.Units.Count}, chỉ số {NumberText.Vi(u.PublishedIndex)}%, xếp loại {u.Band.Label}");
            foreach (var line in ScoreTrace.For(u.Score, nodeCode))
            {
                var points = en ? NumberText.Invariant(Publish.Round(line.Points)) : NumberText.Vi(Publish.Round(line.Points));
                var input = line.Input is null ? "" : $" [{line.Input}]";
                o.WriteLine($"{new string(' ', 2 * line.Depth)}{line.Code} {line.Name}: {points}{input} — {(en ? line.Explanation.En : line.Explanation.Vi)}");
            }
            return Cli.Ok;
        }));
        return command;
    }
}
