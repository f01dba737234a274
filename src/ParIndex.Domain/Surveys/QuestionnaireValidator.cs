using ParIndex.Domain.Text;
namespace ParIndex.Domain.Surveys;

/// <summary>
/// The problems of a questionnaire definition, each located by question code and field: duplicate or missing codes,
/// choice questions without choices or with duplicate choice codes, show-if conditions on unknown or later questions
/// (parse errors are caught where the text is read), mappings on questions that give no score (only Likert questions
/// feed indicators), unknown SIPAS factors, and expectation questions that are not Likert or accompany no Likert question.
/// </summary>
public static class QuestionnaireValidator
{
    public static IReadOnlyList<SurveyProblem> Problems(Questionnaire questionnaire)
    {
        var problems = new List<SurveyProblem>();
        if (string.IsNullOrWhiteSpace(questionnaire.Code)) problems.Add(new(null, "code", "the questionnaire needs a code"));
        if (string.IsNullOrWhiteSpace(questionnaire.Name)) problems.Add(new(null, "name", "the questionnaire needs a name"));
        if (!questionnaire.Questions.Any()) problems.Add(new(null, "questions", "the questionnaire has no question"));
        var sections = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in questionnaire.Sections)
        {
            if (string.IsNullOrWhiteSpace(section.Code)) problems.Add(new(null, "section", "a section needs a code"));
            else if (!sections.Add(section.Code)) problems.Add(new(null, "section", $"section '{Excerpt.Of(section.Code)}' appears twice"));
            if (section.Questions.Count == 0) problems.Add(new(null, "section", $"section '{Excerpt.Of(section.Code)}' has no question"));
        }

        var earlier = new Dictionary<string, Question>(StringComparer.OrdinalIgnoreCase);
        var all = questionnaire.Questions.GroupBy(q => q.Code, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        foreach (var q in questionnaire.Questions)
        {
            void Add(string field, string message) => problems.Add(new(q.Code, field, message));
            if (string.IsNullOrWhiteSpace(q.Code) || q.Code.Any(c => char.IsWhiteSpace(c) || c is '/' or ','))
                Add("code", $"'{Excerpt.Of(q.Code)}' is not a question code (letters, digits, '_', '.', '-'; no spaces, '/' or ',')");
            else if (earlier.ContainsKey(q.Code)) Add("code", "the code appears twice");
            if (string.IsNullOrWhiteSpace(q.Label)) Add("label", "the question needs a label");

            if (q.HasChoices)
            {
                if (q.Options.Count == 0) Add("choices", $"a {q.Type} question needs choices");
                foreach (var dup in q.Options.GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
                    Add("choices", $"choice code '{Excerpt.Of(dup.Key)}' appears twice");
                foreach (var c in q.Options.Where(c => string.IsNullOrWhiteSpace(c.Code) || c.Code.Any(char.IsWhiteSpace)))
                    Add("choices", $"choice code '{Excerpt.Of(c.Code)}' is empty or has spaces (multiple answers are separated by spaces)");
            }
            else if (q.Options.Count > 0) Add("choices", $"a {q.Type} question has no choices");

            if (q.ShowIf is { } condition)
                foreach (var code in condition.Questions.Distinct(StringComparer.OrdinalIgnoreCase))
                {
                    if (earlier.ContainsKey(code)) continue;
                    Add("show_if", all.ContainsKey(code)
                        ? $"the condition reads {code}, which comes later; a condition may only read earlier answers"
                        : $"the condition reads {code}, which is not a question");
                }

            var feeds = q.SipasFactor is not null || q.Indicator is not null || q.Ddci is not null;
            if (feeds && q.Type != QuestionType.Likert5) Add("indicator", "only Likert (1–5) questions feed indicators");
            if (q.SipasFactor is { } factor && !SipasFactor.IsFactor(factor)) Add("sipas_factor", $"'{Excerpt.Of(factor)}' is not a SIPAS factor (F1–F5)");
            if (q.ExpectationOf is { } of)
            {
                if (q.Type != QuestionType.Likert5) Add("expectation_of", "an expectation question is a Likert (1–5) question");
                if (feeds) Add("expectation_of", "an expectation question feeds no indicator itself; it is read beside the question it accompanies");
                if (!all.TryGetValue(of, out var target)) Add("expectation_of", $"{of} is not a question");
                else if (target.Type != QuestionType.Likert5 || target.ExpectationOf is not null) Add("expectation_of", $"{of} is not a Likert satisfaction question");
            }
            if (!string.IsNullOrWhiteSpace(q.Code)) earlier.TryAdd(q.Code, q);
        }
        foreach (var pair in questionnaire.Questions.Where(q => q.ExpectationOf is not null).GroupBy(q => q.ExpectationOf!, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            problems.Add(new(pair.Key, "expectation_of", $"{string.Join(", ", pair.Select(q => q.Code))} all accompany {pair.Key}; one expectation question per satisfaction question"));
        return problems;
    }
}
