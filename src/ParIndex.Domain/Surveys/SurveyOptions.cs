namespace ParIndex.Domain.Surveys;

/// <summary>
/// How a survey is summarised: a respondent is satisfied with a group of questions when their mean score on it is at
/// least <see cref="Threshold"/> (default 4 of 5); units with fewer than <see cref="MinRespondents"/> responses are
/// flagged and not ranked; the SIPAS index weighs the five factor shares by <see cref="FactorWeights"/> (default equal).
/// </summary>
public sealed record SurveyOptions(double Threshold = 4, int MinRespondents = 30, IReadOnlyDictionary<string, double>? FactorWeights = null)
{
    public double WeightOf(string factor) => FactorWeights is { } w ? w.GetValueOrDefault(factor) : 1;
}
