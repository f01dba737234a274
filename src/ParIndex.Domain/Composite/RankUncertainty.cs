namespace ParIndex.Domain.Composite;

/// <summary>
/// Monte Carlo over the weights (the shape of COINr's <c>get_sensitivity</c> with weight noise): N times, every weight
/// of the named levels is drawn as w·(1 + u·factor), u uniform on [−1, 1] independently per weight and replication,
/// the normalised indicators are re-aggregated and the units ranked on the top aggregate. Draws come from one
/// <see cref="SplitMix64"/> stream, replication after replication and within one in structure-file order, so a seed
/// gives the same result every time. Quantiles are R type 7 (<see cref="Quantile"/>).
/// </summary>
public static class RankUncertainty
{
    public static IReadOnlyList<UnitRankSummary> Run(CompositeResult nominal, IReadOnlyList<WeightNoise> noise, int replications, ulong seed)
    {
        var layout = nominal.Layout;
        if (replications < 1)
            throw new CompositeException(new CompositeProblem(null, $"--uncertainty {replications}: give a number of replications ≥ 1"));
        var topLevel = layout.Columns[layout.TopColumn].Level;
        foreach (var n in noise)
        {
            if (n.Level >= topLevel || !layout.Columns.Any(c => c.Level == n.Level))
                throw new CompositeException(new CompositeProblem(null,
                    $"--noise level {n.Level}: the weights that count are at levels 1 to {topLevel - 1} (the top aggregate's weight is not used)"));
        }

        var nominalWeights = layout.Weights();
        var factorOf = noise.ToDictionary(n => n.Level, n => n.Factor);
        var perturbed = Enumerable.Range(0, layout.Columns.Count)
            .Where(c => factorOf.ContainsKey(layout.Columns[c].Level))
            .OrderBy(c => layout.Columns[c].Line).ToArray();

        var units = nominal.Units;
        var values = nominal.Values.Select((column, c) => c < layout.IndicatorCount ? column : new double[units.Count]).ToArray();
        var ranks = new int[units.Count][];
        for (var u = 0; u < units.Count; u++) ranks[u] = new int[replications];
        var random = new SplitMix64(seed);
        var weights = new double[nominalWeights.Length];
        for (var r = 0; r < replications; r++)
        {
            Array.Copy(nominalWeights, weights, weights.Length);
            foreach (var c in perturbed)
                weights[c] = nominalWeights[c] * (1 + (2 * random.NextDouble() - 1) * factorOf[layout.Columns[c].Level]);
            Aggregator.Run(layout, values, weights, nominal.Options.Aggregation, nominal.Options.DatThresh, units);
            var rank = MinRank.Descending(values[layout.TopColumn]);
            for (var u = 0; u < units.Count; u++) ranks[u][r] = rank[u];
        }

        return units.Select((unit, u) =>
        {
            var sorted = ranks[u].Where(x => x > 0).Select(x => (double)x).Order().ToArray();
            var mean = sorted.Length == 0 ? double.NaN : sorted.Sum() / sorted.Length;
            return new UnitRankSummary(unit, nominal.Ranks[u], mean, Quantile.Type7(sorted, 0.5), Quantile.Type7(sorted, 0.05), Quantile.Type7(sorted, 0.95));
        }).ToList();
    }
}
