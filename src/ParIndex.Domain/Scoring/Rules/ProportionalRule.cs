using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Points in proportion to a ratio: ratio × maximum (e.g. the share of procedures offered fully online).</summary>
public sealed record ProportionalRule : ScoringRule
{
    public override string Kind => "proportional";

    public override InputKind Accepts => InputKind.Ratio;

    public override IEnumerable<string> Problems(decimal max) => [];

    protected override Message? RejectAccepted(in LeafInput input, decimal max) => RejectRatio(input);

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => input.Value * max;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points) =>
        new($"Tỷ lệ {RatioVi(input)} × {NumberText.Vi(max)} điểm tối đa = {PointsVi(points)}",
            $"Ratio {RatioEn(input)} × {NumberText.Invariant(max)} maximum = {PointsEn(points)}");
}
