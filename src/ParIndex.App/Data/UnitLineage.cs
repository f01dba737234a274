using ParIndex.Domain.Comparison;

namespace ParIndex.App.Data;

/// <summary>A merge, split or rename, effective on a date (DESIGN.md §1: since 1 July 2025, 34 provinces).</summary>
public sealed class UnitLineage
{
    public int Id { get; set; }

    public int FromUnitId { get; set; }

    public Unit FromUnit { get; set; } = null!;

    public int ToUnitId { get; set; }

    public Unit ToUnit { get; set; } = null!;

    public LineageKind Kind { get; set; }

    public DateOnly EffectiveOn { get; set; }

    public decimal Weight { get; set; } = 1m;
}
