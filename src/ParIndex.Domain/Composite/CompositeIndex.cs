namespace ParIndex.Domain.Composite;

/// <summary>Builds a composite index: normalise every indicator, aggregate bottom-up, rank on the top aggregate.</summary>
public static class CompositeIndex
{
    public static CompositeResult Build(IndexStructure structure, UnitData data, CompositeOptions options)
    {
        if (options.DatThresh is < 0 or > 1 || double.IsNaN(options.DatThresh))
            throw new CompositeException(new CompositeProblem(null, $"--dat-thresh {options.DatThresh}: use a share between 0 and 1"));
        if (options.Normalisation.Method == NormaliseMethod.Target)
        {
            var noTarget = structure.Indicators.Where(n => n.Target is null)
                .Select(n => new CompositeProblem(structure.File, "distance-to-target normalisation needs a Target for every indicator", n.Line, "Target", n.Code))
                .ToList();
            if (noTarget.Count > 0) throw new CompositeException(noTarget);
        }

        var layout = new CompositeLayout(structure, data.IndicatorOrder);
        var warnings = new List<string>();
        var values = new double[layout.Columns.Count][];
        for (var c = 0; c < layout.Columns.Count; c++)
            values[c] = c < layout.IndicatorCount
                ? Normaliser.Apply(layout.Columns[c], data.Values[layout.Columns[c].Code], options.Normalisation, warnings)
                : new double[data.Units.Count];
        Aggregator.Run(layout, values, layout.Weights(), options.Aggregation, options.DatThresh, data.Units);
        var ranks = MinRank.Descending(values[layout.TopColumn]);
        return new CompositeResult(layout, data.Units, values, ranks, warnings, options);
    }
}
