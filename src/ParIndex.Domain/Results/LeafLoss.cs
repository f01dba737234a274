namespace ParIndex.Domain.Results;

/// <summary>Points lost on one sub-criterion across a group: the total, and how many units lost any.</summary>
public sealed record LeafLoss(string Code, string Name, decimal PointsLost, int UnitsLosing, int UnitsApplicable)
{
    public decimal ShareLosing => UnitsApplicable == 0 ? 0m : (decimal)UnitsLosing / UnitsApplicable;
}
