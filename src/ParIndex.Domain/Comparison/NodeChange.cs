namespace ParIndex.Domain.Comparison;

/// <summary>
/// One node's change for one unit: its component index now and the same measure last year through the crosswalk
/// (Σ share × points ÷ Σ share × applicable max of its predecessors × 100), and the change between the published
/// (two-decimal) values in percentage points. The bonus/penalty content has no maximum: it is compared in points
/// (<see cref="InPoints"/>). <see cref="From"/> names the earlier nodes.
/// </summary>
public sealed record NodeChange(string Code, NodeChangeBasis Basis, IReadOnlyList<string> From, decimal? Previous, decimal? Current, decimal? Delta, bool InPoints = false);
