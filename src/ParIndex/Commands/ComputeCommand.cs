using System.CommandLine;
using System.Text;
using ParIndex.App.Compute;
using ParIndex.App.Files;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary><c>parindex compute</c>: the stateless computation of a ranking from files.</summary>
internal static class ComputeCommand
{
    public static Command Create()
    {
        var framework = new Option<string>("--framework") { Description = Cli.T("Tệp bộ chỉ số (.json hoặc .xlsx)", "Framework file (.json or .xlsx)"), Required = true };
        var scores = new Option<string>("--scores") { Description = Cli.T("Tệp điểm (.csv hoặc .xlsx), cột `unit,code,value`", "Scores file (.csv or .xlsx): unit,code,value"), Required = true };
        var units = new Option<string?>("--units") { Description = Cli.T("Tệp đơn vị: code,name[,group]", "Units file: code,name[,group]") };
        var previous = new Option<string?>("--previous") { Description = Cli.T("Kết quả năm trước, như compute đã ghi (.csv, .xlsx hoặc .json)", "Previous results, as written by compute (.csv, .xlsx or .json)") };
        var lineage = new Option<string?>("--lineage") { Description = Cli.T("Tệp lịch sử đơn vị: from,to,kind,year[,weight]", "Lineage file: from,to,kind,year[,weight]") };
        var format = new Option<ResultFormat?>("--format") { Description = Cli.T("csv, json, xlsx hoặc table (mặc định: theo --out, không có thì csv)", "csv, json, xlsx or table (default: from --out, else csv)") };
        var output = new Option<string?>("--out") { Description = Cli.T("Tệp kết quả (mặc định: màn hình)", "Output file (default: standard output)") };
        var precision = new Option<int?>("--rank-precision") { Description = Cli.T("Xếp hạng theo chỉ số làm tròn đến số chữ số thập phân này (mặc định: chính xác)", "Rank on the index rounded to this many decimals (default: exact)") };
        var previousScores = new Option<string?>("--previous-scores") { Description = Cli.T("Điểm năm trước (cột `unit,code,value`): thay đổi theo lĩnh vực và tiêu chí thành phần", "Last year's scores (unit,code,value): the change per area and sub-criterion") };
        var previousFramework = new Option<string?>("--previous-framework") { Description = Cli.T("Ấn bản bộ chỉ số năm trước, khi khác --framework", "Last year's framework edition, when it differs from --framework") };
        var crosswalk = new Option<string?>("--crosswalk") { Description = Cli.T("Bảng ánh xạ từ ấn bản năm trước sang ấn bản này (.json hoặc .xlsx)", "Crosswalk from last year's edition to this one (.json or .xlsx)") };
        var combine = new Option<CombineMode>("--combine") { Description = Cli.T("Đơn vị sáp nhập so sánh với các đơn vị trước đó theo: mean hoặc weighted", "How merged units' predecessors combine: mean or weighted"), DefaultValueFactory = _ => CombineMode.Mean };

        var command = new Command("compute", Cli.T("Tính điểm, chỉ số, xếp hạng", "compute points, index, rank, band and change from files"))
        {
            framework, scores, units, previous, lineage, format, output, precision, combine, previousScores, previousFramework, crosswalk,
        };
        command.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var outPath = parsed.GetValue(output);
            var chosen = parsed.GetValue(format) ?? FormatOf(outPath);
            if (chosen == ResultFormat.Xlsx && outPath is null) throw new ImportException([new("--out", "xlsx output needs --out FILE")]);
            var request = new ComputeRequest(
                parsed.GetValue(framework)!, parsed.GetValue(scores)!, parsed.GetValue(units), parsed.GetValue(previous),
                parsed.GetValue(lineage), parsed.GetValue(precision), parsed.GetValue(combine),
                parsed.GetValue(previousScores), parsed.GetValue(previousFramework), parsed.GetValue(crosswalk));
            var result = ProgressBar.Run(parsed.InvocationConfiguration.Error, ProgressMessages.Computing(),
                progress => ComputeResults.Run(request, progress));
            if (outPath is null) parsed.InvocationConfiguration.Output.Write(Encoding.UTF8.GetString(ResultWriter.Render(result, chosen)));
            else Cli.WriteAtomically(outPath, stream => ResultWriter.Write(result, chosen, stream));
            return Cli.Ok;
        }));
        return command;
    }

    private static ResultFormat FormatOf(string? path) => Path.GetExtension(path ?? "").ToLowerInvariant() switch
    {
        ".json" => ResultFormat.Json,
        ".xlsx" => ResultFormat.Xlsx,
        ".txt" => ResultFormat.Table,
        _ => ResultFormat.Csv,
    };
}
