using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Files;
using ParIndex.App.Frameworks;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Surveys;

/// <summary>
/// A survey's measures as a file. CSV: one row per scope (a unit, a unit group, or <c>*</c> for everyone) and measure:
/// <c>scope,level,dimension,measure,respondents,n,n_eff,share,share_low,share_high,mean,mean_low,mean_high,gap,below_minimum,sipas_index,rank</c>,
/// ratios and scores with up to 6 decimals (invariant culture). JSON: the same content nested per scope.
/// </summary>
public static class SurveyResultsFile
{
    public const string Header = "scope,level,dimension,measure,respondents,n,n_eff,share,share_low,share_high,mean,mean_low,mean_high,gap,below_minimum,sipas_index,rank";

    private static IEnumerable<(string Level, ScopeResult Scope)> Scopes(SurveyResultsView view) =>
        view.Units.Select(u => ("unit", u)).Concat(view.Groups.Select(g => ("group", g))).Concat(view.Overall is { } o ? [("all", o with { Scope = "*" })] : []);

    public static string Csv(SurveyResultsView view) => CsvOutput.Text(csv =>
    {
        csv.Row(Header.Split(','));
        foreach (var (level, scope) in Scopes(view))
            foreach (var (key, e) in scope.Measures.OrderBy(m => m.Key.Dimension).ThenBy(m => m.Key.Code, StringComparer.Ordinal))
            {
                csv.Field(scope.Scope).Field(level).Field(Dimension(key.Dimension)).Field(key.Code).Number(scope.Respondents).Number(e.Count);
                foreach (var value in (double?[])[e.EffectiveN, e.Share, e.ShareCi?.Low, e.ShareCi?.High, e.Mean, e.MeanCi?.Low, e.MeanCi?.High,
                             scope.ExpectationGaps.TryGetValue(key, out var gap) ? gap : null])
                    D(csv, value);
                csv.Field(scope.BelowMinimum ? "true" : "false");
                D(csv, scope.SipasIndex);
                if (scope.Rank is { } r) csv.Number(r);
                else csv.Field(null);
                csv.EndRow();
            }
    });

    public static string Json(SurveyResultsView view)
    {
        var scopes = new JsonArray();
        foreach (var (level, scope) in Scopes(view))
        {
            var measures = new JsonArray();
            foreach (var (key, e) in scope.Measures.OrderBy(m => m.Key.Dimension).ThenBy(m => m.Key.Code, StringComparer.Ordinal))
                measures.Add(new JsonObject
                {
                    ["dimension"] = Dimension(key.Dimension), ["measure"] = key.Code, ["n"] = e.Count, ["nEff"] = R(e.EffectiveN),
                    ["share"] = R(e.Share), ["shareCi"] = e.ShareCi is { } s ? new JsonArray(R(s.Low), R(s.High)) : null,
                    ["mean"] = R(e.Mean), ["meanCi"] = e.MeanCi is { } m ? new JsonArray(R(m.Low), R(m.High)) : null,
                    ["gap"] = scope.ExpectationGaps.TryGetValue(key, out var gap) ? R(gap) : null,
                });
            scopes.Add(new JsonObject
            {
                ["scope"] = scope.Scope, ["level"] = level, ["respondents"] = scope.Respondents, ["belowMinimum"] = scope.BelowMinimum,
                ["sipasIndex"] = scope.SipasIndex is { } x ? R(x) : null, ["rank"] = scope.Rank, ["measures"] = measures,
            });
        }
        return Frameworks.Json.Write(new JsonObject
        {
            ["survey"] = view.Code, ["name"] = view.Name, ["year"] = view.Year, ["threshold"] = Frameworks.Json.Number(view.Threshold),
            ["minRespondents"] = view.MinRespondents, ["weighted"] = view.Weighted, ["scopes"] = scopes,
        });
    }

    private static string Dimension(Dimension d) => d switch
    {
        Domain.Surveys.Dimension.SipasFactor => "sipas",
        Domain.Surveys.Dimension.Ddci => "ddci",
        _ => "indicator",
    };

    private static double R(double value) => Math.Round(value, 6);

    private static void D(CsvOutput csv, double? value) => csv.Number(value is { } v ? Math.Round(v, 6) : null, "0.######");
}
