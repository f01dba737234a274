using System.CommandLine;
using System.Text;
using ParIndex.App.Files;
using ParIndex.Domain.Composite;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex composite</c>: a composite index (DDCI or any other) from COINr's iMeta and iData CSV files — normalised
/// indicators, aggregates and rank — or, with <c>--uncertainty</c>, the rank's spread under noisy weights.
/// </summary>
internal static class CompositeCommand
{
    public static Command Create()
    {
        var meta = new Option<string>("--meta") { Description = "Cấu trúc chỉ số (iMeta CSV): iCode,Level,Parent,Weight,Direction,Type[,Target]", Required = true };
        var data = new Option<string>("--data") { Description = "Dữ liệu (iData CSV): uCode và một cột cho mỗi chỉ tiêu", Required = true };
        var normalise = new Option<string>("--normalise") { Description = "minmax[:L:U] (default minmax:0:100), zscore[:M:S], rank, target[:cap]", DefaultValueFactory = _ => "minmax:0:100" };
        var aggregate = new Option<string>("--aggregate") { Description = "amean (weighted arithmetic mean, default) or gmean (weighted geometric mean)", DefaultValueFactory = _ => "amean" };
        var datThresh = new Option<double>("--dat-thresh") { Description = "An aggregate is missing when the share of its children with a value is below this (0–1, default 0)" };
        var weights = new Option<string?>("--weights") { Description = "Trọng số thay thế (CSV iCode,Weight) — weights overriding the structure's" };
        var output = new Option<string?>("--out") { Description = "Output CSV (default: standard output)" };
        var uncertainty = new Option<int?>("--uncertainty") { Description = "Phân tích độ bất định: số lần lặp N — rank uncertainty with N replications" };
        var noise = new Option<string?>("--noise") { Description = "Weight noise per level, LEVEL:FACTOR[,LEVEL:FACTOR…]: w × (1 + u·FACTOR), u uniform on [−1, 1]" };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the random draws (default 1)", DefaultValueFactory = _ => 1UL };

        var command = new Command("composite", "Chỉ số tổng hợp kiểu COINr (DDCI, …): chuẩn hoá, tổng hợp, xếp hạng, độ bất định — composite index from COINr CSV files")
        {
            meta, data, normalise, aggregate, datThresh, weights, output, uncertainty, noise, seed,
        };
        command.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var replications = parsed.GetValue(uncertainty);
            var noiseText = parsed.GetValue(noise);
            if (replications is null != noiseText is null)
                throw new UsageException("--uncertainty N and --noise LEVEL:FACTOR go together / --uncertainty và --noise phải dùng cùng nhau");
            string text;
            try
            {
                var structure = IndexMetaReader.Read(parsed.GetValue(meta)!, Read(parsed.GetValue(meta)!));
                if (parsed.GetValue(weights) is { } weightsPath) structure = WeightsReader.Apply(weightsPath, Read(weightsPath), structure);
                var unitData = UnitDataReader.Read(parsed.GetValue(data)!, Read(parsed.GetValue(data)!), structure);
                var options = new CompositeOptions(Normalisation.Parse(parsed.GetValue(normalise)!),
                    CompositeOptions.ParseAggregation(parsed.GetValue(aggregate)!), parsed.GetValue(datThresh));
                var result = CompositeIndex.Build(structure, unitData, options);
                foreach (var w in result.Warnings) parsed.InvocationConfiguration.Error.WriteLine($"Cảnh báo / Warning: {w}");
                text = replications is { } n
                    ? CompositeCsv.Uncertainty(RankUncertainty.Run(result, WeightNoise.ParseList(noiseText!), n, parsed.GetValue(seed)))
                    : CompositeCsv.Aggregated(result);
            }
            catch (CompositeException e)
            {
                throw new ImportException(e.Problems.Select(p => new ImportProblem(p.File ?? "parindex composite", p.Message, p.Line, p.Column, Node: p.Code)).ToList());
            }
            if (parsed.GetValue(output) is { } outPath) Cli.WriteAtomically(outPath, Encoding.UTF8.GetBytes(text));
            else parsed.InvocationConfiguration.Output.Write(text);
            return Cli.Ok;
        }));
        return command;
    }

    private static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : throw new CompositeException(new CompositeProblem(path, "file not found"));
}
