using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// One unit's points on every node of a framework, unrounded, with the applicable maximum of each node
/// (not-applicable leaves leave it; bonus leaves never enter it). Index and component indices derive from these.
/// </summary>
public sealed class UnitScore
{
    private readonly LeafInput[]? _inputArray;
    private readonly PaletteRow? _row;
    private readonly decimal[] _areaPoints;
    private readonly decimal[] _areaMax;
    private NodeScores? _nodes;

    /// <summary>A score over inputs given one by one (<paramref name="nodes"/> always known) or as a palette row (worked out when asked for).</summary>
    internal UnitScore(CompiledFramework framework, IReadOnlyList<LeafInput> inputs, decimal[] areaPoints, decimal[] areaMax, NodeScores? nodes, decimal totalPoints, decimal totalMax)
    {
        Framework = framework;
        _inputArray = inputs as LeafInput[];
        _row = inputs as PaletteRow;
        _areaPoints = areaPoints;
        _areaMax = areaMax;
        _nodes = nodes;
        TotalPoints = totalPoints;
        TotalMax = totalMax;
    }

    public CompiledFramework Framework { get; }

    /// <summary>The inputs, by leaf ordinal.</summary>
    public IReadOnlyList<LeafInput> Inputs => (IReadOnlyList<LeafInput>?)_inputArray ?? _row!;

    /// <summary>Points per node, by node index.</summary>
    public IReadOnlyList<decimal> Points => Nodes.Points;

    /// <summary>Applicable maximum per node, by node index.</summary>
    public IReadOnlyList<decimal> ApplicableMax => Nodes.Max;

    public decimal TotalPoints { get; }

    public decimal TotalMax { get; }

    // A palette row's nodes are worked out once, when first asked for (two threads may both work them out: the same numbers).
    private NodeScores Nodes => _nodes ??= UnitScorer.Nodes(_row!);

    /// <summary>The points of the top-level node with that ordinal (an area, the survey content or the bonus/penalty content).</summary>
    public decimal AreaPoints(int areaOrdinal) => _areaPoints[areaOrdinal];

    /// <summary>The points of the top-level nodes of one kind: the areas, the survey content or the bonus/penalty content.</summary>
    public decimal PartPoints(ContentKind kind)
    {
        decimal sum = 0;
        for (var a = 0; a < _areaPoints.Length; a++)
            if (Framework.Contents[a] == kind) sum += _areaPoints[a];
        return sum;
    }

    /// <summary>(points + bonus) / applicable max × 100, unrounded: bonus points never enter the divisor; null when nothing applies.</summary>
    public decimal? Index => TotalMax > 0 ? TotalPoints * 100m / TotalMax : null;

    /// <summary>
    /// Area points / area applicable max × 100 for the top-level node with that ordinal; null when it does not apply,
    /// and always for the bonus/penalty content, which has no maximum.
    /// </summary>
    public decimal? ComponentIndex(int areaOrdinal) =>
        _areaMax[areaOrdinal] > 0 ? _areaPoints[areaOrdinal] * 100m / _areaMax[areaOrdinal] : null;

    /// <summary>Points the unit did not get on an applicable leaf (bonus leaves lose nothing).</summary>
    public decimal PointsLost(int leafOrdinal) =>
        Framework.CountsTowardMax[Framework.LeafNodes[leafOrdinal]] ? Leaf(leafOrdinal).Lost : 0m;

    /// <summary>The points a leaf lost and whether it does not apply: from the palette for a palette row.</summary>
    internal (decimal Lost, bool NotApplicable) Leaf(int leafOrdinal)
    {
        if (_row is { } row)
        {
            ref readonly var entry = ref row.Entry(leafOrdinal);
            return (entry.Max - entry.Points, entry.Input.Kind == InputKind.NotApplicable);
        }
        var node = Framework.LeafNodes[leafOrdinal];
        return (_nodes!.Max[node] - _nodes.Points[node], _inputArray![leafOrdinal].Kind == InputKind.NotApplicable);
    }
}
