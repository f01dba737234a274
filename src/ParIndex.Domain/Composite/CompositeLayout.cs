namespace ParIndex.Domain.Composite;

/// <summary>
/// The columns of a built index — indicators in the data file's order, then the aggregates bottom-up — with, for
/// every aggregate, the columns of its children; the shape the aggregation loops run over.
/// </summary>
public sealed class CompositeLayout
{
    public IReadOnlyList<IndexNode> Columns { get; }
    public int IndicatorCount { get; }
    /// <summary>For aggregate column <c>IndicatorCount + k</c>, the column indices of its children.</summary>
    public IReadOnlyList<int[]> Children { get; }
    public int TopColumn => Columns.Count - 1;

    public CompositeLayout(IndexStructure structure, IReadOnlyList<string> indicatorOrder)
    {
        var columns = indicatorOrder.Select(c => structure.Find(c)!).Concat(structure.Aggregates).ToList();
        var position = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < columns.Count; i++) position[columns[i].Code] = i;
        Columns = columns;
        IndicatorCount = indicatorOrder.Count;
        Children = structure.Aggregates.Select(a => structure.ChildrenOf(a.Code).Select(c => position[c.Code]).ToArray()).ToList();
    }

    /// <summary>The weight of every column (its weight within its parent), in column order.</summary>
    public double[] Weights() => Columns.Select(c => c.Weight).ToArray();
}
