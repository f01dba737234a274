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
    public BuildComposite Request() => new("meta.csv", Meta, "data.csv", Data,
        Enum.TryParse<CompositeDownload>(Download, ignoreCase: true, out var what) && Enum.IsDefined(what) ? what
            : throw new ImportException([new ImportProblem("download", $"'{Download}': use {string.Join(", ", Enum.GetNames<CompositeDownload>())}", Column: "download")]),
        Xlsx, Normalise, Aggregate, DatThresh, Impute, Treat,
        Weights, Replications, Noise, VaryNormalise, VaryAggregate, Seed);
}
