namespace ParIndex.Domain.Comparison;

/// <summary>What a unit's change from last year is measured against.</summary>
public enum ChangeBasis
{
    /// <summary>Itself, under the same code.</summary>
    Same,
    /// <summary>Its former self under an earlier code.</summary>
    Renamed,
    /// <summary>The unit it was split from.</summary>
    Split,
    /// <summary>The combination of the units merged into it.</summary>
    Merged,
    /// <summary>Nothing: the unit has no predecessor ("mới").</summary>
    New,
}
