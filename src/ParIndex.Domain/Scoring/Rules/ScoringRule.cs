using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;

namespace ParIndex.Domain.Scoring.Rules;

/// <summary>
/// How a leaf's points follow from the unit's input (cách chấm điểm). Each rule states the input it accepts,
/// rejects inputs it cannot score, computes the points and explains them.
/// </summary>
public abstract record ScoringRule
{
    /// <summary>The rule's name in the file formats: passFail, options, tiers, proportional, deduction, bonus, manual, survey.</summary>
    public abstract string Kind { get; }

    public abstract InputKind Accepts { get; }

    /// <summary>
    /// The largest maximum, points or per-item amount a framework may give (far above any real index, small enough that
    /// no score, count × amount or sum over a framework can overflow a decimal).
    /// </summary>
    public const decimal MaxPoints = 1_000_000m;

    /// <summary>Null when the rule can score the input on a leaf worth <paramref name="max"/>, otherwise why not.</summary>
    public Message? Reject(in LeafInput input, decimal max)
    {
        if (input.Kind is InputKind.Missing or InputKind.NotApplicable) return null;
        if (input.Kind != Accepts) return InputMessages.WrongKind(Accepts, input.Kind);
        return RejectAccepted(input, max);
    }

    /// <summary>The points for an input that <see cref="Reject"/> accepted; missing and not-applicable inputs score zero.</summary>
    public decimal Score(in LeafInput input, decimal max) =>
        input.Kind is InputKind.Missing or InputKind.NotApplicable ? 0m : ScoreAccepted(input, max);

    public Explanation Explain(in LeafInput input, decimal max) => input.Kind switch
    {
        InputKind.Missing => new("Chưa nhập kết quả → 0 điểm", "No input → 0 points"),
        InputKind.NotApplicable => new(
            $"Không áp dụng: {NumberText.Vi(max)} điểm tối đa không tính vào mẫu số",
            $"Not applicable: its {NumberText.Invariant(max)} points leave the denominator"),
        _ => ExplainAccepted(input, max, ScoreAccepted(input, max)),
    };

    /// <summary>What is wrong with this rule on a leaf worth <paramref name="max"/>; empty when nothing is.</summary>
    public abstract IEnumerable<string> Problems(decimal max);

    protected virtual Message? RejectAccepted(in LeafInput input, decimal max) => null;

    protected abstract decimal ScoreAccepted(in LeafInput input, decimal max);

    protected abstract Explanation ExplainAccepted(in LeafInput input, decimal max, decimal points);

    protected static Message? RejectRatio(in LeafInput input) =>
        input.Value is < 0m or > 1m ? InputMessages.RatioOutside(input.Value) : null;

    protected static Message? RejectCount(in LeafInput input) =>
        input.Value < 0m || decimal.Truncate(input.Value) != input.Value ? InputMessages.CountNotWhole(input.Value) : null;

    protected static string PointsVi(decimal points) => NumberText.Vi(Publish.Round(points)) + " điểm";

    protected static string PointsEn(decimal points) =>
        NumberText.Invariant(Publish.Round(points)) + (Publish.Round(points) == 1m ? " point" : " points");

    protected static string RatioVi(in LeafInput input) =>
        NumberText.PercentVi(Publish.Round(input.Value, 4)) + Fraction(input);

    protected static string RatioEn(in LeafInput input) =>
        NumberText.Percent(Publish.Round(input.Value, 4)) + Fraction(input);

    private static string Fraction(in LeafInput input) =>
        input is { Numerator: { } n, Denominator: { } d } ? $" ({NumberText.Invariant(n)}/{NumberText.Invariant(d)})" : "";
}
