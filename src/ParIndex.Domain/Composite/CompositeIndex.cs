namespace ParIndex.Domain.Composite;

/// <summary>
/// Builds a composite index as COINr's pipeline does: impute, treat outliers, normalise every indicator, weight,
/// aggregate bottom-up, rank.
/// </summary>
public static class CompositeIndex
{
    public static CompositeResult Build(IndexStructure structure, UnitData data, CompositeOptions options)
    {
        var missing = structure.Indicators.SelectMany(n => Normaliser.MissingColumns(n, n.Settings.Normalisation ?? options.Normalisation)
            .Select(column => new CompositeProblem(structure.File, $"{(n.Settings.Normalisation ?? options.Normalisation).Text} needs {column} for every indicator", n.Line, column, n.Code))).ToList();
        if (missing.Count > 0) throw new CompositeException(missing);
        var layout = new CompositeLayout(structure, data.IndicatorOrder);
        var warnings = new List<string>();
        var changes = new List<CellChange>();
        var values = Normalised(layout, data, options.Imputation, options.Treatment, options.Normalisation, changes, warnings);
        var weights = layout.Weights();
        if (options.Weights.Kind == WeightingKind.Equal) Array.Fill(weights, 1.0);
        Aggregator.Run(layout, values, weights, options.Aggregation, options.DatThresh, data.Units);
        if (options.Weights.Kind == WeightingKind.Pca)
        {
            weights = PcaWeights.Compute(layout, values, weights, options.Weights.Level, warnings);
            Aggregator.Run(layout, values, weights, options.Aggregation, options.DatThresh, data.Units);
        }
        return new CompositeResult(layout, data.Units, values, weights, changes, warnings, options);
    }

    /// <summary>
    /// Every column of the layout: the indicators imputed, treated and normalised (each by its own method from the
    /// structure, else <paramref name="normalisation"/>), the aggregates allocated and empty.
    /// </summary>
    public static double[][] Normalised(CompositeLayout layout, UnitData data, Imputation? imputation, Treatment? treatment,
        Normalisation normalisation, ICollection<CellChange> changes, ICollection<string> warnings)
    {
        var values = new double[layout.Columns.Count][];
        for (var c = 0; c < layout.Columns.Count; c++)
        {
            if (c >= layout.IndicatorCount)
            {
                values[c] = new double[data.Units.Count];
                continue;
            }
            var node = layout.Columns[c];
            var x = data.Values[node.Code];
            if (imputation is not null) x = Imputer.Apply(node.Code, x, imputation, data.Units, data.Groups, changes);
            if (treatment is not null) x = Treater.Apply(node.Code, x, treatment, data.Units, changes, warnings);
            values[c] = Normaliser.Apply(node, x, node.Settings.Normalisation ?? normalisation, data.Units, warnings);
        }
        return values;
    }
}
