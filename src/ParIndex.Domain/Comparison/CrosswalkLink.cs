namespace ParIndex.Domain.Comparison;

/// <summary>
/// One line of a crosswalk: node <see cref="From"/> of the earlier edition became (part of) node <see cref="To"/> of the
/// later one. <see cref="Share"/> is the part of the old node that went into the new one (1 unless split); a new node
/// has no <see cref="From"/>, a dropped one no <see cref="To"/>.
/// </summary>
public sealed record CrosswalkLink(string? From, string? To, NodeMapping Kind, decimal Share = 1m, string? Note = null);
