using ParIndex.App.Files;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>Loads a questionnaire by file extension (.json or .xlsx); a loaded questionnaire is always valid.</summary>
public static class QuestionnaireFiles
{
    public static Questionnaire Load(string path)
    {
        if (!File.Exists(path)) throw new ImportException([new ImportProblem(path, "file not found")]);
        return Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".json" => QuestionnaireJson.Read(File.ReadAllText(path), path),
            ".xlsx" => QuestionnaireXlsx.Read(File.ReadAllBytes(path), path),
            var ext => throw new ImportException([new ImportProblem(path, $"a questionnaire is a .json or .xlsx file, not '{Excerpt.Of(ext)}'")]),
        };
    }

    /// <summary>A questionnaire's problems name its questions ("câu hỏi q1"), which the readers hold as the node.</summary>
    internal static List<ImportProblem> AboutQuestions(IEnumerable<ImportProblem> problems) =>
        [.. problems.Select(p => p.Node is { } question ? p with { Node = null, Question = question } : p)];

    /// <summary>Runs the domain validation and reports its problems located by question code and field.</summary>
    internal static Questionnaire Validated(Questionnaire questionnaire, string file)
    {
        var problems = QuestionnaireValidator.Problems(questionnaire);
        ImportException.ThrowIfAny([.. problems.Select(p => new ImportProblem(file, p.Message, Column: p.Field) { Question = p.Question })]);
        return questionnaire;
    }
}
