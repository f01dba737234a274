using System.Globalization;

namespace ParIndex.Domain.Composite;

/// <summary>Where the weights come from: the structure (or a weights file applied to it), all equal, or PCA at one level.</summary>
public enum WeightingKind
{
    Structure,
    Equal,
    Pca,
}

/// <summary>
/// Spelt <c>meta</c> (the structure's weights, the default), <c>equal</c> (every weight 1: equal within each parent)
/// or <c>pca[:LEVEL]</c> (COINr's <c>get_PCA</c>: the children of each parent at LEVEL, default 1, weighted by their
/// loadings on the first principal component of their correlation matrix).
/// </summary>
public sealed record Weighting(WeightingKind Kind, int Level = 1)
{
    public static readonly Weighting Structure = new(WeightingKind.Structure);

    public string Text => Kind switch
    {
        WeightingKind.Structure => "meta",
        WeightingKind.Equal => "equal",
        _ => "pca:" + Level.ToString(CultureInfo.InvariantCulture),
    };

    public static Weighting Parse(string text)
    {
        var t = text.Trim().ToLowerInvariant();
        if (t == "meta") return Structure;
        if (t == "equal") return new Weighting(WeightingKind.Equal);
        if (t == "pca") return new Weighting(WeightingKind.Pca);
        if (t.StartsWith("pca:", StringComparison.Ordinal) && int.TryParse(t[4..], NumberStyles.None, CultureInfo.InvariantCulture, out var level) && level >= 1)
            return new Weighting(WeightingKind.Pca, level);
        throw new CompositeException(new CompositeProblem(null, $"--weights {text}: use meta, equal, pca[:LEVEL] or a CSV file iCode,Weight"));
    }
}
