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

    /// <summary>
    /// The aggregates (indices k of <see cref="Children"/>, bottom-up) whose value changes when the weights of
    /// <paramref name="reweighted"/> columns change: those with such a child, and those above them. The others keep
    /// their values, so a Monte Carlo over some levels' weights re-aggregates only these.
    /// </summary>
    public int[] AggregatesAbove(IEnumerable<int> reweighted)
    {
        var changed = new bool[Columns.Count];
        foreach (var c in reweighted) changed[c] = true;
        var above = new List<int>();
        for (var k = 0; k < Children.Count; k++)
        {
            if (!Children[k].Any(c => changed[c])) continue;
            changed[IndicatorCount + k] = true;
            above.Add(k);
        }
        return above.ToArray();
    }

    /// <summary>The weight of every column (its weight within its parent), in column order.</summary>
    public double[] Weights() => Columns.Select(c => c.Weight).ToArray();
}
