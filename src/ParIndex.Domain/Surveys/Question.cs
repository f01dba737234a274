namespace ParIndex.Domain.Surveys;

/// <summary>
/// One question: its code (unique in the questionnaire, the column name of answer files), type, labels, whether an
/// answer is required when it is shown, its show-if condition on earlier answers, who it is for (null: everyone the
/// questionnaire is for), its choices, and the indicators it feeds: a SIPAS factor (F1–F5), a PAR survey indicator code
/// (the <c>indicator</c> of a framework's survey rules, e.g. <c>SIPAS.F1</c>, <c>DDCI.VB</c>), a DDCI indicator. An
/// expectation question names the satisfaction question it accompanies in <see cref="ExpectationOf"/>.
/// </summary>
public sealed record Question(
    string Code,
    QuestionType Type,
    string Label,
    string? LabelEn = null,
    bool Required = false,
    Condition? ShowIf = null,
    RespondentType? Respondent = null,
    IReadOnlyList<Choice>? Choices = null,
    string? SipasFactor = null,
    string? Indicator = null,
    string? Ddci = null,
    string? ExpectationOf = null)
{
    public IReadOnlyList<Choice> Options => Choices ?? [];

    public bool HasChoices => Type is QuestionType.Single or QuestionType.Multiple;

    /// <summary>The key a measure of this question is grouped under, per dimension, or null.</summary>
    public string? KeyOf(Dimension dimension) => dimension switch
    {
        Dimension.SipasFactor => SipasFactor,
        Dimension.Indicator => Indicator,
        Dimension.Ddci => Ddci,
        _ => null,
    };
}
