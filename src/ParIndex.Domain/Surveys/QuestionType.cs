namespace ParIndex.Domain.Surveys;

/// <summary>What a question asks for: a 5-point Likert score, one or several choices, a number, or free text.</summary>
public enum QuestionType
{
    Likert5,
    Single,
    Multiple,
    Number,
    Text,
}
