namespace ParIndex.Domain.Composite;

/// <summary>One value changed before normalisation: by which step (<c>impute</c> or <c>treat</c>), from what to what, and why.</summary>
public sealed record CellChange(string Unit, string Code, string Step, double Before, double After, string Reason);
