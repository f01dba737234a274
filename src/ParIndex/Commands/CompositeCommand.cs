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
        var meta = new Option<string>("--meta") { Description = "Cấu trúc chỉ số — structure, COINr iMeta CSV: iCode,Level,Parent,Weight,Direction,Type[,Target]", Required = true };
        var data = new Option<string>("--data") { Description = "Dữ liệu — data, COINr iData CSV: uCode and one column per indicator", Required = true };
        var normalise = new Option<string>("--normalise") { Description = "Chuẩn hoá — normalisation: minmax[:L:U], zscore[:M:S], rank, target[:cap]", DefaultValueFactory = _ => "minmax:0:100" };
        var aggregate = new Option<string>("--aggregate") { Description = "Tổng hợp — aggregation: amean (weighted arithmetic mean) or gmean (weighted geometric mean)", DefaultValueFactory = _ => "amean" };
        var datThresh = new Option<double>("--dat-thresh") { Description = "Ngưỡng đủ dữ liệu — an aggregate is missing when the share of its children with a value is below this (0–1)" };
        var weights = new Option<string?>("--weights") { Description = "Trọng số thay thế — weights overriding the structure's, CSV iCode,Weight" };
        var output = new Option<string?>("--out") { Description = "Tệp kết quả — output CSV (default: standard output)" };
        var uncertainty = new Option<int?>("--uncertainty") { Description = "Độ bất định của thứ hạng — rank uncertainty with N replications" };
        var noise = new Option<string?>("--noise") { Description = "Nhiễu trọng số theo cấp — weight noise per level, LEVEL:FACTOR[,…]: w × (1 + u·FACTOR), u uniform on [−1, 1]" };
        var seed = new Option<ulong>("--seed") { Description = "Hạt giống ngẫu nhiên — seed of the random draws", DefaultValueFactory = _ => 1UL };

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
