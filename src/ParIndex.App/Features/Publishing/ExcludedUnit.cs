namespace ParIndex.App.Features.Publishing;

/// <summary>A unit of a published group left out of its ranking, with the reason the results show publicly.</summary>
public sealed record ExcludedUnit(string Code, string Name, string ReasonVi, string ReasonEn);
