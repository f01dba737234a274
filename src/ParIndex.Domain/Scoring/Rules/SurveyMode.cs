namespace ParIndex.Domain.Scoring.Rules;

public enum SurveyMode
{
    Proportional,
    Tiers,
}
