using ParIndex.App.Files;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>One row of an answers file turned into a checked response, every problem located by line and column.</summary>
public static class AnswerRow
{
    /// <param name="units">Known unit codes, any case → the code as stored.</param>
    public static Respondent? Read(Questionnaire questionnaire, AnswerColumns columns, int line, IReadOnlyList<string?> cells, string file,
        IReadOnlyDictionary<string, string> units, List<ImportProblem> problems)
    {
        var before = problems.Count;
        void Problem(int column, string message, string? question = null) =>
            problems.Add(new ImportProblem(file, message, line, column >= 0 ? columns.Label(column) : null) { Question = question });

        var id = AnswerColumns.Cell(cells, columns.Id);
        if (id.Length == 0) Problem(columns.Id, "the respondent id is empty");
        else if (id.Length > 100) Problem(columns.Id, "the respondent id is longer than 100 characters");
        var unitText = AnswerColumns.Cell(cells, columns.Unit);
        if (!units.TryGetValue(unitText, out var unit)) Problem(columns.Unit, unitText.Length == 0 ? "the unit is empty" : $"there is no unit '{Excerpt.Of(unitText)}'");
        var type = questionnaire.Respondent;
        if (columns.Respondent >= 0 && AnswerColumns.Cell(cells, columns.Respondent) is { Length: > 0 } typeText)
        {
            if (SurveyText.Respondent(typeText) is { } t) type = t;
            else Problem(columns.Respondent, $"'{Excerpt.Of(typeText)}' is not citizen, business or official");
        }

        var given = columns.Questions.ToDictionary(c => c.Question.Code, c => (string?)AnswerColumns.Cell(cells, c.Column), StringComparer.OrdinalIgnoreCase);
        var (answers, invalid) = ResponseValidator.Check(questionnaire, type, given);
        foreach (var p in invalid)
        {
            var column = columns.Questions.Where(c => string.Equals(c.Question.Code, p.Question, StringComparison.OrdinalIgnoreCase))
                .Select(c => c.Column).DefaultIfEmpty(-1).First();
            Problem(column, p.Message, p.Question);
        }
        return problems.Count > before ? null : new Respondent(id, unit!, type, answers);
    }
}
