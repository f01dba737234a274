using System.Runtime.CompilerServices;

namespace ParIndex.Domain.Composite;

/// <summary>
/// Monte Carlo over the weights (COINr's <c>get_sensitivity</c> with <c>get_noisy_weights</c>): N times, every weight
/// of the named levels is drawn as w·(1 + u·factor), u uniform on [−1, 1] independently per weight and replication,
/// the normalised indicators are re-aggregated and the units ranked on the top aggregate. Replication r draws from
/// its own <see cref="SplitMix64.Stream"/> in structure-file order, so the replications run on every core and a seed
/// gives the same result whatever the number of threads. Quantiles are R type 7 (<see cref="Quantile"/>).
/// </summary>
public static class RankUncertainty
{
    public static IReadOnlyList<UnitRankSummary> Run(CompositeResult nominal, IReadOnlyList<WeightNoise> noise, int replications, ulong seed, int threads = 0)
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

        var factorOf = noise.ToDictionary(n => n.Level, n => n.Factor);
        var perturbed = Enumerable.Range(0, layout.Columns.Count)
            .Where(c => factorOf.ContainsKey(layout.Columns[c].Level))
            .OrderBy(c => layout.Columns[c].Line).ToArray();
        var factors = perturbed.Select(c => factorOf[layout.Columns[c].Level]).ToArray();

        var units = nominal.Units;
        var ranks = new int[units.Count][];
        for (var u = 0; u < units.Count; u++) ranks[u] = new int[replications];
        var reaggregated = layout.AggregatesAbove(perturbed);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, replications, parallel,
            () => new Replication(nominal, reaggregated, perturbed, factors, seed),
            (r, _, replication) =>
            {
                replication.Run(r, ranks);
                return replication;
            },
            _ => { });

        return units.Select((unit, u) => UnitRankSummary.Of(unit, nominal.Ranks[u], ranks[u])).ToList();
    }

    /// <summary>
    /// One thread's replications and working space. The columns a replication rewrites (the re-aggregated ones) are its
    /// own; the others (indicators, aggregates whose weights do not vary) are the nominal result's, read only.
    /// </summary>
    private sealed class Replication(CompositeResult nominal, int[] reaggregated, int[] perturbed, double[] factors, ulong seed)
    {
        private readonly double[][] values = Columns(nominal, reaggregated);
        private readonly double[] weights = new double[nominal.Weights.Length];
        private readonly int[] rank = new int[nominal.Units.Count];
        private readonly int[] order = new int[nominal.Units.Count];
        private readonly double[] keys = new double[nominal.Units.Count];

        /// <summary>Replication r: its weights drawn from its own stream, re-aggregated, its ranks written at [unit][r].</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run(int r, int[][] ranks)
        {
            var nominalWeights = nominal.Weights;
            Array.Copy(nominalWeights, weights, weights.Length);
            var random = SplitMix64.Stream(seed, r);
            for (var i = 0; i < perturbed.Length; i++)
                weights[perturbed[i]] = nominalWeights[perturbed[i]] * (1 + (2 * random.NextDouble() - 1) * factors[i]);
            Aggregator.Run(nominal.Layout, values, weights, nominal.Options.Aggregation, nominal.Options.DatThresh, nominal.Units, reaggregated);
            MinRank.Descending(values[nominal.Layout.TopColumn], rank, order, keys);
            for (var u = 0; u < rank.Length; u++) ranks[u][r] = rank[u];
        }

        private static double[][] Columns(CompositeResult nominal, int[] reaggregated)
        {
            var values = (double[][])nominal.Values.Clone();
            foreach (var k in reaggregated) values[nominal.Layout.IndicatorCount + k] = new double[nominal.Units.Count];
            return values;
        }
    }
}
