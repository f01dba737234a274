using System.Text.Json;
using ParIndex.App.Files;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Frameworks;

/// <summary>
/// Reads the properties of one JSON object, collecting every problem (with its JSON path and node code) instead of
/// stopping at the first, and flags properties it does not know.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonElement _element;
    private readonly string _path;
    private readonly string _file;
    private readonly List<ImportProblem> _problems;
    private readonly HashSet<string> _read = [];

    public JsonFields(JsonElement element, string path, string file, string? node, List<ImportProblem> problems)
    {
        _element = element;
        _path = path;
        _file = file;
        Node = node;
        _problems = problems;
        if (element.ValueKind != JsonValueKind.Object) Problem(path, $"expected an object, found {Describe(element)}");
    }

    /// <summary>A reader for a nested object, reporting into the same list.</summary>
    public JsonFields Child(JsonElement element, string path, string? node = null) =>
        new(element, path, _file, node ?? Node, _problems);

    /// <summary>The framework node code problems are reported against, once known.</summary>
    public string? Node { get; set; }

    public string? String(string name, bool required = false) =>
        Get(name, required, JsonValueKind.String, "a string") is { } e ? e.GetString() : null;

    public decimal? Decimal(string name, bool required = false) =>
        Get(name, required, JsonValueKind.Number, "a number") is { } e ? e.GetDecimal() : null;

    public bool? Bool(string name)
    {
        _read.Add(name);
        if (_element.ValueKind != JsonValueKind.Object || !_element.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
            return null;
        if (e.ValueKind is JsonValueKind.True or JsonValueKind.False) return e.GetBoolean();
        Wrong(name, e, "true or false");
        return null;
    }

    public IEnumerable<(JsonElement Item, string Path)> Array(string name, bool required = false)
    {
        if (Get(name, required, JsonValueKind.Array, "an array") is not { } e) return [];
        return e.EnumerateArray().Select((item, i) => (item, $"{_path}.{name}[{i}]"));
    }

    public JsonElement? Object(string name, bool required = false) => Get(name, required, JsonValueKind.Object, "an object");

    public string PathOf(string name) => $"{_path}.{name}";

    public void Problem(string path, string message) =>
        _problems.Add(new ImportProblem(_file, $"{path}: {message}", Node: Node));

    /// <summary>
    /// A JSON file as a document (comments and trailing commas allowed), refused as a whole — with the line of a syntax
    /// error, or every string holding U+0000 — before any field is read.
    /// </summary>
    public static JsonDocument Parse(string json, string file)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException e)
        {
            throw new ImportException([new ImportProblem(file, $"not valid JSON: {e.Message}", (int?)e.LineNumber + 1)]);
        }
        var problems = new List<ImportProblem>();
        RejectNul(document.RootElement, "$", file, problems);
        if (problems.Count > 0) document.Dispose();
        ImportException.ThrowIfAny(problems);
        return document;
    }

    /// <summary>Every string and property name holding U+0000 (<see cref="NulText"/>), by its JSON path.</summary>
    public static void RejectNul(JsonElement element, string path, string file, List<ImportProblem> problems)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String when NulText.In(element.GetString()):
                problems.Add(new ImportProblem(file, TextMessages.At(path, TextMessages.Nul())));
                break;
            case JsonValueKind.Array:
                var i = 0;
                foreach (var item in element.EnumerateArray()) RejectNul(item, $"{path}[{i++}]", file, problems);
                break;
            case JsonValueKind.Object:
                foreach (var p in element.EnumerateObject())
                    if (NulText.In(p.Name)) problems.Add(new ImportProblem(file, TextMessages.At(path, TextMessages.Nul())));
                    else RejectNul(p.Value, $"{path}.{p.Name}", file, problems);
                break;
        }
    }

    /// <summary>Flags every property that was not read: a misspelt name would otherwise be silently ignored.</summary>
    public void RejectUnknown()
    {
        if (_element.ValueKind != JsonValueKind.Object) return;
        foreach (var p in _element.EnumerateObject().Where(p => !_read.Contains(p.Name) && !p.Name.StartsWith('$')))
            Problem(PathOf(p.Name), "unknown property");
    }

    private JsonElement? Get(string name, bool required, JsonValueKind kind, string expected)
    {
        if (_element.ValueKind != JsonValueKind.Object) return null;
        if (!_element.TryGetProperty(name, out var e) || e.ValueKind == JsonValueKind.Null)
        {
            _read.Add(name);
            if (required) Problem(PathOf(name), "is required");
            return null;
        }
        _read.Add(name);
        if (e.ValueKind != kind) return Wrong(name, e, expected);
        if (kind == JsonValueKind.Number && !e.TryGetDecimal(out _)) return Wrong(name, e, "a number in decimal range");
        return e;
    }

    private JsonElement? Wrong(string name, JsonElement e, string expected)
    {
        Problem(PathOf(name), $"expected {expected}, found {Describe(e)}");
        return null;
    }

    private static string Describe(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.String => $"the string \"{e.GetString()}\"",
        JsonValueKind.Number => $"the number {e.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => e.GetRawText(),
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "null",
    };
}
