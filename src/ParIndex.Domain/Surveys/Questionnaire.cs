namespace ParIndex.Domain.Surveys;

/// <summary>A questionnaire (phiếu khảo sát): sections of questions, for one kind of respondent by default.</summary>
public sealed record Questionnaire(string Code, string Name, string? NameEn, RespondentType Respondent, IReadOnlyList<Section> Sections)
{
    /// <summary>Every question in order.</summary>
    public IEnumerable<Question> Questions => Sections.SelectMany(s => s.Questions);

    /// <summary>The question with this code (case-insensitive), or null.</summary>
    public Question? Find(string code) =>
        Questions.FirstOrDefault(q => string.Equals(q.Code, code, StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether a question is meant for a respondent of this type.</summary>
    public static bool IsFor(Question question, RespondentType type) => question.Respondent is null || question.Respondent == type;
}
