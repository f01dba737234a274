namespace ParIndex.Domain.Comparison;

/// <summary>
/// One step of a unit's lineage, effective in <see cref="Year"/>. <see cref="Weight"/> is the "from" unit's weight
/// when predecessors are combined by weighted mean (population, staff…); it defaults to 1.
/// </summary>
public sealed record LineageEvent(string From, string To, LineageKind Kind, int? Year = null, decimal Weight = 1m);
