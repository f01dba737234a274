using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Scoring;

/// <summary>
/// One unit's points on every node of a framework, unrounded, with the applicable maximum of each node
/// (not-applicable leaves leave it; bonus leaves never enter it). Index and component indices derive from these.
/// </summary>
public sealed class UnitScore
{
    internal UnitScore(CompiledFramework framework, LeafInput[] inputs, decimal[] points, decimal[] applicableMax, decimal totalPoints, decimal totalMax)
    {
        Framework = framework;
        InputArray = inputs;
        PointArray = points;
        MaxArray = applicableMax;
        TotalPoints = totalPoints;
        TotalMax = totalMax;
    }

    public CompiledFramework Framework { get; }

    /// <summary>The inputs, by leaf ordinal.</summary>
    public IReadOnlyList<LeafInput> Inputs => InputArray;

    /// <summary>Points per node, by node index.</summary>
    public IReadOnlyList<decimal> Points => PointArray;

    /// <summary>Applicable maximum per node, by node index.</summary>
    public IReadOnlyList<decimal> ApplicableMax => MaxArray;

    // The same as arrays, for the group loops.
    internal LeafInput[] InputArray { get; }

    internal decimal[] PointArray { get; }

    internal decimal[] MaxArray { get; }

    public decimal TotalPoints { get; }

    public decimal TotalMax { get; }

    /// <summary>The points of the top-level nodes of one kind: the areas, the survey content or the bonus/penalty content.</summary>
    public decimal PartPoints(ContentKind kind)
    {
        decimal sum = 0;
        for (var a = 0; a < Framework.AreaNodes.Length; a++)
            if (Framework.Contents[a] == kind) sum += PointArray[Framework.AreaNodes[a]];
        return sum;
    }

    /// <summary>(points + bonus) / applicable max × 100, unrounded: bonus points never enter the divisor; null when nothing applies.</summary>
    public decimal? Index => TotalMax > 0 ? TotalPoints * 100m / TotalMax : null;

    /// <summary>
    /// Area points / area applicable max × 100 for the top-level node with that ordinal; null when it does not apply,
    /// and always for the bonus/penalty content, which has no maximum.
    /// </summary>
    public decimal? ComponentIndex(int areaOrdinal)
    {
        var node = Framework.AreaNodes[areaOrdinal];
        return MaxArray[node] > 0 ? PointArray[node] * 100m / MaxArray[node] : null;
    }

    /// <summary>Points the unit did not get on an applicable leaf (bonus leaves lose nothing).</summary>
    public decimal PointsLost(int leafOrdinal)
    {
        var node = Framework.LeafNodes[leafOrdinal];
        return Framework.CountsTowardMax[node] ? MaxArray[node] - PointArray[node] : 0m;
    }
}
