namespace ParIndex.Domain.Composite;

/// <summary>
/// The uncertain choices of a sensitivity or uncertainty analysis (COINr's <c>SA_specs</c>), each a discrete set of
/// alternatives sampled uniformly: noisy weight sets (COINr's <c>get_noisy_weights</c>, <see cref="WeightSets"/> of
/// them), normalisations, aggregations, imputations and treatments (null = that step off), and dropping one
/// indicator at a time (its weight set to 0; alternative 0 drops none). A factor with no alternatives is not varied.
/// </summary>
public sealed record SensitivityFactors(
    IReadOnlyList<WeightNoise>? WeightNoise = null,
    IReadOnlyList<Normalisation>? Normalisations = null,
    IReadOnlyList<PerLevel<Aggregation>>? Aggregations = null,
    IReadOnlyList<Imputation?>? Imputations = null,
    IReadOnlyList<Treatment?>? Treatments = null,
    bool DropIndicators = false,
    int WeightSets = 100)
{
    /// <summary>
    /// The factors as the command line, the page and the API spell them: weight noise <c>LEVEL:FACTOR[,…]</c>, and
    /// alternative methods in <c>parindex composite</c>'s words, <c>none</c> for no imputation and <c>off</c> for no
    /// treatment.
    /// </summary>
    public static SensitivityFactors Parse(string? weightNoise, IEnumerable<string>? normalisations, IEnumerable<string>? aggregations,
        IEnumerable<string>? imputations, IEnumerable<string>? treatments, bool dropIndicators) => new(
        weightNoise is { Length: > 0 } noise ? Composite.WeightNoise.ParseList(noise) : null,
        [.. (normalisations ?? []).Select(Normalisation.Parse)],
        [.. (aggregations ?? []).Select(CompositeOptions.ParseAggregation)],
        [.. (imputations ?? []).Select(x => x == "none" ? null : Imputation.Parse(x))],
        [.. (treatments ?? []).Select(x => x == "off" ? null : Treatment.Parse(x))],
        dropIndicators);

    /// <summary>The factors that vary, in a fixed order: their names and numbers of alternatives.</summary>
    public IReadOnlyList<(string Name, int Alternatives)> Varied(int indicators)
    {
        var list = new List<(string, int)>();
        if (Imputations is { Count: > 0 } i) list.Add(("Imputation", i.Count));
        if (Treatments is { Count: > 0 } t) list.Add(("Treatment", t.Count));
        if (Normalisations is { Count: > 0 } n) list.Add(("Normalisation", n.Count));
        if (WeightNoise is { Count: > 0 }) list.Add(("Weights", WeightSets));
        if (Aggregations is { Count: > 0 } a) list.Add(("Aggregation", a.Count));
        if (DropIndicators) list.Add(("Drop", indicators + 1));
        return list;
    }
}
