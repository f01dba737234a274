namespace ParIndex.Domain.Composite;

/// <summary>
/// An indicator's own normalisation settings from the structure file (COINr's iMeta columns): the method that
/// overrides the global one, the target of <c>dist2targ</c> and whether to cap at it, and the bounds that
/// <c>scaled</c> and <c>goalposts</c> take from the structure when the command line gives none.
/// </summary>
public sealed record IndicatorParameters(
    Normalisation? Normalisation = null,
    double? Target = null,
    bool CapAtTarget = false,
    double? ScaledLower = null,
    double? ScaledUpper = null,
    double? ScaleFactor = null,
    double? GoalpostLower = null,
    double? GoalpostUpper = null,
    double? GoalpostScale = null,
    bool GoalpostTruncate = true)
{
    public static readonly IndicatorParameters None = new();
}
