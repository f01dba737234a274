using System.Globalization;
using System.Text.Json.Nodes;
using ParIndex.App.Files;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Text;

namespace ParIndex.App.Surveys;

/// <summary>
/// Stratum populations for design weights: a CSV or XLSX file <c>unit,respondent,population</c> (e.g. the number of
/// citizens a unit served in the year), stored with the survey as JSON.
/// </summary>
public static class PopulationFile
{
    public static string Read(string path, IReadOnlyDictionary<string, string> units)
    {
        var table = Table.Load(path);
        var problems = new List<ImportProblem>();
        var cols = table.RequireColumns(problems, "unit", "respondent", "population");
        ImportException.ThrowIfAny(problems);
        var rows = new JsonArray();
        var seen = new HashSet<Stratum>();
        foreach (var row in table.Rows)
        {
            var unitText = row.Cell(cols[0]);
            if (!units.TryGetValue(unitText, out var unit)) problems.Add(table.Problem(row, cols[0], $"there is no unit '{Excerpt.Of(unitText)}'"));
            var type = SurveyText.Respondent(row.Cell(cols[1]));
            if (type is null) problems.Add(table.Problem(row, cols[1], $"'{Excerpt.Of(row.Cell(cols[1]))}' is not citizen, business or official"));
            if (!long.TryParse(row.Cell(cols[2]), NumberStyles.None, CultureInfo.InvariantCulture, out var population) || population <= 0)
                problems.Add(table.Problem(row, cols[2], $"'{Excerpt.Of(row.Cell(cols[2]))}' is not a positive whole number"));
            if (unit is null || type is null) continue;
            if (!seen.Add(new Stratum(unit, type.Value))) problems.Add(table.Problem(row, cols[0], $"stratum {unit}/{SurveyText.Name(type.Value)} appears twice"));
            rows.Add(new JsonObject { ["unit"] = unit, ["respondent"] = SurveyText.Name(type.Value), ["population"] = population });
        }
        ImportException.ThrowIfAny(problems);
        return rows.ToJsonString();
    }

    public static Dictionary<Stratum, long> Parse(string? json)
    {
        var populations = new Dictionary<Stratum, long>();
        if (json is null) return populations;
        foreach (var row in JsonNode.Parse(json)!.AsArray())
            populations[new Stratum((string)row!["unit"]!, SurveyText.Respondent((string)row["respondent"]!)!.Value)] = (long)row["population"]!;
        return populations;
    }
}
