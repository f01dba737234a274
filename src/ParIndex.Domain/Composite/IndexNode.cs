namespace ParIndex.Domain.Composite;

/// <summary>
/// One row of the index structure (COINr's iMeta): an indicator (level 1) or an aggregate (level 2 and up), its
/// parent, its weight within the parent, and for indicators the direction (1 higher is better, -1 lower is better)
/// and its own normalisation settings.
/// </summary>
public sealed record IndexNode(
    string Code,
    int Level,
    string? Parent,
    double Weight,
    int Direction,
    bool IsIndicator,
    IndicatorParameters? Parameters = null,
    int Line = 0)
{
    public IndicatorParameters Settings => Parameters ?? IndicatorParameters.None;
}
