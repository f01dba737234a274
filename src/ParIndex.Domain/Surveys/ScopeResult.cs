namespace ParIndex.Domain.Surveys;

/// <summary>
/// The measures of one unit (or one group of units, or all): respondents, whether below the minimum (then not ranked),
/// every measure's estimate, expectation gaps (mean expectation − mean satisfaction, over the respondents who answered
/// both of a pair), the SIPAS index (null unless all five factors were measured) and the rank on it.
/// </summary>
public sealed record ScopeResult(
    string Scope,
    int Respondents,
    bool BelowMinimum,
    IReadOnlyDictionary<MeasureKey, Estimate> Measures,
    IReadOnlyDictionary<MeasureKey, double> ExpectationGaps,
    double? SipasIndex,
    int? Rank);

/// <summary>All the measures of a survey: per unit (ranked), per group of units, and over everyone.</summary>
public sealed record SurveyResults(IReadOnlyList<ScopeResult> Units, IReadOnlyList<ScopeResult> Groups, ScopeResult Overall);
