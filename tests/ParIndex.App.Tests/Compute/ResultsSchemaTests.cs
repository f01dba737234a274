using System.Text.Json.Nodes;
using ParIndex.App.Compute;

namespace ParIndex.App.Tests.Compute;

/// <summary>
/// docs/schemas/results.schema.json describes the published results JSON: the sample province's results, with and
/// without last year's, conform to it, and the checker below refuses what the schema forbids.
/// </summary>
public sealed class ResultsSchemaTests
{
    private static readonly JsonObject Schema = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, "docs", "schemas", "results.schema.json")))!.AsObject();

    private static string S(string file) => Repo.Sample(Path.Combine("tinh-mau", file));

    private static JsonNode Results(int year, bool compare)
    {
        string? previous = null;
        if (compare)
        {
            previous = Path.Combine(Repo.TempDir(), "so-2024.json");
            File.WriteAllText(previous, ResultWriter.Json(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"),
                S("scores-so-2024.csv"), S("units-so-2024.csv")))));
        }
        return JsonNode.Parse(ResultWriter.Json(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"),
            S($"scores-so-{year}.csv"), S($"units-so-{year}.csv"), previous, compare ? S("lineage.csv") : null))))!;
    }

    [Theory]
    [InlineData(2024, false)]
    [InlineData(2025, true)]
    public void The_published_results_conform_to_the_schema(int year, bool compare)
    {
        var results = Results(year, compare);
        Assert.Empty(Problems(Schema, results, "$"));
        Assert.Equal(compare, results["units"]![0]!.AsObject().ContainsKey("basis"));
    }

    [Fact]
    public void Results_with_a_bonus_content_conform_to_the_schema()
    {
        var results = JsonNode.Parse(ResultWriter.Json(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh-70-30.json"),
            S("scores-so-70-30-2026.csv"), S("units-so-70-30-2026.csv")))))!;
        Assert.Empty(Problems(Schema, results, "$"));
        Assert.NotNull(results["units"]![0]!["bonus"]);
    }

    [Fact]
    public void Results_with_the_change_per_node_across_editions_conform_to_the_schema()
    {
        var previous = Path.Combine(Repo.TempDir(), "so-2025.csv");
        File.WriteAllText(previous, ResultWriter.Csv(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2025.csv"), S("units-so-2025.csv")))));
        var results = JsonNode.Parse(ResultWriter.Json(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh-2026.json"),
            S("scores-so-2026.csv"), S("units-so-2026.csv"), previous, PreviousScores: S("scores-so-2025.csv"),
            PreviousFramework: Repo.Sample("frameworks/so-nganh.json"), Crosswalk: Repo.Sample("crosswalks/so-nganh-2025-2026.json")))))!;
        Assert.Empty(Problems(Schema, results, "$"));
        Assert.NotEmpty(results["units"]![0]!["changes"]!["nodes"]!.AsArray());
    }

    [Fact]
    public void The_checker_refuses_an_undeclared_field_a_missing_one_a_wrong_type_and_an_unknown_basis()
    {
        var results = Results(2025, compare: true);
        var unit = results["units"]![0]!.AsObject();
        unit["extra"] = 1;
        unit.Remove("band");
        unit["rank"] = "1";
        unit["basis"] = "moved";
        results["summary"]!["most_points_lost"]![0]!["share_losing"] = JsonNode.Parse("140");
        Assert.Equal([
            "$.units[0]: band is required",
            "$.units[0].rank: expected integer, found string",
            "$.units[0].basis: 'moved' is not one of same, renamed, split, merged, new",
            "$.units[0]: extra is not declared",
            "$.summary.most_points_lost[0].share_losing: 140 is above 100",
        ], Problems(Schema, results, "$"));
    }

    /// <summary>The part of JSON Schema the results schema uses: type, enum, required, properties, additionalProperties, items, minimum, maximum.</summary>
    private static List<string> Problems(JsonObject schema, JsonNode? value, string path)
    {
        var problems = new List<string>();
        if (schema["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            var actual = KindOf(value);
            if (!allowed.Contains(actual) && !(actual == "integer" && allowed.Contains("number")))
                return [$"{path}: expected {string.Join(" or ", allowed)}, found {actual}"];
        }
        if (schema["enum"] is JsonArray options && !options.Any(o => JsonNode.DeepEquals(o, value)))
            problems.Add($"{path}: '{value}' is not one of {string.Join(", ", options)}");
        if (value is JsonValue number && KindOf(value) is "number" or "integer")
        {
            var n = number.GetValue<decimal>();
            if (schema["minimum"] is { } min && n < min.GetValue<decimal>()) problems.Add($"{path}: {n} is below {min}");
            if (schema["maximum"] is { } max && n > max.GetValue<decimal>()) problems.Add($"{path}: {n} is above {max}");
        }
        if (value is JsonObject obj)
        {
            var declared = schema["properties"] as JsonObject;
            foreach (var name in schema["required"]?.AsArray().Select(r => r!.GetValue<string>()) ?? [])
                if (!obj.ContainsKey(name)) problems.Add($"{path}: {name} is required");
            foreach (var (name, child) in obj)
            {
                if (declared?[name] is JsonObject property) problems.AddRange(Problems(property, child, $"{path}.{name}"));
                else if (schema["additionalProperties"] is JsonObject rest) problems.AddRange(Problems(rest, child, $"{path}.{name}"));
                else if (schema["additionalProperties"] is JsonValue allowed && !allowed.GetValue<bool>()) problems.Add($"{path}: {name} is not declared");
            }
        }
        if (value is JsonArray array && schema["items"] is JsonObject items)
            for (var i = 0; i < array.Count; i++) problems.AddRange(Problems(items, array[i], $"{path}[{i}]"));
        return problems;
    }

    private static string KindOf(JsonNode? value) => value switch
    {
        null => "null",
        JsonObject => "object",
        JsonArray => "array",
        JsonValue v when v.TryGetValue<string>(out _) => "string",
        JsonValue v when v.TryGetValue<bool>(out _) => "boolean",
        JsonValue v when v.TryGetValue<decimal>(out var d) => d == decimal.Truncate(d) ? "integer" : "number",
        _ => "unknown",
    };
}
