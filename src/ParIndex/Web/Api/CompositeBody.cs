using ParIndex.App.Features.Composite;
using ParIndex.App.Files;

namespace ParIndex.Web.Api;

/// <summary>
/// <c>POST /api/v1/composite</c>: a COINr structure and data file as CSV texts and the methods spelt as on the command
/// line (<c>parindex composite</c>); the answer is the chosen table as CSV (or XLSX).
/// </summary>
public sealed record CompositeBody(
    string Meta, string Data, string Download = "Results", bool Xlsx = false,
    string Normalise = "minmax", string Aggregate = "amean", string DatThresh = "0", string? Impute = null, string? Treat = null,
    string Weights = "meta", int Replications = 0, string? Noise = null, string[]? VaryNormalise = null, string[]? VaryAggregate = null,
    ulong Seed = 1)
{
    /// <summary>The use case's request; an unknown <c>download</c> is refused naming the choices.</summary>
    public BuildComposite Request() => new("meta.csv", Required(Meta, "meta"), "data.csv", Required(Data, "data"),
        Enum.TryParse<CompositeDownload>(Download ?? "Results", ignoreCase: true, out var what) && Enum.IsDefined(what) ? what
            : throw new ImportException([new ImportProblem("download", $"'{Download}': use {string.Join(", ", Enum.GetNames<CompositeDownload>())}", Column: "download")]),
        Xlsx, Normalise ?? "minmax", Aggregate ?? "amean", DatThresh ?? "0", Impute, Treat,
        Weights ?? "meta", Replications, Noise, VaryNormalise, VaryAggregate, Seed);

    /// <summary>JSON may leave any field out (null): the two files are needed, the methods fall back to their defaults.</summary>
    private static string Required(string? text, string field) => string.IsNullOrEmpty(text)
        ? throw new ImportException([new ImportProblem(field, $"cần nội dung tệp CSV / the CSV text is needed", Column: field)])
        : text;
}
