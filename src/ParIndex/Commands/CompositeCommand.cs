using System.CommandLine;
using System.Text;
using ParIndex.App.Composite;
using ParIndex.App.Features.Composite;
using ParIndex.App.Files;
using ParIndex.Domain.Composite;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// <c>parindex composite</c>: a composite index (DDCI or any other) from COINr's iMeta and iData CSV files — imputed,
/// treated and normalised indicators, aggregates and rank — or, with <c>--uncertainty</c>, the rank's spread under
/// noisy weights. Methods are spelt as COINr names them.
/// </summary>
internal static class CompositeCommand
{
    public static Command Create()
    {
        var meta = new Option<string>("--meta") { Description = Cli.T("Cấu trúc chỉ số", "structure, COINr iMeta CSV: iCode,Level,Parent,Weight,Direction,Type[,Target,Normalisation,…]"), Required = true };
        var data = new Option<string>("--data") { Description = Cli.T("Dữ liệu", "data, COINr iData CSV: uCode, one column per indicator, grouping columns"), Required = true };
        var impute = new Option<string?>("--impute") { Description = Cli.T("Điền giá trị thiếu", "imputation: mean, median, groupmean:COLUMN, groupmedian:COLUMN") };
        var treat = new Option<string?>("--treat") { Description = Cli.T("Xử lý giá trị ngoại lai", "outlier treatment (COINr's default): default or winmax:N") };
        var normalise = new Option<string>("--normalise") { Description = Cli.T("Chuẩn hoá", "normalisation: minmax[:L:U], zscore[:M:S], scaled[:L:U[:F]], rank, prank, borda, fracmax, dist2max, dist2ref:I[:cap], dist2targ[:cap], goalposts[:L:U:S]"), DefaultValueFactory = _ => "minmax:0:100" };
        var aggregate = new Option<string>("--aggregate") { Description = Cli.T("Tổng hợp", "aggregation: amean, gmean, hmean, genmean:p, copeland; per level 2:amean,3:gmean,…"), DefaultValueFactory = _ => "amean" };
        var datThresh = new Option<string>("--dat-thresh") { Description = Cli.T("Ngưỡng đủ dữ liệu", "an aggregate is missing when the share of its children with a value is below this (0–1); per level 2:0.5,3:0.8"), DefaultValueFactory = _ => "0" };
        var weights = new Option<string?>("--weights") { Description = Cli.T("Trọng số", "weights: meta (default), equal, pca[:LEVEL], or a CSV file iCode,Weight overriding the structure's") };
        var output = new Option<string?>("--out") { Description = Cli.T("Tệp kết quả", "output CSV (default: standard output)") };
        var changes = new Option<string?>("--changes") { Description = Cli.T("Tệp các ô đã điền/xử lý", "CSV of every cell imputation or treatment changed, and why") };
        var ranks = new Option<string?>("--ranks") { Description = Cli.T("Tệp thứ hạng", "CSV of every unit's rank on every aggregate") };
        var analysis = new Option<string?>("--analysis") { Description = Cli.T("Tệp phân tích", "CSV of correlations within and between levels and Cronbach's alpha per aggregate") };
        var uncertainty = new Option<int?>("--uncertainty") { Description = Cli.T("Độ bất định của thứ hạng", "rank uncertainty with N replications") };
        var noise = new Option<string?>("--noise") { Description = Cli.T("Nhiễu trọng số theo cấp", "weight noise per level, LEVEL:FACTOR[,…]: w × (1 + u·FACTOR), u uniform on [−1, 1]") };
        var seed = new Option<ulong>("--seed") { Description = Cli.T("Hạt giống ngẫu nhiên", "seed of the random draws"), DefaultValueFactory = _ => 1UL };
        var sensitivity = new Option<int?>("--sensitivity") { Description = Cli.T("Phân tích độ nhạy", "variance-based sensitivity (Saltelli/Jansen) with N base samples, N(d + 2) replications, over the --vary-… factors") };
        var varyWeights = new Option<string?>("--vary-weights") { Description = Cli.T("Nhiễu trọng số", "100 noisy weight sets, LEVEL:FACTOR[,…], as one factor") };
        var varyNormalise = new Option<string[]>("--vary-normalise") { Description = Cli.T("Các cách chuẩn hoá thay thế", "alternative normalisations"), AllowMultipleArgumentsPerToken = true };
        var varyAggregate = new Option<string[]>("--vary-aggregate") { Description = Cli.T("Các cách tổng hợp thay thế", "alternative aggregations (each may be per level)"), AllowMultipleArgumentsPerToken = true };
        var varyImpute = new Option<string[]>("--vary-impute") { Description = Cli.T("Các cách điền thiếu thay thế", "alternative imputations, none for off"), AllowMultipleArgumentsPerToken = true };
        var varyTreat = new Option<string[]>("--vary-treat") { Description = Cli.T("Các cách xử lý ngoại lai thay thế", "alternative treatments, off for none"), AllowMultipleArgumentsPerToken = true };
        var varyDrop = new Option<bool>("--vary-drop") { Description = Cli.T("Bỏ lần lượt từng chỉ tiêu", "drop one indicator at a time (or none) as a factor") };
        var bootstrap = new Option<int>("--bootstrap") { Description = Cli.T("Số lần lấy mẫu lại", "bootstrap samples for the sensitivity indices' 5–95 % intervals"), DefaultValueFactory = _ => 1000 };
        var threads = new Option<int>("--threads") { Description = Cli.T("Số luồng", "threads for the Monte Carlo (0 = every core); the result does not depend on it") };

        var command = new Command("composite", Cli.T("Chỉ số tổng hợp kiểu COINr (DDCI, …): điền thiếu, xử lý ngoại lai, chuẩn hoá, tổng hợp, xếp hạng, độ bất định", "composite index from COINr CSV files"))
        {
            meta, data, impute, treat, normalise, aggregate, datThresh, weights, output, changes, ranks, analysis, uncertainty, noise, seed, threads,
            sensitivity, varyWeights, varyNormalise, varyAggregate, varyImpute, varyTreat, varyDrop, bootstrap,
        };
        command.SetAction(parsed => Cli.Guard(parsed.InvocationConfiguration.Error, () =>
        {
            var replications = parsed.GetValue(uncertainty);
            var noiseText = parsed.GetValue(noise);
            var factors = SensitivityFactors.Parse(parsed.GetValue(varyWeights), parsed.GetValue(varyNormalise), parsed.GetValue(varyAggregate),
                parsed.GetValue(varyImpute), parsed.GetValue(varyTreat), parsed.GetValue(varyDrop));
            var methodical = factors.Varied(0).Count > 0;
            var saltelli = parsed.GetValue(sensitivity);
            if (!methodical && replications is null != noiseText is null)
                throw new UsageException(CliMessages.UncertaintyNeedsNoise());
            if (saltelli is not null && !methodical)
                throw new UsageException(CliMessages.SensitivityNeedsVary());
            var files = new List<(string Path, string Text)>();
            try
            {
                var weightsText = parsed.GetValue(weights);
                var weighting = weightsText is null or "meta" or "equal" || weightsText.StartsWith("pca", StringComparison.OrdinalIgnoreCase)
                    ? Weighting.Parse(weightsText ?? "meta") : Weighting.Structure;
                var weightsFile = weighting == Weighting.Structure && weightsText is not null and not "meta" ? (weightsText, Read(weightsText)) : ((string, string)?)null;
                var inputs = CompositeInputs.Read(parsed.GetValue(meta)!, Read(parsed.GetValue(meta)!), parsed.GetValue(data)!, Read(parsed.GetValue(data)!), weightsFile);
                var options = new CompositeOptions(Normalisation.Parse(parsed.GetValue(normalise)!),
                    CompositeOptions.ParseAggregation(parsed.GetValue(aggregate)!), CompositeOptions.ParseDatThresh(parsed.GetValue(datThresh)!),
                    parsed.GetValue(impute) is { } i ? Imputation.Parse(i) : null,
                    parsed.GetValue(treat) is { } t ? Treatment.Parse(t) : null,
                    weighting);
                var result = inputs.Build(options);
                foreach (var w in result.Warnings) parsed.InvocationConfiguration.Error.WriteLine(CliMessages.Warning(w).In(Cli.Language));
                var text = saltelli is { } ns
                    ? CompositeCsv.Sensitivity(Sensitivity.Run(inputs.Structure, inputs.Data, options, factors, ns, true, parsed.GetValue(seed), parsed.GetValue(bootstrap), parsed.GetValue(threads)))
                    : replications is { } n && methodical
                    ? CompositeCsv.Uncertainty(Sensitivity.Run(inputs.Structure, inputs.Data, options, factors, n, false, parsed.GetValue(seed), 0, parsed.GetValue(threads)).Ranks)
                    : replications is { } m
                    ? CompositeCsv.Uncertainty(RankUncertainty.Run(result, WeightNoise.ParseList(noiseText!), m, parsed.GetValue(seed), parsed.GetValue(threads)))
                    : CompositeCsv.Aggregated(result);
                if (parsed.GetValue(changes) is { } changesPath) files.Add((changesPath, CompositeCsv.Changes(result)));
                if (parsed.GetValue(ranks) is { } ranksPath) files.Add((ranksPath, CompositeCsv.Ranks(result)));
                if (parsed.GetValue(analysis) is { } analysisPath) files.Add((analysisPath, CompositeCsv.Analysis(CompositeAnalysis.Of(result))));
                if (parsed.GetValue(output) is { } outPath) files.Add((outPath, text));
                else parsed.InvocationConfiguration.Output.Write(text);
            }
            catch (CompositeException e)
            {
                throw BuildCompositeHandler.ToImport(e);
            }
            foreach (var (path, text) in files) Cli.WriteAtomically(path, Encoding.UTF8.GetBytes(text));
            return Cli.Ok;
        }));
        return command;
    }

    private static string Read(string path) =>
        File.Exists(path) ? File.ReadAllText(path, Encoding.UTF8) : throw new CompositeException(new CompositeProblem(path, "file not found"));
}
