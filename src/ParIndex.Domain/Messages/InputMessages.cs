using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Messages;

/// <summary>Why a typed result of a sub-criterion is refused: read by <see cref="InputText"/>, checked by its rule.</summary>
public static class InputMessages
{
    public static Message WrongKind(InputKind accepts, InputKind given) => new("input.wrong-kind", Kind(accepts), Kind(given));

    public static Message RatioOutside(decimal ratio) => new("input.ratio-outside", new Percent(ratio));

    public static Message CountNotWhole(decimal count) => new("input.count-not-whole", count);

    public static Message PointsOutside(decimal points, decimal low, decimal high) => new("input.points-outside", new Points(points), low, high);

    public static Message PointsOffStep(decimal points, decimal step) => new("input.points-off-step", new Points(points), step);

    public static Message NotAnOption(string? typed, IReadOnlyList<Choice> options) => new("input.not-an-option", new Typed(typed), new Listing([.. options]));

    public static Message NotPoints(string typed) => new("input.not-points", new Typed(typed));

    public static Message NotPassFail(string typed) => new("input.not-pass-fail", new Typed(typed));

    public static Message NotFraction(string typed) => new("input.not-fraction", new Typed(typed));

    public static Message ZeroDenominator(string typed, decimal denominator) => new("input.zero-denominator", new Typed(typed), denominator);

    public static Message NegativeNumerator(string typed) => new("input.negative-numerator", new Typed(typed));

    public static Message NotRatio(string typed) => new("input.not-ratio", new Typed(typed));

    public static Message NotCount(string typed) => new("input.not-count", new Typed(typed));

    public static Message Empty() => new("input.empty");

    public static Message Kind(InputKind kind) => new(kind switch
    {
        InputKind.PassFail => "input.kind.pass-fail",
        InputKind.Option => "input.kind.option",
        InputKind.Ratio => "input.kind.ratio",
        InputKind.Count => "input.kind.count",
        InputKind.Points => "input.kind.points",
        InputKind.NotApplicable => "input.kind.not-applicable",
        _ => "input.kind.missing",
    });
}
