namespace ParIndex.Domain.Comparison;

/// <summary>The part of a crosswalk link a problem is about, so a file reader can point at the cell.</summary>
public enum CrosswalkField
{
    From,
    To,
    Kind,
    Share,
}
