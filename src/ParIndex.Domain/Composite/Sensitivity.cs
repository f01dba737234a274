namespace ParIndex.Domain.Composite;

/// <summary>First-order (Sᵢ) and total (STᵢ) sensitivity index of one factor, with 5–95 % bootstrap intervals.</summary>
public sealed record SensitivityIndex(string Variable, double Si, double STi, double SiQ5, double SiQ95, double STiQ5, double STiQ95);

/// <summary>The result: every unit's rank statistics over the replications and, for a sensitivity analysis, the indices.</summary>
public sealed record SensitivityResult(IReadOnlyList<UnitRankSummary> Ranks, IReadOnlyList<SensitivityIndex> Indices, int Replications, int Failed);

/// <summary>
/// COINr's <c>get_sensitivity</c> over methodological choices: each replication rebuilds the index with one
/// alternative of every varied factor and ranks the units on the top aggregate. <c>UA</c>: N random replications.
/// <c>SA</c>: Saltelli's design, N(d + 2) replications (A, B and each ABᵢ = A with column i from B), output
/// y = mean |rank − nominal rank| over the units; Sᵢ = mean(y_B·(y_ABᵢ − y_A)) / V (Saltelli 2010) and
/// STᵢ = Σ(y_A − y_ABᵢ)² / (2N·V) (Jansen), V the variance of (y_A, y_B); 5–95 % intervals from bootstrap resamples
/// of the terms, and the rank statistics over the first 2N replications, as COINr. A uniform u picks alternative
/// ⌊u·K⌋ of K. All numbers come from <see cref="SplitMix64"/> streams of the seed, and imputed, treated and
/// normalised data are computed once per combination, so replications run on every core and the result does not
/// depend on the number of threads. A replication whose build fails (e.g. a geometric mean of z-scores) has no ranks,
/// as COINr's failed <c>Regen</c>.
/// </summary>
public static class Sensitivity
{
    public static SensitivityResult Run(IndexStructure structure, UnitData data, CompositeOptions options, SensitivityFactors factors,
        int n, bool saltelli, ulong seed, int bootstrap = 1000, int threads = 0)
    {
        var layout = new CompositeLayout(structure, data.IndicatorOrder);
        var varied = factors.Varied(layout.IndicatorCount);
        var d = varied.Count;
        if (d == 0) throw new CompositeException(new CompositeProblem(null, "give at least one factor to vary (--vary-…)"));
        if (saltelli && d < 2) throw new CompositeException(new CompositeProblem(null, "a sensitivity analysis needs at least two varied factors; use --uncertainty for one"));
        if (n < 3) throw new CompositeException(new CompositeProblem(null, $"N = {n}: give at least 3 replications"));
        var nominal = CompositeIndex.Build(structure, data, options);

        var design = Design(n, d, saltelli, seed);
        var weightSets = WeightSets(nominal, factors, seed);
        var prepared = new System.Collections.Concurrent.ConcurrentDictionary<(int, int, int), Lazy<double[][]?>>();
        var rows = design.Length;
        var ranks = new int[rows][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = threads > 0 ? threads : Environment.ProcessorCount };
        Parallel.For(0, rows, parallel, r =>
        {
            int Pick(string name)
            {
                var f = -1;
                for (var i = 0; i < d; i++) if (varied[i].Name == name) f = i;
                return f < 0 ? -1 : (int)Math.Min(Math.Floor(design[r][f] * varied[f].Alternatives), varied[f].Alternatives - 1);
            }
            var (imp, treat, norm) = (Pick("Imputation"), Pick("Treatment"), Pick("Normalisation"));
            var indicators = prepared.GetOrAdd((imp, treat, norm), key => new Lazy<double[][]?>(() =>
            {
                try
                {
                    return CompositeIndex.Normalised(layout, data,
                        imp < 0 ? options.Imputation : factors.Imputations![imp], treat < 0 ? options.Treatment : factors.Treatments![treat],
                        norm < 0 ? options.Normalisation : factors.Normalisations![norm], new List<CellChange>(), new List<string>());
                }
                catch (CompositeException) { return null; }
            })).Value;
            if (indicators is null) { ranks[r] = new int[data.Units.Count]; return; }
            var values = indicators.Select((column, c) => c < layout.IndicatorCount ? column : new double[data.Units.Count]).ToArray();
            var w = Pick("Weights") is var ws and >= 0 ? (double[])weightSets[ws].Clone() : (double[])nominal.Weights.Clone();
            if (Pick("Drop") is var drop and > 0) w[drop - 1] = 0;
            var aggregation = Pick("Aggregation") is var a and >= 0 ? factors.Aggregations![a] : options.Aggregation;
            try
            {
                Aggregator.Run(layout, values, w, aggregation, options.DatThresh, data.Units);
                ranks[r] = MinRank.Descending(values[layout.TopColumn]);
            }
            catch (CompositeException) { ranks[r] = new int[data.Units.Count]; }
        });

        var failed = ranks.Count(r => r.All(x => x == 0));
        var statsRows = saltelli ? 2 * n : rows;
        var summaries = data.Units.Select((unit, u) =>
            UnitRankSummary.Of(unit, nominal.Ranks[u], Enumerable.Range(0, statsRows).Select(r => ranks[r][u]).ToArray())).ToList();
        var indices = saltelli ? Indices(ranks, nominal.Ranks, n, varied.Select(v => v.Name).ToList(), bootstrap, seed) : [];
        return new SensitivityResult(summaries, indices, rows, failed);
    }

    /// <summary>UA: N × d uniforms. SA: A, B, then AB₁ … AB_d (COINr's <c>SA_sample</c>), all from one stream of the seed.</summary>
    private static double[][] Design(int n, int d, bool saltelli, ulong seed)
    {
        var random = SplitMix64.Stream(seed, -1);
        double[] Row() => Enumerable.Range(0, d).Select(_ => random.NextDouble()).ToArray();
        var a = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        if (!saltelli) return a;
        var b = Enumerable.Range(0, n).Select(_ => Row()).ToArray();
        var rows = new List<double[]>(a.Concat(b));
        for (var i = 0; i < d; i++)
            for (var r = 0; r < n; r++)
            {
                var row = (double[])a[r].Clone();
                row[i] = b[r][i];
                rows.Add(row);
            }
        return [.. rows];
    }

    /// <summary>COINr's <c>get_noisy_weights</c>: K sets, each weight at a noisy level w·(1 + u·F), u uniform on [−1, 1].</summary>
    private static double[][] WeightSets(CompositeResult nominal, SensitivityFactors factors, ulong seed)
    {
        if (factors.WeightNoise is not { Count: > 0 } noise) return [];
        var layout = nominal.Layout;
        var factorOf = noise.ToDictionary(x => x.Level, x => x.Factor);
        var perturbed = Enumerable.Range(0, layout.Columns.Count).Where(c => factorOf.ContainsKey(layout.Columns[c].Level))
            .OrderBy(c => layout.Columns[c].Line).ToArray();
        var random = SplitMix64.Stream(seed, -2);
        return Enumerable.Range(0, factors.WeightSets).Select(_ =>
        {
            var w = (double[])nominal.Weights.Clone();
            foreach (var c in perturbed) w[c] = nominal.Weights[c] * (1 + (2 * random.NextDouble() - 1) * factorOf[layout.Columns[c].Level]);
            return w;
        }).ToArray();
    }

    private static IReadOnlyList<SensitivityIndex> Indices(int[][] ranks, int[] nominal, int n, IReadOnlyList<string> names, int bootstrap, ulong seed)
    {
        var y = ranks.Select(r =>
        {
            double sum = 0;
            var count = 0;
            for (var u = 0; u < r.Length; u++)
                if (r[u] > 0 && nominal[u] > 0) { sum += Math.Abs(r[u] - nominal[u]); count++; }
            return count == 0 ? double.NaN : sum / count;
        }).ToArray();
        var yA = y[..n];
        var yB = y[n..(2 * n)];
        var all = yA.Concat(yB).ToArray();
        var mean = all.Average();
        var variance = all.Sum(v => (v - mean) * (v - mean)) / (all.Length - 1);
        var random = SplitMix64.Stream(seed, -3);
        return names.Select((name, i) =>
        {
            var yAB = y[((2 + i) * n)..((3 + i) * n)];
            var first = Enumerable.Range(0, n).Select(r => yB[r] * (yAB[r] - yA[r])).ToArray();
            var total = Enumerable.Range(0, n).Select(r => yA[r] - yAB[r]).ToArray();
            var si = first.Average() / variance;
            var sti = total.Sum(t => t * t) / (2 * n * variance);
            var siBoot = new double[bootstrap];
            var stiBoot = new double[bootstrap];
            for (var k = 0; k < bootstrap; k++)
            {
                double s1 = 0, s2 = 0;
                for (var j = 0; j < n; j++) s1 += first[(int)(random.NextDouble() * n)];
                for (var j = 0; j < n; j++) { var t = total[(int)(random.NextDouble() * n)]; s2 += t * t; }
                siBoot[k] = s1 / n / variance;
                stiBoot[k] = s2 / (2 * n * variance);
            }
            Array.Sort(siBoot);
            Array.Sort(stiBoot);
            return new SensitivityIndex(name, si, sti, Quantile.Type7(siBoot, 0.05), Quantile.Type7(siBoot, 0.95), Quantile.Type7(stiBoot, 0.05), Quantile.Type7(stiBoot, 0.95));
        }).ToList();
    }
}
