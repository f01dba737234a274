namespace ParIndex.Domain.Composite;

/// <summary>
/// One unit's rank under uncertainty: the nominal rank (0 = none) and the mean, median, 5 % and 95 % quantiles of its
/// rank over the replications in which it has one (NaN if none).
/// </summary>
public sealed record UnitRankSummary(string Unit, int Nominal, double Mean, double Median, double Q5, double Q95);
