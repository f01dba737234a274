using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace ParIndex.WebBench;

/// <summary>
/// The self-assessment form of one area as the browser holds it: every field htmx posts with an autosave (the
/// enclosing <c>f-area</c> form's own elements, in page order: the antiforgery token, each sub-criterion's inputs,
/// notes and version), and the sub-criteria that autosave (the editable, non-survey ones).
/// </summary>
internal sealed partial class AreaForm
{
    private readonly List<KeyValuePair<string, string>> _fields;

    public IReadOnlyList<Leaf> Leaves { get; }

    private AreaForm(List<KeyValuePair<string, string>> fields, IReadOnlyList<Leaf> leaves) => (_fields, Leaves) = (fields, leaves);

    /// <summary>One sub-criterion: its ordinal and the inputs its rule takes.</summary>
    internal sealed record Leaf(int Ordinal, string Kind, IReadOnlyList<string> Options, decimal Min, decimal Max, decimal? Step, bool HasNote);

    public static AreaForm Parse(string html)
    {
        var start = html.IndexOf("<form id=\"f-area\"", StringComparison.Ordinal);
        if (start < 0) throw new InvalidDataException("the page has no area form (f-area)");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];

        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match m in Element().Matches(form))
        {
            var tag = m.Groups["tag"].Value;
            var attributes = Attributes(m.Groups["attrs"].Value);
            if (attributes.ContainsKey("form") || !attributes.TryGetValue("name", out var name)) continue;
            if (tag == "textarea")
            {
                fields.Add(new(name, WebUtility.HtmlDecode(m.Groups["text"].Value)));
                continue;
            }
            var type = attributes.GetValueOrDefault("type", "text");
            if (type is "file" or "submit" or "button" or "image" or "reset") continue;
            if (type is "radio" or "checkbox" && !attributes.ContainsKey("checked")) continue;
            fields.Add(new(name, attributes.GetValueOrDefault("value", type is "radio" or "checkbox" ? "on" : "")));
        }

        var leaves = new List<Leaf>();
        foreach (Match m in Autosave().Matches(form))
        {
            var o = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            var p = $"l{o}.";
            var inputs = Element().Matches(form).Select(e => (Tag: e.Groups["tag"].Value, A: Attributes(e.Groups["attrs"].Value)))
                .Where(e => e.A.TryGetValue("name", out var n) && n.StartsWith(p, StringComparison.Ordinal)).ToList();
            string? Named(string part) => inputs.Any(e => e.A["name"] == p + part) ? part : null;
            var kind = Named("option") ?? Named("pass") ?? Named("num") ?? Named("count") ?? Named("points")
                ?? throw new InvalidDataException($"sub-criterion l{o} has no input the bench knows");
            var options = inputs.Where(e => e.A["name"] == p + kind && e.A.GetValueOrDefault("type") == "radio").Select(e => e.A["value"]).ToList();
            var points = inputs.FirstOrDefault(e => e.A["name"] == p + "points").A;
            decimal Number(string key, decimal otherwise) => points is not null && points.TryGetValue(key, out var s) && decimal.TryParse(s, NumberStyles.Number, CultureInfo.InvariantCulture, out var d) ? d : otherwise;
            decimal? step = points is not null && points.TryGetValue("step", out var st) && st != "any" ? Number("step", 1m) : null;
            leaves.Add(new Leaf(o, kind, options, Number("min", 0m), Number("max", 1m), step, inputs.Any(e => e.Tag == "textarea" && e.A["name"] == p + "note")));
        }
        if (leaves.Count == 0) throw new InvalidDataException("the area has no sub-criterion that autosaves (not editable?)");
        if (!fields.Any(f => f.Key == "__RequestVerificationToken")) throw new InvalidDataException("the area form has no antiforgery token");
        return new AreaForm(fields, leaves);
    }

    /// <summary>What a person changes in one sub-criterion: a new value for its rule (different from the last one where the rule allows).</summary>
    public void Change(Leaf leaf, int turn, Random random)
    {
        var p = $"l{leaf.Ordinal}.";
        _fields.RemoveAll(f => f.Key is var k && k.StartsWith(p, StringComparison.Ordinal) && k != p + "version");
        var at = _fields.FindIndex(f => f.Key == p + "version");
        var values = new List<KeyValuePair<string, string>>();
        switch (leaf.Kind)
        {
            case "option":
                values.Add(new(p + "option", leaf.Options[turn % leaf.Options.Count]));
                break;
            case "pass":
                values.Add(new(p + "pass", turn % 2 == 0 ? "pass" : "fail"));
                break;
            case "num":
                values.Add(new(p + "num", random.Next(0, 101).ToString(CultureInfo.InvariantCulture)));
                values.Add(new(p + "den", "100"));
                break;
            case "count":
                values.Add(new(p + "count", (turn % 6).ToString(CultureInfo.InvariantCulture)));
                break;
            default:
                var value = leaf.Step is { } step and > 0
                    ? leaf.Min + step * random.Next(0, (int)Math.Floor((leaf.Max - leaf.Min) / step) + 1)
                    : Math.Round(leaf.Min + (leaf.Max - leaf.Min) * (decimal)random.NextDouble(), 2);
                values.Add(new(p + "points", value.ToString(CultureInfo.InvariantCulture)));
                break;
        }
        if (leaf.HasNote) values.Add(new(p + "note", $"Đang thu thập văn bản kiểm chứng, lần sửa {turn}"));
        _fields.InsertRange(at < 0 ? _fields.Count : at, values);
    }

    /// <summary>Takes the version a save returned, as htmx swaps the status (with its hidden version field) into the form.</summary>
    public void SetVersion(int ordinal, string version)
    {
        var i = _fields.FindIndex(f => f.Key == $"l{ordinal}.version");
        if (i >= 0) _fields[i] = new(_fields[i].Key, version);
        else _fields.Add(new($"l{ordinal}.version", version));
    }

    public FormUrlEncodedContent Content() => new(_fields);

    private static Dictionary<string, string> Attributes(string text)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match a in Attribute().Matches(text))
            result[a.Groups[1].Value] = WebUtility.HtmlDecode(a.Groups[2].Success ? a.Groups[2].Value : "");
        return result;
    }

    [GeneratedRegex("<(?<tag>input|textarea)\\b(?<attrs>[^>]*)>(?:(?<text>[^<]*)</textarea>)?", RegexOptions.Singleline)]
    private static partial Regex Element();

    [GeneratedRegex("([a-zA-Z_:][-a-zA-Z0-9_:.]*)(?:\\s*=\\s*\"([^\"]*)\")?")]
    private static partial Regex Attribute();

    [GeneratedRegex("hx-post=\"[^\"]*\\?handler=Autosave&amp;leaf=(\\d+)\"")]
    private static partial Regex Autosave();
}
