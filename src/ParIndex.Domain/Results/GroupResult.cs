using ParIndex.Domain.Frameworks;

namespace ParIndex.Domain.Results;

/// <summary>A unit group's results: units ordered by rank (then code), and the group's statistics.</summary>
public sealed record GroupResult(string Group, CompiledFramework Framework, IReadOnlyList<UnitResult> Units, GroupStatistics Statistics);
