using ParIndex.Domain.Scoring;

namespace ParIndex.App.Compute;

/// <summary>Every unit's inputs by leaf ordinal, units in the order they first appear.</summary>
public sealed record ScoreSheet(IReadOnlyList<string> Units, IReadOnlyDictionary<string, LeafInput[]> Inputs);
