using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using ParIndex.App.Compute;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Ranking;
using ParIndex.Domain.Results;
using ParIndex.Domain.Scoring;

namespace ParIndex.App.Features.Publishing;

/// <summary>
/// A frozen, self-contained record of a published group: the framework edition, every unit's final inputs, the
/// ranking policy, the previous results and lineage used for comparison, the engine version, the audit chain's head
/// and the results. Written as compact canonical JSON; its SHA-256 is published. Everything needed to recompute
/// the results is inside, so <see cref="Recompute"/> can prove them. <see cref="Excluded"/>: units of the group left
/// out of the ranking with their public reason (written only when there are any, so earlier snapshots read the same).
/// </summary>
public sealed record Snapshot(
    int PeriodId,
    int Year,
    string PeriodName,
    string Group,
    Framework Framework,
    IReadOnlyList<(Unit Unit, LeafInput[] Inputs)> Units,
    RankingPolicy Policy,
    CombineMode Combine,
    IReadOnlyList<PreviousResult> Previous,
    IReadOnlyList<LineageEvent> Lineage,
    string AuditHead,
    IReadOnlyList<ExcludedUnit>? Excluded = null)
{
    public const string Format = "parindex-snapshot/1";

    public static string EngineVersion => typeof(UnitScorer).Assembly.GetName().Version?.ToString() ?? "0";

    /// <summary>Computes the group's results from the snapshot's own contents.</summary>
    public GroupResult Recompute()
    {
        var compiled = CompiledFramework.Compile(Framework);
        var scored = Units.Select(u => (u.Unit, UnitScorer.Score(compiled, u.Inputs))).ToList();
        var result = GroupScoring.Rank(Group, compiled, scored, Policy);
        return Previous.Count == 0 && Lineage.Count == 0 ? result : YearOverYear.Compare(result, Previous, Lineage, Combine);
    }

    public string ToJson(GroupResult results)
    {
        var compiled = CompiledFramework.Compile(Framework);
        var root = new JsonObject
        {
            ["format"] = Format,
            ["engine"] = EngineVersion,
            ["period"] = new JsonObject { ["id"] = PeriodId, ["year"] = Year, ["name"] = PeriodName },
            ["group"] = Group,
            ["policy"] = new JsonObject { ["rankPrecision"] = Policy.Precision, ["combine"] = Combine.ToString().ToLowerInvariant() },
            ["framework"] = JsonNode.Parse(FrameworkJson.Write(Framework)),
            ["units"] = new JsonArray([.. Units.Select(u =>
            {
                var inputs = new JsonObject();
                for (var l = 0; l < u.Inputs.Length; l++) inputs[compiled.Nodes[compiled.LeafNodes[l]].Code] = InputText.Format(u.Inputs[l]);
                return (JsonNode)new JsonObject { ["code"] = u.Unit.Code, ["name"] = u.Unit.Name, ["inputs"] = inputs };
            })]),
            ["previous"] = new JsonArray([.. Previous.Select(p => (JsonNode)new JsonObject { ["unit"] = p.Unit, ["name"] = p.Name, ["index"] = Json.Number(p.Index), ["rank"] = p.Rank })]),
            ["lineage"] = new JsonArray([.. Lineage.Select(e => (JsonNode)new JsonObject
            {
                ["from"] = e.From, ["to"] = e.To, ["kind"] = e.Kind.ToString().ToLowerInvariant(), ["year"] = e.Year, ["weight"] = Json.Number(e.Weight),
            })]),
            ["auditHead"] = AuditHead,
            ["results"] = ResultWriter.JsonOf(results),
        };
        if (Excluded is { Count: > 0 } excluded)
            root["excluded"] = new JsonArray([.. excluded.Select(e => (JsonNode)new JsonObject
            {
                ["code"] = e.Code, ["name"] = e.Name, ["reason"] = new JsonObject { ["vi"] = e.ReasonVi, ["en"] = e.ReasonEn },
            })]);
        return root.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = Json.Options.Encoder });
    }

    public static string Hash(string json) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));

    public static Snapshot Parse(string json)
    {
        var root = JsonNode.Parse(json)!.AsObject();
        var framework = FrameworkJson.Read(root["framework"]!.ToJsonString(), "snapshot");
        var compiled = CompiledFramework.Compile(framework);
        var group = root["group"]!.GetValue<string>();
        var units = root["units"]!.AsArray().Select(u =>
        {
            var inputs = u!["inputs"]!.AsObject();
            var array = compiled.Rules.Select((rule, l) => InputText.Parse(inputs[compiled.Nodes[compiled.LeafNodes[l]].Code]?.GetValue<string>(), rule).Input).ToArray();
            return (new Unit(u["code"]!.GetValue<string>(), u["name"]!.GetValue<string>(), group), array);
        }).ToList();
        var policy = root["policy"]!;
        return new Snapshot(
            root["period"]!["id"]!.GetValue<int>(), root["period"]!["year"]!.GetValue<int>(), root["period"]!["name"]!.GetValue<string>(), group,
            framework, units, new RankingPolicy(policy["rankPrecision"]?.GetValue<int>()),
            Enum.Parse<CombineMode>(policy["combine"]!.GetValue<string>(), ignoreCase: true),
            [.. root["previous"]!.AsArray().Select(p => new PreviousResult(p!["unit"]!.GetValue<string>(), p["name"]!.GetValue<string>(), p["index"]!.GetValue<decimal>(), p["rank"]!.GetValue<int>()))],
            [.. root["lineage"]!.AsArray().Select(e => new LineageEvent(e!["from"]!.GetValue<string>(), e["to"]!.GetValue<string>(),
                Enum.Parse<LineageKind>(e["kind"]!.GetValue<string>(), ignoreCase: true), e["year"]?.GetValue<int>(), e["weight"]!.GetValue<decimal>()))],
            root["auditHead"]!.GetValue<string>(),
            [.. root["excluded"]?.AsArray().Select(e => new ExcludedUnit(e!["code"]!.GetValue<string>(), e["name"]!.GetValue<string>(),
                e["reason"]!["vi"]!.GetValue<string>(), e["reason"]!["en"]!.GetValue<string>())) ?? []]);
    }

    /// <summary>The results part of a stored snapshot, serialised the same way it was written.</summary>
    public static string ResultsOf(string json) => JsonNode.Parse(json)!["results"]!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = Json.Options.Encoder });
}
