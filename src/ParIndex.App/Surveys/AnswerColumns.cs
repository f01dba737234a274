using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// What each column of an answers file holds, as exported by KoboToolbox or ODK: the respondent id (<c>_uuid</c>,
/// <c>_id</c> or <c>respondent_id</c>), the unit (<c>unit</c>), optionally the respondent type (<c>respondent</c>), and
/// one column per question named by its code, possibly behind group prefixes (<c>grp1/Q3</c>). Kobo's one-column-per-
/// choice copies of a multiple choice (<c>grp1/Q5/2</c>) and its metadata (<c>start</c>, <c>end</c>, <c>_index</c>,
/// <c>meta/instanceID</c> …) are ignored; any other column is refused, since it means the file is for another form. A required question always
/// asked (no show-if) must have its column.
/// </summary>
public sealed class AnswerColumns
{
    private static readonly string[] IdNames = ["_uuid", "_id", "respondent_id"];

    private static readonly HashSet<string> Metadata = new(StringComparer.OrdinalIgnoreCase)
    {
        "start", "end", "today", "deviceid", "username", "simserial", "subscriberid", "phonenumber", "audit",
        "instanceID", "instanceName", "deprecatedID", "__version__", "formhub/uuid", "KEY", "SubmissionDate",
    };

    private readonly string[] _header;
    private readonly bool _spreadsheet;

    private AnswerColumns(string[] header, bool spreadsheet)
    {
        _header = header;
        _spreadsheet = spreadsheet;
    }

    public int Id { get; private set; } = -1;

    public int Unit { get; private set; } = -1;

    public int Respondent { get; private set; } = -1;

    public IReadOnlyList<(int Column, Question Question)> Questions { get; private set; } = [];

    public static AnswerColumns Read(Questionnaire questionnaire, IReadOnlyList<string?> header, string file, bool spreadsheet, int line, List<ImportProblem> problems)
    {
        var columns = new AnswerColumns([.. header.Select(h => (h ?? "").Trim())], spreadsheet);
        var names = columns._header;
        int Find(params string[] candidates) =>
            candidates.Select(c => Array.FindIndex(names, n => n.Equals(c, StringComparison.OrdinalIgnoreCase))).FirstOrDefault(i => i >= 0, -1);
        columns.Id = Find(IdNames);
        columns.Unit = Find("unit", "unit_code", "don_vi");
        columns.Respondent = Find("respondent", "respondent_type");
        if (columns.Id < 0) problems.Add(new ImportProblem(file, $"no respondent id column ({string.Join(", ", IdNames)})", line));
        if (columns.Unit < 0) problems.Add(new ImportProblem(file, "no 'unit' column (the code of the unit each response is about)", line));

        var questions = new List<(int, Question)>();
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            if (i == columns.Id || i == columns.Unit || i == columns.Respondent || names[i].Length == 0) continue;
            var parts = names[i].Split('/');
            if (questionnaire.Find(parts[^1]) is { } q)
            {
                if (seen.TryGetValue(q.Code, out var first))
                    problems.Add(new ImportProblem(file, $"question {q.Code} has two columns ({columns.Label(first)} and this one)", line, columns.Label(i)));
                else
                {
                    seen[q.Code] = i;
                    questions.Add((i, q));
                }
                continue;
            }
            var isChoiceColumn = parts.Length >= 2 && questionnaire.Find(parts[^2]) is { Type: QuestionType.Multiple } m
                && m.Options.Any(c => c.Code.Equals(parts[^1], StringComparison.OrdinalIgnoreCase));
            if (isChoiceColumn || names[i].StartsWith('_') || Metadata.Contains(names[i]) || Metadata.Contains(parts[^1])) continue;
            problems.Add(new ImportProblem(file, $"column '{Excerpt.Of(names[i])}' is not a question of questionnaire {questionnaire.Code}", line, columns.Label(i)));
        }
        foreach (var q in questionnaire.Questions.Where(q => q.Required && q.ShowIf is null && !seen.ContainsKey(q.Code)))
            problems.Add(new ImportProblem(file, $"no column for the required question {q.Code}", line) { Question = q.Code });
        columns.Questions = questions;
        return columns;
    }

    /// <summary>A column as problems name it: its letter (XLSX) or number (CSV), with its header.</summary>
    public string Label(int column) =>
        $"{(_spreadsheet ? CellRef.ColumnName(column) : (column + 1).ToString(System.Globalization.CultureInfo.InvariantCulture))} ({(column < _header.Length ? _header[column] : "?")})";

    public static string Cell(IReadOnlyList<string?> cells, int column) =>
        column >= 0 && column < cells.Count ? (cells[column] ?? "").Trim() : "";
}
