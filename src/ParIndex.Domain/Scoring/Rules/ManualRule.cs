using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>Points entered by hand within [0, max], in multiples of <see cref="Step"/> when one is set.</summary>
public sealed record ManualRule(decimal? Step = null) : ScoringRule
{
    public override string Kind => "manual";

    public override InputKind Accepts => InputKind.Points;

    public override IEnumerable<string> Problems(decimal max)
    {
        if (Step is <= 0) yield return "step must be greater than 0";
        else if (Step is { } s && max % s != 0) yield return $"the maximum {NumberText.Invariant(max)} is not a multiple of the step {NumberText.Invariant(s)}";
    }

    protected override Message? RejectAccepted(in LeafInput input, decimal max)
    {
        if (input.Value < 0 || input.Value > max)
            return InputMessages.PointsOutside(input.Value, 0m, max);
        return Step is { } s and > 0 && input.Value % s != 0
            ? InputMessages.PointsOffStep(input.Value, s)
            : null;
    }

    protected override decimal ScoreAccepted(in LeafInput input, decimal max) => input.Value;

    protected override Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points) =>
        new($"Chấm trực tiếp {PointsVi(points)} (tối đa {NumberText.Vi(max)})", $"Scored directly: {PointsEn(points)} of {NumberText.Invariant(max)}");
}
