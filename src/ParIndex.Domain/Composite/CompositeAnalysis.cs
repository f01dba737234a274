namespace ParIndex.Domain.Composite;

/// <summary>One Pearson correlation between two columns of a built index, over the units where both have a value.</summary>
public sealed record Correlation(int LevelA, string CodeA, int LevelB, string CodeB, double R);

/// <summary>Cronbach's alpha of an aggregate's children.</summary>
public sealed record Alpha(int Level, string Code, double Value);

/// <summary>
/// COINr's analysis of a built index: <c>get_corr</c> for every pair of levels (a ≤ b; every column at a with every
/// column at b, pairwise complete observations) and <c>get_cronbach</c> for every aggregate over its children:
/// α = k²·σ̄ / Σσ, Σσ the sum of the children's covariance matrix (pairwise complete) and σ̄ the mean of its
/// off-diagonal entries.
/// </summary>
public sealed record CompositeAnalysis(IReadOnlyList<Correlation> Correlations, IReadOnlyList<Alpha> Alphas)
{
    public static CompositeAnalysis Of(CompositeResult result)
    {
        var layout = result.Layout;
        var columns = Enumerable.Range(0, layout.Columns.Count).ToArray();
        var levels = columns.Select(c => layout.Columns[c].Level).Distinct().Order().ToArray();
        var correlations = new List<Correlation>();
        foreach (var a in levels)
            foreach (var b in levels.Where(b => b >= a))
                foreach (var ca in columns.Where(c => layout.Columns[c].Level == a))
                    foreach (var cb in columns.Where(c => layout.Columns[c].Level == b))
                        correlations.Add(new Correlation(a, layout.Columns[ca].Code, b, layout.Columns[cb].Code,
                            Covariance(result.Values[ca], result.Values[cb], correlation: true)));
        var alphas = new List<Alpha>();
        for (var k = 0; k < layout.Children.Count; k++)
        {
            var node = layout.Columns[layout.IndicatorCount + k];
            var children = layout.Children[k];
            double all = 0, diagonal = 0;
            foreach (var i in children)
                foreach (var j in children)
                {
                    var s = Covariance(result.Values[i], result.Values[j], correlation: false);
                    if (double.IsNaN(s)) continue;
                    all += s;
                    if (i == j) diagonal += s;
                }
            var n = children.Length;
            alphas.Add(new Alpha(node.Level, node.Code, n < 2 ? double.NaN : n * n * ((all - diagonal) / (n * (n - 1.0))) / all));
        }
        return new CompositeAnalysis(correlations, alphas);
    }

    /// <summary>R's <c>cov</c>/<c>cor</c> of two columns with <c>use = "pairwise.complete.obs"</c>.</summary>
    public static double Covariance(double[] x, double[] y, bool correlation)
    {
        var n = 0;
        double mx = 0, my = 0;
        for (var i = 0; i < x.Length; i++)
            if (!double.IsNaN(x[i]) && !double.IsNaN(y[i])) { n++; mx += x[i]; my += y[i]; }
        if (n < 2) return double.NaN;
        mx /= n;
        my /= n;
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i]) || double.IsNaN(y[i])) continue;
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
            syy += (y[i] - my) * (y[i] - my);
        }
        return correlation ? sxy / Math.Sqrt(sxx * syy) : sxy / (n - 1);
    }
}
