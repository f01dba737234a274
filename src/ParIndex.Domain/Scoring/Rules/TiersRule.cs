using ParIndex.Domain.Messages;
namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Tiers on a ratio (e.g. ≥ 90 % → 2, 70–&lt;90 % → 1, &lt; 70 % → 0) or on a count (news items, inspections).</summary>
public sealed record TiersRule(TierScale Scale) : ScoringRule
{
    public override string Kind => "tiers";

    public override InputKind Accepts => Scale.Basis == TierBasis.Ratio ? InputKind.Ratio : InputKind.Count;

    public override IEnumerable<string> Problems(decimal max) => Scale.Problems(max);

    protected override Message? RejectAccepted(in LeafInput input, decimal max) =>
        Scale.Basis == TierBasis.Ratio ? RejectRatio(input) : RejectCount(input);

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => Scale.Find(input.Value)?.Points ?? 0m;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points)
    {
        var tier = Scale.Find(input.Value);
        var (valueVi, valueEn) = Scale.Basis == TierBasis.Ratio
            ? ($"Tỷ lệ {RatioVi(input)}", $"Ratio {RatioEn(input)}")
            : ($"Số lượng {input.Value}", $"Count {input.Value}");
        return tier is null
            ? new($"{valueVi} không thuộc mức nào → 0 điểm", $"{valueEn} is in no tier → 0 points")
            : new($"{valueVi} thuộc mức {Scale.DescribeVi(tier)} → {PointsVi(points)}",
                  $"{valueEn} is in the tier {Scale.DescribeEn(tier)} → {PointsEn(points)}");
    }
}
