using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// Points from a survey indicator (điều tra xã hội học), e.g. the share of citizens satisfied: in proportion to the
/// indicator, or by tiers on it. The input is the indicator's value as a ratio.
/// </summary>
public sealed record SurveyRule(string Indicator, SurveyMode Mode, TierScale? Scale = null) : ScoringRule
{
    public override string Kind => "survey";

    public override InputKind Accepts => InputKind.Ratio;

    public override IEnumerable<string> Problems(decimal max)
    {
        if (string.IsNullOrWhiteSpace(Indicator)) yield return "a survey rule needs an indicator";
        if (Mode == SurveyMode.Tiers)
        {
            if (Scale is null) { yield return "a tiered survey rule needs tiers"; yield break; }
            if (Scale.Basis != TierBasis.Ratio) yield return "survey tiers are on a ratio";
            foreach (var p in Scale.Problems(max)) yield return p;
        }
    }

    protected override Message? RejectAccepted(in LeafInput input, decimal max) => RejectRatio(input);

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) =>
        Mode == SurveyMode.Proportional ? input.Value * max : Scale!.Find(input.Value)?.Points ?? 0m;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points)
    {
        if (Mode == SurveyMode.Proportional)
            return new($"Chỉ số khảo sát {Indicator} = {RatioVi(input)} × {NumberText.Vi(max)} điểm tối đa = {PointsVi(points)}",
                       $"Survey indicator {Indicator} = {RatioEn(input)} × {NumberText.Invariant(max)} maximum = {PointsEn(points)}");
        var tier = Scale!.Find(input.Value);
        return tier is null
            ? new($"Chỉ số khảo sát {Indicator} = {RatioVi(input)} không thuộc mức nào → 0 điểm", $"Survey indicator {Indicator} = {RatioEn(input)} is in no tier → 0 points")
            : new($"Chỉ số khảo sát {Indicator} = {RatioVi(input)} thuộc mức {Scale.DescribeVi(tier)} → {PointsVi(points)}",
                  $"Survey indicator {Indicator} = {RatioEn(input)} is in the tier {Scale.DescribeEn(tier)} → {PointsEn(points)}");
    }
}
