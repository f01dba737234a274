using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.App.Files;
using ParIndex.Domain.Frameworks;

namespace ParIndex.App.Frameworks;

/// <summary>The JSON framework format (docs/formats.md). Reading reports every problem at once and validates the result.</summary>
public static class FrameworkJson
{
    public static Framework Read(string json, string file)
    {
        var problems = new List<ImportProblem>();
        using (var document = JsonFields.Parse(json, file))
        {
            var framework = ReadFramework(new JsonFields(document.RootElement, "$", file, null, problems));
            ImportException.ThrowIfAny(problems);
            return FrameworkFiles.Validated(framework!, file);
        }
    }

    public static string Write(Framework framework)
    {
        var o = new JsonObject { ["code"] = framework.Code, ["name"] = framework.Name };
        if (framework.NameEn is not null) o["nameEn"] = framework.NameEn;
        o["group"] = framework.Group;
        if (framework.Years is { Count: > 0 } years) o["years"] = new JsonArray([.. years.Select(y => (JsonNode)y)]);
        if (framework.LegalBasis is not null) o["legalBasis"] = framework.LegalBasis;
        o["bands"] = new JsonArray([.. framework.Bands.Select(b =>
        {
            var band = new JsonObject { ["label"] = b.Label };
            if (b.LabelEn is not null) band["labelEn"] = b.LabelEn;
            band["min"] = Json.Number(b.Min);
            return (JsonNode)band;
        })]);
        o["nodes"] = new JsonArray([.. framework.Nodes.Select(WriteNode)]);
        return Json.Write(o);
    }

    private static Framework? ReadFramework(JsonFields f)
    {
        var code = f.String("code", required: true);
        var name = f.String("name", required: true);
        var nameEn = f.String("nameEn");
        var group = f.String("group", required: true);
        var legalBasis = f.String("legalBasis");
        var years = new List<int>();
        foreach (var (item, path) in f.Array("years"))
        {
            if (item.ValueKind == JsonValueKind.Number && item.TryGetInt32(out var y)) years.Add(y);
            else f.Problem(path, "expected a year such as 2024");
        }
        var bands = f.Array("bands", required: true).Select(b => ReadBand(f.Child(b.Item, b.Path))).ToList();
        var nodes = f.Array("nodes", required: true).Select(n => ReadNode(f.Child(n.Item, n.Path))).ToList();
        f.RejectUnknown();
        if (code is null || name is null || group is null || bands.Contains(null) || nodes.Contains(null)) return null;
        return new Framework(code, name, group, bands!, nodes!, years.Count > 0 ? years : null, legalBasis, nameEn);
    }

    private static Band? ReadBand(JsonFields f)
    {
        var label = f.String("label", required: true);
        var labelEn = f.String("labelEn");
        var min = f.Decimal("min", required: true);
        f.RejectUnknown();
        return label is null || min is null ? null : new Band(label, min.Value, labelEn);
    }

    private static FrameworkNode? ReadNode(JsonFields f)
    {
        var code = f.String("code", required: true);
        f.Node = code;
        var name = f.String("name", required: true);
        var nameEn = f.String("nameEn");
        var max = f.Decimal("max", required: true);
        var guidance = f.String("guidance");
        var capAtMax = f.Bool("capAtMax") ?? false;
        var content = ContentOf(f);
        var floor = f.Decimal("floor") ?? 0m;
        var capTotal = f.Bool("capTotal") ?? false;
        EvidenceRequirement? evidence = null;
        if (f.Object("evidence") is { } e)
        {
            var ef = f.Child(e, f.PathOf("evidence"));
            evidence = new EvidenceRequirement(ef.Bool("required") ?? false, ef.String("what"));
            ef.RejectUnknown();
        }
        var children = f.Array("children").Select(c => ReadNode(f.Child(c.Item, c.Path))).ToList();
        var rule = f.Object("rule") is { } r ? ReadRule(f.Child(r, f.PathOf("rule"))) : null;
        f.RejectUnknown();
        if (code is null || name is null || max is null || children.Contains(null)) return null;
        return new FrameworkNode(code, name, max.Value, children!, rule, nameEn, guidance, evidence, capAtMax, content ?? ContentKind.Area, floor, capTotal);
    }

    /// <summary>The names of the contents beside the areas in the file formats.</summary>
    public static string ContentName(ContentKind kind) => kind switch
    {
        ContentKind.Survey => "survey",
        ContentKind.Bonus => "bonus",
        _ => "area",
    };

    /// <summary>Reads a content name (also in Vietnamese: lĩnh vực, điều tra, thưởng); null when it is none of them.</summary>
    public static ContentKind? ParseContent(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        null or "" or "area" or "lĩnh vực" => ContentKind.Area,
        "survey" or "điều tra" or "điều tra xã hội học" => ContentKind.Survey,
        "bonus" or "thưởng" or "điểm thưởng, điểm trừ" => ContentKind.Bonus,
        _ => null,
    };

    private static ContentKind? ContentOf(JsonFields f)
    {
        var text = f.String("content");
        var kind = ParseContent(text);
        if (kind is null) f.Problem(f.PathOf("content"), $"'{text}' is not a content: area, survey or bonus");
        return kind;
    }

    private static Domain.Scoring.Rules.ScoringRule? ReadRule(JsonFields f)
    {
        var rule = RuleJson.Read(f, f.String("kind", required: true));
        f.RejectUnknown();
        return rule;
    }

    private static JsonObject WriteNode(FrameworkNode node)
    {
        var o = new JsonObject { ["code"] = node.Code, ["name"] = node.Name };
        if (node.NameEn is not null) o["nameEn"] = node.NameEn;
        o["max"] = Json.Number(node.Max);
        if (node.CapAtMax) o["capAtMax"] = true;
        if (node.Content != ContentKind.Area) o["content"] = ContentName(node.Content);
        if (node.Floor != 0) o["floor"] = Json.Number(node.Floor);
        if (node.CapTotal) o["capTotal"] = true;
        if (node.Guidance is not null) o["guidance"] = node.Guidance;
        if (node.Evidence is { } e)
        {
            var evidence = new JsonObject { ["required"] = e.Required };
            if (e.What is not null) evidence["what"] = e.What;
            o["evidence"] = evidence;
        }
        if (node.Rule is not null) o["rule"] = RuleJson.Write(node.Rule);
        if (!node.IsLeaf) o["children"] = new JsonArray([.. node.Children.Select(c => (JsonNode)WriteNode(c))]);
        return o;
    }
}
