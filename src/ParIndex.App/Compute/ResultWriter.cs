using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.App.Spreadsheets;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Results;

namespace ParIndex.App.Compute;

/// <summary>Writes a group's results as CSV, JSON, XLSX or a text table (docs/formats.md).</summary>
public static class ResultWriter
{
    public static byte[] Render(GroupResult group, ResultFormat format)
    {
        using var memory = new MemoryStream();
        Write(group, format, memory);
        return memory.ToArray();
    }

    /// <summary>Writes the results to a stream as they are turned into rows (CSV, JSON), not as one document first.</summary>
    public static void Write(GroupResult group, ResultFormat format, Stream output)
    {
        switch (format)
        {
            case ResultFormat.Csv:
                using (var csv = CsvOutput.To(output)) Csv(group, csv);
                break;
            case ResultFormat.Json:
                Json(group, output);
                break;
            case ResultFormat.Xlsx:
                output.Write(XlsxWriter.Write([new Sheet("Xếp hạng", [ResultTable.Header(group), .. ResultTable.Rows(group)],
                    Formats: Enumerable.Range(3, ResultTable.Header(group).Count - 3).Where(c => c is not (6 or 8)).ToDictionary(c => c, _ => "0.00"))]));
                break;
            default:
                output.Write(Encoding.UTF8.GetBytes(ResultText.Render(group)));
                break;
        }
    }

    public static string Csv(GroupResult group) => CsvOutput.Text(csv => Csv(group, csv));

    public static string Json(GroupResult group) => Encoding.UTF8.GetString(Render(group, ResultFormat.Json));

    private static void Csv(GroupResult group, CsvOutput csv)
    {
        csv.Row(ResultTable.Header(group));
        foreach (var row in ResultTable.Rows(group))
        {
            foreach (var cell in row)
                _ = cell switch
                {
                    decimal d => csv.Number(d, "0.00"),
                    int i => csv.Number(i),
                    _ => csv.Field(cell?.ToString()),
                };
            csv.EndRow();
        }
    }

    /// <summary>The JSON results document (<see cref="JsonOf"/>), written a unit at a time.</summary>
    private static void Json(GroupResult group, Stream output)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = true, Encoder = Frameworks.Json.Options.Encoder }))
        {
            json.WriteStartObject();
            json.WriteStartArray("units");
            foreach (var u in group.Units) UnitJson(group.Framework, u).WriteTo(json, Frameworks.Json.Options);
            json.WriteEndArray();
            json.WritePropertyName("summary");
            SummaryJson(group).WriteTo(json, Frameworks.Json.Options);
            json.WriteEndObject();
        }
        output.WriteByte((byte)'\n');
    }

    /// <summary>The JSON results document: units, then the group summary.</summary>
    public static JsonObject JsonOf(GroupResult group) => new()
    {
        ["units"] = new JsonArray([.. group.Units.Select(u => (JsonNode)UnitJson(group.Framework, u))]),
        ["summary"] = SummaryJson(group),
    };

    private static JsonObject UnitJson(CompiledFramework framework, UnitResult u)
    {
        var areas = new JsonObject();
        var bonus = new JsonObject();
        for (var a = 0; a < framework.AreaNodes.Length; a++)
        {
            var node = framework.AreaNodes[a];
            if (framework.Contents[a] == ContentKind.Bonus) bonus[framework.Nodes[node].Code] = Number(u.Score.AreaPoints(a));
            else areas[framework.Nodes[node].Code] = Number(u.Score.ComponentIndex(a));
        }
        var o = new JsonObject
        {
            ["rank"] = u.Rank,
            ["unit"] = u.Unit.Code,
            ["name"] = u.Unit.Name,
            ["group"] = u.Unit.Group,
            ["points"] = Number(u.Score.TotalPoints),
            ["max"] = Number(u.Score.TotalMax),
            ["index"] = Number(u.Index),
            ["band"] = u.Band.Label,
            ["delta_points"] = u.Change?.DeltaPoints is { } dp ? Frameworks.Json.Number(dp) : null,
            ["delta_rank"] = u.Change?.DeltaRank,
            ["areas"] = areas,
        };
        if (bonus.Count > 0) o["bonus"] = bonus;
        if (u.Change is { } change)
        {
            o["basis"] = change.Basis.ToString().ToLowerInvariant();
            o["compared_with"] = new JsonArray([.. change.ComparedWith.Select(c => (JsonNode)c)]);
        }
        if (u.Nodes is { } nodes) o["changes"] = Changes(nodes);
        return o;
    }

    private static JsonObject SummaryJson(GroupResult group)
    {
        var summary = Summary(group.Statistics, group.Framework.Framework.Code, group.Framework.Contents);
        if (group.Units.Select(u => u.Nodes).FirstOrDefault(n => n is not null) is { } any)
            summary["comparison"] = new JsonObject { ["scope"] = ScopeName(any.Scope), ["from"] = any.FromEdition, ["to"] = any.ToEdition };
        return summary;
    }

    /// <summary>The names of the comparison scopes in the results: <c>same_edition</c>, <c>crosswalk</c>, <c>totals_only</c>.</summary>
    public static string ScopeName(ComparisonScope scope) => scope switch
    {
        ComparisonScope.SameEdition => "same_edition",
        ComparisonScope.Crosswalk => "crosswalk",
        _ => "totals_only",
    };

    /// <summary>The names of a node's change basis in the results: <c>same</c> … <c>new</c>, <c>not_comparable</c>.</summary>
    public static string BasisName(NodeChangeBasis basis) => basis == NodeChangeBasis.NotComparable ? "not_comparable" : basis.ToString().ToLowerInvariant();

    private static JsonObject Changes(EditionChange change) => new()
    {
        ["scope"] = ScopeName(change.Scope),
        ["nodes"] = new JsonArray([.. change.Nodes.Select(n => (JsonNode)new JsonObject
        {
            ["code"] = n.Code,
            ["basis"] = BasisName(n.Basis),
            ["from"] = new JsonArray([.. n.From.Select(f => (JsonNode)f)]),
            ["previous"] = Number(n.Previous),
            ["current"] = Number(n.Current),
            ["delta"] = n.Delta is { } d ? Frameworks.Json.Number(d) : null,
            ["in_points"] = n.InPoints,
        })]),
        ["dropped"] = new JsonArray([.. change.Dropped.Select(d => (JsonNode)new JsonObject { ["code"] = d.Code, ["name"] = d.Name, ["previous"] = Number(d.Previous) })]),
    };

    private static JsonObject Summary(GroupStatistics s, string frameworkCode, IReadOnlyList<ContentKind> contents)
    {
        var bands = new JsonObject();
        foreach (var (band, count) in s.Bands) bands[band] = count;
        var areas = new JsonObject();
        foreach (var (area, mean) in s.AreaMeans.Where((_, a) => contents[a] != ContentKind.Bonus)) areas[area] = Number(mean);
        return new JsonObject
        {
            ["framework"] = frameworkCode,
            ["count"] = s.Count,
            ["mean"] = Number(s.Mean),
            ["median"] = Number(s.Median),
            ["min"] = Number(s.Min),
            ["max"] = Number(s.Max),
            ["bands"] = bands,
            ["areas"] = areas,
            ["above_mean"] = new JsonArray([.. s.UnitsAboveMean.Select(u => (JsonNode)u)]),
            ["most_points_lost"] = new JsonArray([.. s.MostPointsLost.Select(l => (JsonNode)new JsonObject
            {
                ["code"] = l.Code,
                ["name"] = l.Name,
                ["points_lost"] = Number(l.PointsLost),
                ["units_losing"] = l.UnitsLosing,
                ["share_losing"] = Number(l.ShareLosing * 100m),
            })]),
        };
    }

    private static JsonNode? Number(decimal? value) => value is { } v ? Frameworks.Json.Number(Publish.Round(v)) : null;
}
