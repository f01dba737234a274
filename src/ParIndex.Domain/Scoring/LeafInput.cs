namespace ParIndex.Domain.Scoring;

/// <summary>
/// What a unit entered for one sub-criterion. A ratio may keep the numerator and denominator it came from
/// ("45/50"), so an explanation can show them.
/// </summary>
public readonly record struct LeafInput(InputKind Kind, decimal Value = 0, string? Key = null, decimal? Numerator = null, decimal? Denominator = null)
{
    public static readonly LeafInput Missing = new(InputKind.Missing);

    public static readonly LeafInput NotApplicable = new(InputKind.NotApplicable);

    public static LeafInput Pass(bool passed) => new(InputKind.PassFail, passed ? 1 : 0);

    public static LeafInput Option(string key) => new(InputKind.Option, Key: key);

    public static LeafInput Ratio(decimal ratio) => new(InputKind.Ratio, ratio);

    public static LeafInput RatioOf(decimal numerator, decimal denominator) =>
        new(InputKind.Ratio, numerator / denominator, Numerator: numerator, Denominator: denominator);

    public static LeafInput Count(int count) => new(InputKind.Count, count);

    public static LeafInput Points(decimal points) => new(InputKind.Points, points);

    public bool Passed => Kind == InputKind.PassFail && Value == 1;
}
