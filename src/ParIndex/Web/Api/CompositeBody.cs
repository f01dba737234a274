using ParIndex.App.Features.Composite;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Api;

/// <summary>
/// <c>POST /api/v1/composite</c>: a COINr structure and data file as CSV texts and the methods spelt as on the command
/// line (<c>parindex composite</c>); the answer is the chosen table as CSV, XLSX or JSON (<c>format</c>).
/// </summary>
public sealed record CompositeBody(
    string Meta, string Data, string Download = "Results", string Format = "csv",
    string Normalise = "minmax", string Aggregate = "amean", string DatThresh = "0", string? Impute = null, string? Treat = null,
    string Weights = "meta", int Replications = 0, string? Noise = null, string[]? VaryNormalise = null, string[]? VaryAggregate = null,
    ulong Seed = 1, string[]? VaryImpute = null, string[]? VaryTreat = null, bool VaryDrop = false)
{
    /// <summary>The use case's request; an unknown <c>download</c> or <c>format</c> is refused naming the choices.</summary>
    public BuildComposite Request() => new("meta.csv", Required(Meta, "meta"), "data.csv", Required(Data, "data"),
        Choice<CompositeDownload>(Download ?? "Results", "download"),
        Choice<CompositeFormat>(Format ?? "csv", "format"), Normalise ?? "minmax", Aggregate ?? "amean", DatThresh ?? "0", Impute, Treat,
        Weights ?? "meta", Replications, Noise, VaryNormalise, VaryAggregate, Seed, VaryImpute, VaryTreat, VaryDrop);

    /// <summary>One of an enum's names, in any case; anything else is refused naming the choices.</summary>
    private static T Choice<T>(string text, string field) where T : struct, Enum =>
        Enum.TryParse<T>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.Any(char.IsDigit) ? value
            : throw new ImportException([new ImportProblem(field, ApiMessages.ChooseOne(text, Enum.GetNames<T>()), Column: field)]);

    /// <summary>JSON may leave any field out (null): the two files are needed, the methods fall back to their defaults.</summary>
    private static string Required(string? text, string field) => string.IsNullOrEmpty(text)
        ? throw new ImportException([new ImportProblem(field, ApiMessages.CsvNeeded(), Column: field)])
        : text;
}
