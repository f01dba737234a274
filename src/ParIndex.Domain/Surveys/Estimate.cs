namespace ParIndex.Domain.Surveys;

/// <summary>
/// One measure of one group of questions for one unit (or group of units): the respondents who answered it, their
/// weight, Kish's effective sample size n_eff = (Σw)² / Σw², the weighted share satisfied with its 95 % Wilson
/// interval on n_eff, and the weighted mean score with its 95 % normal interval mean ± 1.96·√(s² / n_eff), where s² is
/// the weighted variance corrected by n_eff / (n_eff − 1). Intervals are null when n_eff ≤ 1.
/// </summary>
public sealed record Estimate(int Count, double WeightSum, double EffectiveN, double Share, Interval? ShareCi, double Mean, Interval? MeanCi);

/// <summary>A 95 % confidence interval.</summary>
public readonly record struct Interval(double Low, double High);
