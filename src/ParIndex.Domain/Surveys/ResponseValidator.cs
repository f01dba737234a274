using System.Globalization;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Text;

namespace ParIndex.Domain.Surveys;

/// <summary>
/// Checks one response against its questionnaire and returns the answers in canonical form (choice codes, whole Likert
/// scores, invariant numbers). Questions are walked in order so each show-if reads the earlier answers as accepted:
/// a shown required question must be answered; a hidden question (its condition false, or meant for another kind of
/// respondent) must be empty — an answer to it is refused, not silently dropped, because it means the form and the
/// file disagree. Choices may be given by code or by label; a multiple choice as codes separated by spaces.
/// </summary>
public static class ResponseValidator
{
    public static (Dictionary<string, string[]> Answers, IReadOnlyList<SurveyProblem> Problems) Check(
        Questionnaire questionnaire, RespondentType type, IReadOnlyDictionary<string, string?> given)
    {
        var (answers, problems, _) = Run(questionnaire, type, given, ignoreHidden: false);
        return (answers, problems);
    }

    /// <summary>
    /// As <see cref="Check"/>, but an answer to a hidden question is dropped and named in <c>Ignored</c> instead of
    /// refused: on the web form a respondent may answer a question and then change the answer that showed it.
    /// </summary>
    public static (Dictionary<string, string[]> Answers, IReadOnlyList<SurveyProblem> Problems, IReadOnlyList<string> Ignored) CheckIgnoringHidden(
        Questionnaire questionnaire, RespondentType type, IReadOnlyDictionary<string, string?> given) =>
        Run(questionnaire, type, given, ignoreHidden: true);

    private static (Dictionary<string, string[]>, IReadOnlyList<SurveyProblem>, IReadOnlyList<string>) Run(
        Questionnaire questionnaire, RespondentType type, IReadOnlyDictionary<string, string?> given, bool ignoreHidden)
    {
        var ignored = new List<string>();
        var answers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        var problems = new List<SurveyProblem>();
        foreach (var key in given.Keys.Where(k => questionnaire.Find(k) is null))
            problems.Add(new(key, "answer", "there is no such question"));
        foreach (var q in questionnaire.Questions)
        {
            var text = given.TryGetValue(q.Code, out var t) ? t?.Trim() ?? "" : "";
            var shown = Questionnaire.IsFor(q, type) && (q.ShowIf?.Holds(answers) ?? true);
            if (!shown)
            {
                if (text.Length > 0 && ignoreHidden) ignored.Add(q.Code);
                else if (text.Length > 0)
                    problems.Add(new(q.Code, "answer", Questionnaire.IsFor(q, type)
                        ? $"the question is hidden (show if {q.ShowIf}) but has the answer '{Excerpt.Of(text)}'"
                        : $"the question is not asked of a {type} respondent but has the answer '{Excerpt.Of(text)}'"));
                continue;
            }
            if (text.Length == 0)
            {
                if (q.Required) problems.Add(new(q.Code, "answer", "a required question has no answer"));
                continue;
            }
            var (values, error) = Parse(q, text);
            if (error is not null) problems.Add(new(q.Code, "answer", error));
            else answers[q.Code] = values;
        }
        return (answers, problems, ignored);
    }

    /// <summary>One answer as typed or exported, in canonical form, or why it is refused.</summary>
    public static (string[] Values, string? Error) Parse(Question q, string text)
    {
        switch (q.Type)
        {
            case QuestionType.Likert5:
                return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5
                    ? ([score.ToString(CultureInfo.InvariantCulture)], null)
                    : ([], $"'{Excerpt.Of(text)}' is not a score from 1 to 5");
            case QuestionType.Number:
                return DecimalText.Read(text) switch
                {
                    (var n, null) => ([n.ToString(CultureInfo.InvariantCulture)], null),
                    (_, { } grouped) when DecimalText.Grouped(text) => ([], grouped.In(Language.En)),
                    _ => ([], $"'{Excerpt.Of(text)}' is not a number"),
                };
            case QuestionType.Single:
                return ChoiceOf(q, text) is { } code ? ([code], null) : ([], NotAChoice(q, text));
            case QuestionType.Multiple:
            {
                var whole = ChoiceOf(q, text);
                if (whole is not null) return ([whole], null);
                var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                var codes = new List<string>();
                foreach (var part in parts)
                {
                    if (ChoiceOf(q, part) is not { } c) return ([], NotAChoice(q, part));
                    if (!codes.Contains(c)) codes.Add(c);
                }
                return ([.. codes], null);
            }
            default:
                return ([text], null);
        }
    }

    private static string? ChoiceOf(Question q, string text) =>
        (q.Options.FirstOrDefault(c => string.Equals(c.Code, text, StringComparison.OrdinalIgnoreCase))
         ?? q.Options.FirstOrDefault(c => string.Equals(c.Label, text, StringComparison.OrdinalIgnoreCase)
                                          || string.Equals(c.LabelEn, text, StringComparison.OrdinalIgnoreCase)))?.Code;

    private static string NotAChoice(Question q, string text) =>
        $"'{Excerpt.Of(text)}' is not one of the choices ({string.Join(", ", q.Options.Select(c => c.Code))})";
}
