using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// Bonus or penalty points outside the framework's maximum (điểm thưởng / điểm trừ): with <see cref="PerItem"/> the
/// input is a count of items and the points are count × perItem; without it the input is the points themselves.
/// Either way the result lies within [<see cref="Floor"/>, <see cref="Cap"/>]. A bonus leaf never enters the
/// denominator, so it can take a unit's total above (or, with a negative floor, below) the plain sum.
/// </summary>
public sealed record BonusRule(decimal Cap, decimal? PerItem = null, decimal Floor = 0m) : ScoringRule
{
    public override string Kind => "bonus";

    public override InputKind Accepts => PerItem is null ? InputKind.Points : InputKind.Count;

    public override IEnumerable<string> Problems(decimal max)
    {
        if (Cap < Floor) yield return $"cap {NumberText.Invariant(Cap)} is below floor {NumberText.Invariant(Floor)}";
        if (PerItem == 0) yield return "perItem must not be 0";
        if (Math.Abs(PerItem ?? 0) > MaxPoints || Math.Abs(Floor) > MaxPoints || Math.Abs(Cap) > MaxPoints)
            yield return $"cap, floor and perItem must lie within ±{NumberText.Invariant(MaxPoints)}";
        if (max != Math.Max(Cap, 0)) yield return $"a bonus leaf's max must equal its cap ({NumberText.Invariant(Math.Max(Cap, 0))})";
    }

    protected override Message? RejectAccepted(in LeafInput input, decimal max)
    {
        if (PerItem is not null) return RejectCount(input);
        return input.Value < Floor || input.Value > Cap
            ? InputMessages.PointsOutside(input.Value, Floor, Cap)
            : null;
    }

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) =>
        Math.Clamp(PerItem is { } per ? per * input.Value : input.Value, Floor, Cap);

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points)
    {
        var range = $"[{NumberText.Invariant(Floor)}; {NumberText.Invariant(Cap)}]";
        return PerItem is { } per
            ? new($"{input.Value} × {NumberText.Vi(per)} điểm, giới hạn trong {range.Replace('.', ',')} → {PointsVi(points)} (ngoài tổng điểm tối đa)",
                  $"{input.Value} × {NumberText.Invariant(per)} points, limited to {range} → {PointsEn(points)} (outside the maximum)")
            : new($"Điểm thưởng/trừ {PointsVi(points)} (ngoài tổng điểm tối đa)", $"Bonus/penalty of {PointsEn(points)} (outside the maximum)");
    }
}
