using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ParIndex.LoadBench;

/// <summary>
/// The framework file the load script imports: 8 areas, 32 criteria (3 or 4 sub-criteria each) and 100 leaves of
/// 1 point, written in the JSON format of docs/formats.md. Rule kinds rotate over the eight a unit enters itself
/// (pass/fail, options, ratio tiers, proportional, deduction, count tiers, manual, bonus); survey leaves are left out
/// because their points come from the survey, not from the unit. Every fifth leaf requires evidence, which the bench
/// answers with an explanation so that the completeness check passes without uploading files.
/// </summary>
internal static class BenchFramework
{
    public const string Code = "BENCH-LOAD";
    public const string Group = "Tỉnh, thành phố";
    public const int Leaves = 100;

    /// <summary>One leaf as the writers see it: its code, its rule kind, and whether it needs evidence.</summary>
    public sealed record Leaf(string Code, string Kind, bool EvidenceRequired);

    // Declared before LeafList: static fields initialise in order.
    private static readonly string[] Kinds = ["passFail", "options", "tiers-ratio", "proportional", "deduction", "tiers-count", "manual", "bonus"];

    public static IReadOnlyList<Leaf> LeafList { get; } = BuildLeaves();

    /// <summary>Areas of 12 and 13 leaves alternate (4 × 12 + 4 × 13 = 100); a criterion has 3 leaves, the last of a 13-leaf area 4.</summary>
    private static int[][] Shape() =>
        [.. Enumerable.Range(0, 8).Select(a => a % 2 == 0 ? new[] { 3, 3, 3, 3 } : new[] { 3, 3, 3, 4 })];

    private static List<Leaf> BuildLeaves()
    {
        var leaves = new List<Leaf>();
        var shape = Shape();
        for (var a = 0; a < shape.Length; a++)
            for (var c = 0; c < shape[a].Length; c++)
                for (var s = 0; s < shape[a][c]; s++)
                {
                    var ordinal = leaves.Count;
                    leaves.Add(new Leaf($"{a + 1}.{c + 1}.{s + 1}", Kinds[ordinal % Kinds.Length], ordinal % 5 == 0));
                }
        if (leaves.Count != Leaves) throw new InvalidOperationException($"the bench framework has {leaves.Count} leaves, not {Leaves}");
        return leaves;
    }

    /// <summary>The framework file's text.</summary>
    public static string Json()
    {
        var byCode = LeafList.ToDictionary(l => l.Code);
        var shape = Shape();
        var areas = new JsonArray();
        for (var a = 0; a < shape.Length; a++)
        {
            var criteria = new JsonArray();
            decimal areaMax = 0;
            for (var c = 0; c < shape[a].Length; c++)
            {
                var children = new JsonArray();
                decimal criterionMax = 0;
                for (var s = 0; s < shape[a][c]; s++)
                {
                    var leaf = byCode[$"{a + 1}.{c + 1}.{s + 1}"];
                    children.Add(LeafNode(leaf));
                    if (leaf.Kind != "bonus") criterionMax += 1; // bonus leaves sit outside their parent's maximum
                }
                criteria.Add(new JsonObject
                {
                    ["code"] = $"{a + 1}.{c + 1}", ["name"] = $"Tiêu chí {a + 1}.{c + 1}", ["max"] = criterionMax, ["children"] = children,
                });
                areaMax += criterionMax;
            }
            areas.Add(new JsonObject { ["code"] = $"{a + 1}", ["name"] = $"Lĩnh vực {a + 1}", ["max"] = areaMax, ["children"] = criteria });
        }
        var framework = new JsonObject
        {
            ["code"] = Code, ["name"] = "Bộ chỉ số đo tải", ["nameEn"] = "Load benchmark framework", ["group"] = Group, ["years"] = new JsonArray(2025),
            ["bands"] = new JsonArray(
                new JsonObject { ["label"] = "Xuất sắc", ["min"] = 90 }, new JsonObject { ["label"] = "Tốt", ["min"] = 80 },
                new JsonObject { ["label"] = "Khá", ["min"] = 70 }, new JsonObject { ["label"] = "Trung bình", ["min"] = 50 },
                new JsonObject { ["label"] = "Yếu", ["min"] = 0 }),
            ["nodes"] = areas,
        };
        return framework.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static JsonObject LeafNode(Leaf leaf)
    {
        var node = new JsonObject { ["code"] = leaf.Code, ["name"] = $"Tiêu chí thành phần {leaf.Code}", ["max"] = 1 };
        if (leaf.EvidenceRequired) node["evidence"] = new JsonObject { ["required"] = true, ["what"] = "Văn bản kiểm chứng" };
        node["rule"] = leaf.Kind switch
        {
            "passFail" => new JsonObject { ["kind"] = "passFail" },
            "options" => new JsonObject
            {
                ["kind"] = "options",
                ["options"] = new JsonArray(
                    new JsonObject { ["key"] = "ontime", ["label"] = "Đúng hạn", ["points"] = 1 },
                    new JsonObject { ["key"] = "late", ["label"] = "Chậm", ["points"] = 0.5m },
                    new JsonObject { ["key"] = "none", ["label"] = "Không", ["points"] = 0 }),
            },
            "tiers-ratio" => new JsonObject
            {
                ["kind"] = "tiers",
                ["tiers"] = new JsonArray(Tier(0.9m, 1), Tier(0.7m, 0.5m), Tier(0, 0)),
            },
            "proportional" => new JsonObject { ["kind"] = "proportional" },
            "deduction" => new JsonObject { ["kind"] = "deduction", ["perOccurrence"] = 0.25m },
            "tiers-count" => new JsonObject
            {
                ["kind"] = "tiers", ["on"] = "count",
                ["tiers"] = new JsonArray(Tier(12, 1), Tier(6, 0.5m), Tier(0, 0)),
            },
            "manual" => new JsonObject { ["kind"] = "manual", ["step"] = 0.25m },
            "bonus" => new JsonObject { ["kind"] = "bonus", ["perItem"] = 0.25m, ["cap"] = 1 },
            _ => throw new InvalidOperationException(leaf.Kind),
        };
        return node;
    }

    private static JsonObject Tier(decimal min, decimal points) => new() { ["min"] = min, ["points"] = points };

    /// <summary>What a unit types for a leaf, drawn from the unit's own seeded generator (about 2 % not applicable).</summary>
    public static string Input(Leaf leaf, Random random)
    {
        if (random.Next(50) == 0) return "NA";
        var inv = CultureInfo.InvariantCulture;
        return leaf.Kind switch
        {
            "passFail" => random.Next(5) > 0 ? "pass" : "fail",
            "options" => new[] { "ontime", "late", "none" }[random.Next(3)],
            "tiers-ratio" => random.Next(2) == 0 ? $"{random.Next(60, 101)}%" : $"{random.Next(30, 51)}/50",
            "proportional" => (random.Next(60, 101) / 100m).ToString(inv),
            "deduction" or "tiers-count" => random.Next(15).ToString(inv),
            "manual" => (random.Next(5) * 0.25m).ToString(inv),
            "bonus" => random.Next(6).ToString(inv),
            _ => throw new InvalidOperationException(leaf.Kind),
        };
    }
}
