using System.Globalization;
using System.Text;
using System.Text.Json;
using ParIndex.App.Composite;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Composite;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Composite;

/// <summary>What to download from a composite-index build.</summary>
public enum CompositeDownload
{
    /// <summary>The aggregated table: normalised indicators, aggregates, rank.</summary>
    Results,
    /// <summary>Every unit's rank on every aggregate.</summary>
    Ranks,
    /// <summary>The cells imputation and treatment changed, and why.</summary>
    Changes,
    /// <summary>Correlations within and between levels, Cronbach's alpha.</summary>
    Analysis,
    /// <summary>Rank uncertainty (with <see cref="BuildComposite.Replications"/> and noise or varied methods).</summary>
    Uncertainty,
    /// <summary>Variance-based sensitivity indices over the varied methods.</summary>
    Sensitivity,
}

/// <summary>How the chosen table is written: CSV, one Excel sheet, or JSON (columns and rows, numbers as numbers).</summary>
public enum CompositeFormat
{
    Csv,
    Xlsx,
    Json,
}

/// <summary>
/// Builds a composite index from uploaded COINr files (structure and data, as texts with their file names) with the
/// methods spelt as on the command line, and returns one table as CSV, XLSX or JSON. Only the secretariat (or an admin)
/// may: the files are the caller's own, nothing is stored.
/// </summary>
public sealed record BuildComposite(
    string MetaFile, string MetaText, string DataFile, string DataText,
    CompositeDownload Download = CompositeDownload.Results, CompositeFormat Format = CompositeFormat.Csv,
    string Normalise = "minmax", string Aggregate = "amean", string DatThresh = "0",
    string? Impute = null, string? Treat = null, string Weights = "meta",
    int Replications = 0, string? Noise = null, IReadOnlyList<string>? VaryNormalise = null, IReadOnlyList<string>? VaryAggregate = null,
    ulong Seed = 1, IReadOnlyList<string>? VaryImpute = null, IReadOnlyList<string>? VaryTreat = null, bool VaryDrop = false);

public sealed record CompositeFile(string Name, string ContentType, byte[] Bytes);

public sealed class BuildCompositeHandler
{
    public const int MaxReplications = 100_000;

    /// <summary>Who may build a composite index; the API asks before it reads the request body.</summary>
    public static void Authorize(Actor actor) =>
        Access.Require(actor, Act.BuildComposite, Role.Admin, Role.Secretariat);

    /// <summary>Checks the actor, then builds on the thread pool (the Monte Carlo runs on every core).</summary>
    public Task<CompositeFile> HandleAsync(Actor actor, BuildComposite request, CancellationToken ct = default)
    {
        Authorize(actor);
        return Task.Run(() => Build(request), ct);
    }

    private static CompositeFile Build(BuildComposite request)
    {
        try
        {
            var inputs = CompositeInputs.Read(request.MetaFile, request.MetaText, request.DataFile, request.DataText);
            var options = CompositeOptions.Parse(request.Normalise, request.Aggregate, request.DatThresh, request.Impute, request.Treat, request.Weights);
            var result = inputs.Build(options);
            var factors = SensitivityFactors.Parse(request.Noise, request.VaryNormalise, request.VaryAggregate, request.VaryImpute, request.VaryTreat, request.VaryDrop);
            if (request.Download is CompositeDownload.Uncertainty or CompositeDownload.Sensitivity && request.Replications is < 3 or > MaxReplications)
                throw Refused($"số lần lặp phải từ 3 đến {MaxReplications} / the replications must be 3 to {MaxReplications}");
            var csv = request.Download switch
            {
                CompositeDownload.Results => CompositeCsv.Aggregated(result),
                CompositeDownload.Ranks => CompositeCsv.Ranks(result),
                CompositeDownload.Changes => CompositeCsv.Changes(result),
                CompositeDownload.Analysis => CompositeCsv.Analysis(CompositeAnalysis.Of(result)),
                CompositeDownload.Uncertainty => CompositeCsv.Uncertainty(
                    Sensitivity.Run(inputs.Structure, inputs.Data, options, factors, request.Replications, false, request.Seed).Ranks),
                _ => CompositeCsv.Sensitivity(Sensitivity.Run(inputs.Structure, inputs.Data, options, factors, request.Replications, true, request.Seed, 1000)),
            };
            var name = "chi-so-tong-hop-" + request.Download.ToString().ToLowerInvariant();
            return request.Format switch
            {
                CompositeFormat.Xlsx => new CompositeFile(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Workbook(csv, request.Download.ToString())),
                CompositeFormat.Json => new CompositeFile(name + ".json", "application/json; charset=utf-8", Json(csv, request.Download)),
                _ => new CompositeFile(name + ".csv", "text/csv; charset=utf-8", new UTF8Encoding(false).GetBytes(csv)),
            };
        }
        catch (CompositeException e)
        {
            throw ToImport(e);
        }
    }

    /// <summary>The composite engine's located problems as the App's import problems (file, line, column, code).</summary>
    public static ImportException ToImport(CompositeException e) =>
        new([.. e.Problems.Select(p => new ImportProblem(p.File ?? "chỉ số tổng hợp / composite", p.Message, p.Line, p.Column, Node: p.Code))]);

    private static ImportException Refused(string message) => new([new ImportProblem("chỉ số tổng hợp / composite", message)]);

    /// <summary>The CSV table as one sheet, numbers as numbers (full precision).</summary>
    private static byte[] Workbook(string csv, string sheet)
    {
        var rows = Csv.Parse(csv, sheet).Select(r => (IReadOnlyList<object?>)r.Fields.Select(Cell).ToList()).ToList();
        return XlsxWriter.Write([new Sheet(sheet, rows)]);
    }

    /// <summary>
    /// The CSV table as <c>{"table": "analysis", "columns": [...], "rows": [[...], ...]}</c>: a number as a JSON number
    /// (the same double the CSV writes), <c>NA</c> as null, any other field as a string.
    /// </summary>
    private static byte[] Json(string csv, CompositeDownload download)
    {
        var records = Csv.Parse(csv, download.ToString());
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("table", download.ToString().ToLowerInvariant());
            json.WriteStartArray("columns");
            foreach (var name in records[0].Fields) json.WriteStringValue(name);
            json.WriteEndArray();
            json.WriteStartArray("rows");
            foreach (var record in records.Skip(1))
            {
                json.WriteStartArray();
                foreach (var text in record.Fields)
                {
                    if (text == "NA") json.WriteNullValue();
                    else if (text.Any(char.IsDigit) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && double.IsFinite(x)) json.WriteNumberValue(x);
                    else json.WriteStringValue(text);
                }
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    private static object? Cell(string text) =>
        text == "NA" ? null
        : decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && text.Any(char.IsDigit) ? d
        : text;
}
