using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Đạt / không đạt: the full maximum on pass, zero on fail.</summary>
public sealed record PassFailRule : ScoringRule
{
    public override string Kind => "passFail";

    public override InputKind Accepts => InputKind.PassFail;

    public override IEnumerable<string> Problems(decimal max) => [];

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => input.Passed ? max : 0m;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points) => input.Passed
        ? new($"Đạt → {PointsVi(points)} (tối đa {NumberText.Vi(max)})", $"Passed → {PointsEn(points)} of {NumberText.Invariant(max)}")
        : new($"Không đạt → 0 điểm (tối đa {NumberText.Vi(max)})", $"Failed → 0 points of {NumberText.Invariant(max)}");
}
