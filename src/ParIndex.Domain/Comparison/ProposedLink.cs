namespace ParIndex.Domain.Comparison;

/// <summary>A crosswalk link proposed from codes and names, with the names' similarity (null for new and dropped nodes) for the reviewer.</summary>
public sealed record ProposedLink(CrosswalkLink Link, decimal? Similarity);
