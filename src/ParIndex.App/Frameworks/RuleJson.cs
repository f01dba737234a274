using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.Domain.Scoring.Rules;
using ParIndex.Domain.Text;

namespace ParIndex.App.Frameworks;

/// <summary>
/// The JSON form of scoring rules (docs/formats.md): <c>{"kind": "tiers", "on": "ratio", "tiers": [...]}</c>.
/// Used by the JSON framework format and, for the parameters column, by the XLSX one.
/// </summary>
internal static class RuleJson
{
    public static readonly string[] Kinds = ["passFail", "options", "tiers", "proportional", "deduction", "bonus", "manual", "survey"];

    public static ScoringRule? Read(JsonFields f, string? kind)
    {
        switch (kind)
        {
            case "passFail": return new PassFailRule();
            case "proportional": return new ProportionalRule();
            case "options":
                var options = f.Array("options", required: true).Select(o => ReadOption(f, o.Item, o.Path)).OfType<ScoreOption>().ToList();
                return new OptionsRule(options);
            case "tiers":
                return ReadScale(f, f.String("on") ?? "ratio") is { } scale ? new TiersRule(scale) : null;
            case "deduction":
                var per = f.Decimal("perOccurrence", required: true);
                var floor = f.Decimal("floor") ?? 0m;
                return per is null ? null : new DeductionRule(per.Value, floor);
            case "bonus":
                var cap = f.Decimal("cap", required: true);
                var perItem = f.Decimal("perItem");
                var bonusFloor = f.Decimal("floor") ?? 0m;
                return cap is null ? null : new BonusRule(cap.Value, perItem, bonusFloor);
            case "manual":
                return new ManualRule(f.Decimal("step"));
            case "survey":
                var indicator = f.String("indicator", required: true) ?? "";
                var mode = f.String("mode") ?? "proportional";
                if (mode == "proportional") return new SurveyRule(indicator, SurveyMode.Proportional);
                if (mode == "tiers") return ReadScale(f, "ratio") is { } s ? new SurveyRule(indicator, SurveyMode.Tiers, s) : null;
                f.Problem(f.PathOf("mode"), $"unknown survey mode '{Excerpt.Of(mode)}' (proportional or tiers)");
                return null;
            default:
                f.Problem(f.PathOf("kind"), kind is null ? "is required" : $"unknown rule kind '{Excerpt.Of(kind)}' (one of {string.Join(", ", Kinds)})");
                return null;
        }
    }

    public static JsonObject Write(ScoringRule rule)
    {
        var o = new JsonObject { ["kind"] = rule.Kind };
        switch (rule)
        {
            case OptionsRule r:
                o["options"] = new JsonArray([.. r.Options.Select(WriteOption)]);
                break;
            case TiersRule r:
                WriteScale(o, r.Scale);
                break;
            case DeductionRule r:
                o["perOccurrence"] = Json.Number(r.PerOccurrence);
                if (r.Floor != 0) o["floor"] = Json.Number(r.Floor);
                break;
            case BonusRule r:
                if (r.PerItem is { } per) o["perItem"] = Json.Number(per);
                o["cap"] = Json.Number(r.Cap);
                if (r.Floor != 0) o["floor"] = Json.Number(r.Floor);
                break;
            case ManualRule r:
                if (r.Step is { } step) o["step"] = Json.Number(step);
                break;
            case SurveyRule r:
                o["indicator"] = r.Indicator;
                o["mode"] = r.Mode == SurveyMode.Tiers ? "tiers" : "proportional";
                if (r.Scale is not null) o["tiers"] = WriteTiers(r.Scale);
                break;
        }
        return o;
    }

    private static ScoreOption? ReadOption(JsonFields parent, JsonElement item, string path)
    {
        var f = parent.Child(item, path);
        var key = f.String("key", required: true);
        var label = f.String("label", required: true);
        var points = f.Decimal("points", required: true);
        var labelEn = f.String("labelEn");
        f.RejectUnknown();
        return key is null || label is null || points is null ? null : new ScoreOption(key, label, points.Value, labelEn);
    }

    private static JsonObject WriteOption(ScoreOption option)
    {
        var o = new JsonObject { ["key"] = option.Key, ["label"] = option.Label };
        if (option.LabelEn is not null) o["labelEn"] = option.LabelEn;
        o["points"] = Json.Number(option.Points);
        return o;
    }

    private static TierScale? ReadScale(JsonFields f, string on)
    {
        TierBasis? basis = on switch { "ratio" => TierBasis.Ratio, "count" => TierBasis.Count, _ => null };
        if (basis is null) f.Problem(f.PathOf("on"), $"tiers are on 'ratio' or 'count', not '{Excerpt.Of(on)}'");
        var tiers = new List<Tier>();
        var complete = basis is not null;
        foreach (var (item, path) in f.Array("tiers", required: true))
        {
            var t = f.Child(item, path);
            var min = t.Decimal("min", required: true);
            var points = t.Decimal("points", required: true);
            var max = t.Decimal("max");
            var minExclusive = t.Bool("minExclusive") ?? false;
            var maxInclusive = t.Bool("maxInclusive") ?? false;
            t.RejectUnknown();
            if (min is null || points is null) complete = false;
            else tiers.Add(new Tier(min.Value, points.Value, max, minExclusive, maxInclusive));
        }
        return complete ? new TierScale(basis!.Value, tiers) : null;
    }

    private static void WriteScale(JsonObject o, TierScale scale)
    {
        o["on"] = scale.Basis == TierBasis.Count ? "count" : "ratio";
        o["tiers"] = WriteTiers(scale);
    }

    private static JsonArray WriteTiers(TierScale scale) => new([.. scale.Tiers.Select(t =>
    {
        var o = new JsonObject { ["min"] = Json.Number(t.Min) };
        if (t.MinExclusive) o["minExclusive"] = true;
        if (t.Max is { } max) o["max"] = Json.Number(max);
        if (t.MaxInclusive) o["maxInclusive"] = true;
        o["points"] = Json.Number(t.Points);
        return (JsonNode)o;
    })]);
}
