using ParIndex.Domain.Scoring;

namespace ParIndex.Domain.Analysis;

/// <summary>
/// One unit's self-assessment and appraisal, scored on the same framework. <see cref="Assessed"/> tells, by leaf
/// ordinal, which items the unit scored itself.
/// </summary>
public sealed record SelfAppraisal(string Code, string Name, UnitScore Self, UnitScore Appraised, IReadOnlyList<bool> Assessed);
