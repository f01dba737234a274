namespace ParIndex.Domain.Composite;

/// <summary>
/// How to build the index, COINr's pipeline in order: imputation (none by default), outlier treatment (none by
/// default), normalisation (each indicator's own from the structure, else this one), weights, and aggregation
/// and data-availability threshold per level (0 = none).
/// </summary>
public sealed record CompositeOptions(
    Normalisation Normalisation,
    PerLevel<Aggregation> Aggregation,
    PerLevel<double> DatThresh,
    Imputation? Imputation = null,
    Treatment? Treatment = null,
    Weighting? Weighting = null)
{
    public static readonly CompositeOptions Default = new(Normalisation.Default, new PerLevel<Aggregation>(Composite.Aggregation.Default), new PerLevel<double>(0));

    public Weighting Weights => Weighting ?? Composite.Weighting.Structure;

    /// <summary>Options from their texts as the command line spells them (null = that step is off, or the default).</summary>
    public static CompositeOptions Parse(string normalise = "minmax", string aggregate = "amean", string datThresh = "0",
        string? impute = null, string? treat = null, string weights = "meta") =>
        new(Normalisation.Parse(normalise), ParseAggregation(aggregate), ParseDatThresh(datThresh),
            impute is null ? null : Composite.Imputation.Parse(impute), treat is null ? null : Composite.Treatment.Parse(treat),
            Composite.Weighting.Parse(weights));

    public static PerLevel<Aggregation> ParseAggregation(string text) =>
        PerLevel<Aggregation>.Parse(text, Composite.Aggregation.Default, t => Composite.Aggregation.Parse(t), "--aggregate");

    public static PerLevel<double> ParseDatThresh(string text) =>
        PerLevel<double>.Parse(text, 0, t => double.TryParse(t, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1
            ? v : throw new CompositeException(new CompositeProblem(null, $"--dat-thresh {text}: '{t}' is not a share between 0 and 1")), "--dat-thresh");
}
