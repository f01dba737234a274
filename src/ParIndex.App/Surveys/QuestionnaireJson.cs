using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// The JSON questionnaire format: <c>code, name, nameEn, respondent, lists, sections</c>; a section has
/// <c>code, title, titleEn, questions</c>; a question <c>code, type, label, labelEn, required, showIf, respondent,
/// choices</c> (or <c>list</c>, naming one of <c>lists</c>), <c>sipasFactor, indicator, ddci, expectationOf</c>.
/// Reading reports every problem at once with its JSON path and question code, then validates the questionnaire.
/// </summary>
public static class QuestionnaireJson
{
    public static Questionnaire Read(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw new ImportException([new ImportProblem(file, $"not valid JSON: {e.Message}", (int?)e.LineNumber + 1)]);
        }
        using (document)
        {
            var problems = new List<ImportProblem>();
            JsonFields.RejectNul(document.RootElement, "$", file, problems);
            ImportException.ThrowIfAny(QuestionnaireFiles.AboutQuestions(problems));
            var root = new JsonFields(document.RootElement, "$", file, null, problems);
            var code = root.String("code", required: true) ?? "";
            var name = root.String("name", required: true) ?? "";
            var nameEn = root.String("nameEn");
            var respondent = RespondentOf(root, "respondent") ?? RespondentType.Citizen;
            var lists = new Dictionary<string, IReadOnlyList<Choice>>(StringComparer.OrdinalIgnoreCase);
            if (root.Object("lists") is { } listsElement)
                foreach (var list in listsElement.EnumerateObject())
                    lists[list.Name] = list.Value.ValueKind == JsonValueKind.Array
                        ? [.. list.Value.EnumerateArray().Select((c, i) => ReadChoice(root.Child(c, $"$.lists.{list.Name}[{i}]")))]
                        : [];
            var sections = new List<Section>();
            foreach (var (element, path) in root.Array("sections", required: true))
            {
                var s = root.Child(element, path);
                var questions = new List<Question>();
                var sectionCode = s.String("code", required: true) ?? "";
                var title = s.String("title", required: true) ?? "";
                var titleEn = s.String("titleEn");
                foreach (var (qe, qpath) in s.Array("questions", required: true))
                    if (ReadQuestion(s.Child(qe, qpath), lists) is { } q) questions.Add(q);
                s.RejectUnknown();
                sections.Add(new Section(sectionCode, title, titleEn, questions));
            }
            root.RejectUnknown();
            ImportException.ThrowIfAny(QuestionnaireFiles.AboutQuestions(problems));
            return QuestionnaireFiles.Validated(new Questionnaire(code, name, nameEn, respondent, sections), file);
        }
    }

    private static Question? ReadQuestion(JsonFields f, Dictionary<string, IReadOnlyList<Choice>> lists)
    {
        var code = f.String("code", required: true) ?? "";
        f.Node = code;
        var typeText = f.String("type", required: true);
        var type = SurveyText.Type(typeText);
        if (typeText is not null && type is null) f.Problem(f.PathOf("type"), $"'{Excerpt.Of(typeText)}' is not likert5, single, multiple, number or text");
        var label = f.String("label", required: true) ?? "";
        var labelEn = f.String("labelEn");
        var required = f.Bool("required") ?? false;
        Condition? showIf = null;
        if (f.String("showIf") is { } text)
        {
            try { showIf = Condition.Parse(text); }
            catch (ConditionException e) { f.Problem(f.PathOf("showIf"), e.Message); }
        }
        var respondent = RespondentOf(f, "respondent");
        List<Choice>? choices = null;
        foreach (var (c, path) in f.Array("choices")) (choices ??= []).Add(ReadChoice(f.Child(c, path)));
        if (f.String("list") is { } list)
        {
            if (lists.TryGetValue(list, out var listed)) choices = [.. listed];
            else f.Problem(f.PathOf("list"), $"there is no list '{Excerpt.Of(list)}' in $.lists");
        }
        var question = new Question(code, type ?? QuestionType.Text, label, labelEn, required, showIf, respondent, choices,
            f.String("sipasFactor"), f.String("indicator"), f.String("ddci"), f.String("expectationOf"));
        f.RejectUnknown();
        return type is null ? null : question;
    }

    private static Choice ReadChoice(JsonFields f)
    {
        var choice = new Choice(f.String("code", required: true) ?? "", f.String("label", required: true) ?? "", f.String("labelEn"));
        f.RejectUnknown();
        return choice;
    }

    private static RespondentType? RespondentOf(JsonFields f, string name)
    {
        if (f.String(name) is not { } text) return null;
        var type = SurveyText.Respondent(text);
        if (type is null) f.Problem(f.PathOf(name), $"'{Excerpt.Of(text)}' is not citizen, business or official");
        return type;
    }

    /// <summary>The canonical JSON of a questionnaire (choices inline), as stored and hashed.</summary>
    public static string Write(Questionnaire q)
    {
        var root = new JsonObject { ["code"] = q.Code, ["name"] = q.Name };
        if (q.NameEn is not null) root["nameEn"] = q.NameEn;
        root["respondent"] = SurveyText.Name(q.Respondent);
        var sections = new JsonArray();
        foreach (var s in q.Sections)
        {
            var section = new JsonObject { ["code"] = s.Code, ["title"] = s.Title };
            if (s.TitleEn is not null) section["titleEn"] = s.TitleEn;
            var questions = new JsonArray();
            foreach (var question in s.Questions) questions.Add(WriteQuestion(question));
            section["questions"] = questions;
            sections.Add(section);
        }
        root["sections"] = sections;
        return Json.Write(root);
    }

    private static JsonObject WriteQuestion(Question q)
    {
        var o = new JsonObject { ["code"] = q.Code, ["type"] = SurveyText.Name(q.Type), ["label"] = q.Label };
        void Add(string name, string? value)
        {
            if (value is not null) o[name] = value;
        }
        Add("labelEn", q.LabelEn);
        if (q.Required) o["required"] = true;
        Add("showIf", q.ShowIf?.Text);
        Add("respondent", q.Respondent is { } r ? SurveyText.Name(r) : null);
        if (q.Options.Count > 0)
        {
            var choices = new JsonArray();
            foreach (var c in q.Options)
            {
                var choice = new JsonObject { ["code"] = c.Code, ["label"] = c.Label };
                if (c.LabelEn is not null) choice["labelEn"] = c.LabelEn;
                choices.Add(choice);
            }
            o["choices"] = choices;
        }
        Add("sipasFactor", q.SipasFactor);
        Add("indicator", q.Indicator);
        Add("ddci", q.Ddci);
        Add("expectationOf", q.ExpectationOf);
        return o;
    }
}
