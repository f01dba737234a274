using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// The XLSForm-style questionnaire workbook: sheet <c>survey</c>, one row per question, columns <c>section, code, type,
/// label, label_en, required, show_if, respondent, sipas_factor, indicator, ddci, expectation_of</c> (type
/// <c>likert5</c>, <c>number</c>, <c>text</c>, or <c>single LIST</c> / <c>multiple LIST</c> naming a list of sheet
/// <c>choices</c>: <c>list, code, label, label_en</c>); optional sheet <c>settings</c> with <c>code, name, name_en,
/// respondent</c> in its second row (default: the file name, citizens). The section cell is the title of the question's
/// screen; consecutive questions with the same title form one section. Every problem is located by sheet, row and column.
/// </summary>
public static class QuestionnaireXlsx
{
    public const string SurveySheet = "survey";
    public const string ChoicesSheet = "choices";
    public const string SettingsSheet = "settings";

    private static readonly string[] Columns =
        ["section", "code", "type", "label", "label_en", "required", "show_if", "respondent", "sipas_factor", "indicator", "ddci", "expectation_of"];

    public static Questionnaire Read(byte[] bytes, string file)
    {
        var sheets = XlsxReader.Read(bytes, file);
        var problems = new List<ImportProblem>();
        var survey = sheets.FirstOrDefault(s => s.Name.Trim().Equals(SurveySheet, StringComparison.OrdinalIgnoreCase));
        if (survey is null) throw new ImportException([new ImportProblem(file, $"the workbook has no sheet '{Excerpt.Of(SurveySheet)}' (sheets: {string.Join(", ", sheets.Select(s => $"'{Excerpt.Of(s.Name)}'"))})")]);

        var lists = ReadChoices(sheets.FirstOrDefault(s => s.Name.Trim().Equals(ChoicesSheet, StringComparison.OrdinalIgnoreCase)), file, problems);
        var (code, name, nameEn, respondent) = ReadSettings(sheets.FirstOrDefault(s => s.Name.Trim().Equals(SettingsSheet, StringComparison.OrdinalIgnoreCase)), file, problems);

        var header = Header(survey);
        var col = Columns.ToDictionary(c => c, c => header.FindIndex(h => h.Equals(c, StringComparison.OrdinalIgnoreCase)));
        foreach (var required in new[] { "section", "code", "type", "label" }.Where(c => col[c] < 0))
            problems.Add(new ImportProblem(file, $"missing column '{Excerpt.Of(required)}' (header: {Excerpt.Of(string.Join(",", header))})", 1, Sheet: survey.Name));
        ImportException.ThrowIfAny(QuestionnaireFiles.AboutQuestions(problems));

        var rows = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var sections = new List<(string Title, List<Question> Questions)>();
        for (var r = 1; r < survey.Rows.Count; r++)
        {
            string Cell(string column) => col[column] < 0 ? "" : (survey.Cell(r, col[column]) ?? "").Trim();
            string? Optional(string column) => Cell(column) is { Length: > 0 } v ? v : null;
            void Problem(string column, string message) =>
                problems.Add(new ImportProblem(file, message, r + 1, $"{CellRef.ColumnName(Math.Max(0, col[column]))} ({column})", survey.Name, Optional("code")));
            if (survey.Rows[r].All(string.IsNullOrWhiteSpace)) continue;

            var qcode = Cell("code");
            rows.TryAdd(qcode, r + 1);
            var typeWords = Cell("type").Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var type = SurveyText.Type(typeWords.FirstOrDefault());
            if (type is null) { Problem("type", $"'{Cell("type")}' is not likert5, single LIST, multiple LIST, number or text"); continue; }
            IReadOnlyList<Choice>? choices = null;
            if (type is QuestionType.Single or QuestionType.Multiple)
            {
                if (typeWords.Length != 2) Problem("type", $"a {SurveyText.Name(type.Value)} question names its list of choices: '{SurveyText.Name(type.Value)} LIST'");
                else if (!lists.TryGetValue(typeWords[1], out choices)) Problem("type", $"there is no list '{Excerpt.Of(typeWords[1])}' in sheet '{Excerpt.Of(ChoicesSheet)}'");
            }
            Condition? showIf = null;
            if (Optional("show_if") is { } condition)
            {
                try { showIf = Condition.Parse(condition); }
                catch (ConditionException e) { Problem("show_if", e.Message); }
            }
            RespondentType? who = null;
            if (Optional("respondent") is { } rtext && (who = SurveyText.Respondent(rtext)) is null)
                Problem("respondent", $"'{Excerpt.Of(rtext)}' is not citizen, business or official");
            var requiredText = Cell("required").ToLowerInvariant();
            if (requiredText is not ("" or "yes" or "no" or "true" or "false" or "x" or "1" or "0" or "có" or "không"))
                Problem("required", $"'{Cell("required")}' is not yes or no");

            var question = new Question(qcode, type.Value, Cell("label"), Optional("label_en"), requiredText is "yes" or "true" or "x" or "1" or "có",
                showIf, who, choices, Optional("sipas_factor"), Optional("indicator"), Optional("ddci"), Optional("expectation_of"));
            var title = Cell("section");
            if (sections.Count == 0 || sections[^1].Title != title) sections.Add((title, []));
            sections[^1].Questions.Add(question);
        }
        ImportException.ThrowIfAny(QuestionnaireFiles.AboutQuestions(problems));

        var questionnaire = new Questionnaire(code ?? Path.GetFileNameWithoutExtension(file), name ?? Path.GetFileNameWithoutExtension(file), nameEn,
            respondent ?? RespondentType.Citizen,
            [.. sections.Select((s, i) => new Section((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), s.Title, null, s.Questions))]);
        var invalid = QuestionnaireValidator.Problems(questionnaire);
        ImportException.ThrowIfAny([.. invalid.Select(p =>
        {
            var column = Columns.FirstOrDefault(c => c == p.Field) ?? (p.Field == "choices" ? "type" : "code");
            var at = col.GetValueOrDefault(column, -1);
            return new ImportProblem(file, p.Message, p.Question is { } q && rows.TryGetValue(q, out var row) ? row : null,
                at >= 0 ? $"{CellRef.ColumnName(at)} ({column})" : p.Field, survey.Name) { Question = p.Question };
        })]);
        return questionnaire;
    }

    private static List<string> Header(SheetData sheet) =>
        [.. (sheet.Rows.Count > 0 ? sheet.Rows[0] : []).Select(h => (h ?? "").Trim())];

    private static Dictionary<string, IReadOnlyList<Choice>> ReadChoices(SheetData? sheet, string file, List<ImportProblem> problems)
    {
        var lists = new Dictionary<string, IReadOnlyList<Choice>>(StringComparer.OrdinalIgnoreCase);
        if (sheet is null) return lists;
        var header = Header(sheet);
        int Col(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase));
        int list = Col("list"), code = Col("code"), label = Col("label"), labelEn = Col("label_en");
        foreach (var (missing, at) in new[] { ("list", list), ("code", code), ("label", label) }.Where(c => c.Item2 < 0))
            problems.Add(new ImportProblem(file, $"missing column '{Excerpt.Of(missing)}' (header: {Excerpt.Of(string.Join(",", header))})", 1, Sheet: sheet.Name));
        if (list < 0 || code < 0 || label < 0) return lists;
        var building = new Dictionary<string, List<Choice>>(StringComparer.OrdinalIgnoreCase);
        for (var r = 1; r < sheet.Rows.Count; r++)
        {
            var name = (sheet.Cell(r, list) ?? "").Trim();
            if (name.Length == 0 && sheet.Rows[r].All(string.IsNullOrWhiteSpace)) continue;
            if (name.Length == 0) { problems.Add(new ImportProblem(file, "the choice names no list", r + 1, $"{CellRef.ColumnName(list)} (list)", sheet.Name)); continue; }
            var en = labelEn >= 0 ? sheet.Cell(r, labelEn)?.Trim() : null;
            if (!building.TryGetValue(name, out var choices)) building[name] = choices = [];
            choices.Add(new Choice((sheet.Cell(r, code) ?? "").Trim(), (sheet.Cell(r, label) ?? "").Trim(), string.IsNullOrEmpty(en) ? null : en));
        }
        foreach (var (name, choices) in building) lists[name] = choices;
        return lists;
    }

    private static (string? Code, string? Name, string? NameEn, RespondentType? Respondent) ReadSettings(SheetData? sheet, string file, List<ImportProblem> problems)
    {
        if (sheet is null || sheet.Rows.Count < 2) return (null, null, null, null);
        var header = Header(sheet);
        string? Get(string name) => header.FindIndex(h => h.Equals(name, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
            && sheet.Cell(1, i)?.Trim() is { Length: > 0 } v ? v : null;
        RespondentType? respondent = null;
        if (Get("respondent") is { } text && (respondent = SurveyText.Respondent(text)) is null)
            problems.Add(new ImportProblem(file, $"'{Excerpt.Of(text)}' is not citizen, business or official", 2, "respondent", sheet.Name));
        return (Get("code"), Get("name"), Get("name_en"), respondent);
    }
}
