using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Surveys;

/// <summary>A response's answers as stored: a JSON object, question code → value, in questionnaire order; several choice codes space-separated.</summary>
public static class AnswersJson
{
    private static readonly JsonSerializerOptions Compact = new(Frameworks.Json.Options) { WriteIndented = false };

    public static string Write(Questionnaire questionnaire, IReadOnlyDictionary<string, string[]> answers)
    {
        var o = new JsonObject();
        foreach (var q in questionnaire.Questions)
            if (answers.TryGetValue(q.Code, out var values) && values.Length > 0) o[q.Code] = string.Join(' ', values);
        return o.ToJsonString(Compact);
    }

    public static Dictionary<string, string[]> Read(string json)
    {
        var answers = new Dictionary<string, string[]>(StringComparer.OrdinalIgnoreCase);
        using var document = JsonDocument.Parse(json);
        foreach (var p in document.RootElement.EnumerateObject())
            answers[p.Name] = (p.Value.GetString() ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return answers;
    }
}
