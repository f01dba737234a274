namespace ParIndex.Domain.Composite;

/// <summary>
/// COINr's <c>get_PCA(…, by_groups = TRUE)</c> weights: for each parent one level above <c>level</c>, the loadings of
/// its children on the first principal component of their correlation matrix (R's <c>prcomp(center = TRUE,
/// scale = TRUE)</c>, rows with a missing value left out). R passes LAPACK's sign through, which is arbitrary; here
/// each parent's loadings are oriented to sum ≥ 0. The sign does not change the index: the means divide by Σw.
/// </summary>
public static class PcaWeights
{
    public static double[] Compute(CompositeLayout layout, double[][] values, double[] weights, int level, ICollection<string> warnings)
    {
        var result = (double[])weights.Clone();
        var top = layout.Columns[layout.TopColumn].Level;
        if (level >= top)
            throw new CompositeException(new CompositeProblem(null, $"--weights pca:{level}: the weights that count are at levels 1 to {top - 1}"));
        for (var k = 0; k < layout.Children.Count; k++)
        {
            var children = layout.Children[k];
            if (layout.Columns[children[0]].Level != level) continue;
            var parent = layout.Columns[layout.IndicatorCount + k].Code;
            if (children.Length == 1)
            {
                result[children[0]] = 1;
                continue;
            }
            var rows = Enumerable.Range(0, values[0].Length).Where(u => children.All(c => !double.IsNaN(values[c][u]))).ToArray();
            if (rows.Length < values[0].Length)
                warnings.Add($"{parent}: PCA leaves out {values[0].Length - rows.Length} units with a missing value (as COINr)");
            var loadings = FirstComponent(Correlations(children.Select(c => rows.Select(u => values[c][u]).ToArray()).ToArray()));
            if (loadings.Sum() < 0) for (var i = 0; i < loadings.Length; i++) loadings[i] = -loadings[i];
            for (var i = 0; i < children.Length; i++) result[children[i]] = loadings[i];
        }
        return result;
    }

    /// <summary>Pearson correlation matrix of complete columns (a constant column correlates NaN).</summary>
    public static double[,] Correlations(double[][] columns)
    {
        var k = columns.Length;
        var z = columns.Select(col =>
        {
            var (mean, sd) = Normaliser.MeanSd(col);
            return col.Select(v => (v - mean) / sd).ToArray();
        }).ToArray();
        var n = columns[0].Length;
        var r = new double[k, k];
        for (var a = 0; a < k; a++)
            for (var b = a; b < k; b++)
            {
                var s = 0.0;
                for (var i = 0; i < n; i++) s += z[a][i] * z[b][i];
                r[a, b] = r[b, a] = s / (n - 1);
            }
        return r;
    }

    /// <summary>The unit eigenvector of the largest eigenvalue of a symmetric matrix (cyclic Jacobi rotations).</summary>
    public static double[] FirstComponent(double[,] matrix)
    {
        var n = matrix.GetLength(0);
        var a = (double[,])matrix.Clone();
        var v = new double[n, n];
        for (var i = 0; i < n; i++) v[i, i] = 1;
        for (var sweep = 0; sweep < 100; sweep++)
        {
            var off = 0.0;
            for (var p = 0; p < n; p++) for (var q = p + 1; q < n; q++) off += a[p, q] * a[p, q];
            if (off < 1e-30) break;
            for (var p = 0; p < n; p++)
                for (var q = p + 1; q < n; q++)
                {
                    if (a[p, q] == 0) continue;
                    var theta = (a[q, q] - a[p, p]) / (2 * a[p, q]);
                    var t = Math.Sign(theta) / (Math.Abs(theta) + Math.Sqrt(theta * theta + 1));
                    if (theta == 0) t = 1;
                    var c = 1 / Math.Sqrt(t * t + 1);
                    var s = t * c;
                    for (var r = 0; r < n; r++)
                    {
                        var (arp, arq) = (a[r, p], a[r, q]);
                        a[r, p] = c * arp - s * arq;
                        a[r, q] = s * arp + c * arq;
                    }
                    for (var r = 0; r < n; r++)
                    {
                        var (apr, aqr) = (a[p, r], a[q, r]);
                        a[p, r] = c * apr - s * aqr;
                        a[q, r] = s * apr + c * aqr;
                    }
                    for (var r = 0; r < n; r++)
                    {
                        var (vrp, vrq) = (v[r, p], v[r, q]);
                        v[r, p] = c * vrp - s * vrq;
                        v[r, q] = s * vrp + c * vrq;
                    }
                }
        }
        var best = 0;
        for (var i = 1; i < n; i++) if (a[i, i] > a[best, best]) best = i;
        return Enumerable.Range(0, n).Select(r => v[r, best]).ToArray();
    }
}
