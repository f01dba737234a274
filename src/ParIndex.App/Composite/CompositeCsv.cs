using System.Globalization;
using System.Text;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Composite;

/// <summary>
/// Writes results as CSV: the "Aggregated" table (<c>uCode</c>, every normalised indicator, every aggregate, <c>Rank</c>),
/// the ranks on every aggregate, the cells imputation and treatment changed, the analysis tables and the
/// rank-uncertainty and sensitivity tables. Numbers in invariant culture, round-trip exact; missing as <c>NA</c>.
/// </summary>
public static class CompositeCsv
{
    public static string Aggregated(CompositeResult result)
    {
        var text = new StringBuilder();
        text.Append("uCode");
        foreach (var c in result.Layout.Columns) text.Append(',').Append(Field(c.Code));
        text.Append(",Rank\n");
        for (var u = 0; u < result.Units.Count; u++)
        {
            text.Append(Field(result.Units[u]));
            foreach (var column in result.Values) text.Append(',').Append(CompositeCell.Format(column[u]));
            text.Append(',').Append(Rank(result.Ranks[u])).Append('\n');
        }
        return text.ToString();
    }

    /// <summary>uCode and the rank on every aggregate, bottom-up (1 = highest; NA where the aggregate is missing).</summary>
    public static string Ranks(CompositeResult result)
    {
        var layout = result.Layout;
        var columns = Enumerable.Range(layout.IndicatorCount, layout.Columns.Count - layout.IndicatorCount).ToArray();
        var ranks = columns.Select(result.RankOf).ToArray();
        var text = new StringBuilder("uCode");
        foreach (var c in columns) text.Append(',').Append(Field(layout.Columns[c].Code));
        text.Append('\n');
        for (var u = 0; u < result.Units.Count; u++)
        {
            text.Append(Field(result.Units[u]));
            foreach (var r in ranks) text.Append(',').Append(Rank(r[u]));
            text.Append('\n');
        }
        return text.ToString();
    }

    public static string Changes(CompositeResult result)
    {
        var text = new StringBuilder("uCode,iCode,Step,Before,After,Reason\n");
        foreach (var c in result.Changes)
            text.Append(Field(c.Unit)).Append(',').Append(Field(c.Code)).Append(',').Append(c.Step).Append(',')
                .Append(CompositeCell.Format(c.Before)).Append(',').Append(CompositeCell.Format(c.After)).Append(',').Append(Field(c.Reason)).Append('\n');
        return text.ToString();
    }

    public static string Analysis(CompositeAnalysis analysis)
    {
        var text = new StringBuilder("Table,LevelA,CodeA,LevelB,CodeB,Value\n");
        foreach (var c in analysis.Correlations)
            text.Append("correlation,").Append(c.LevelA).Append(',').Append(Field(c.CodeA)).Append(',').Append(c.LevelB).Append(',')
                .Append(Field(c.CodeB)).Append(',').Append(CompositeCell.Format(c.R)).Append('\n');
        foreach (var a in analysis.Alphas)
            text.Append("cronbach,").Append(a.Level).Append(',').Append(Field(a.Code)).Append(",,,").Append(CompositeCell.Format(a.Value)).Append('\n');
        return text.ToString();
    }

    public static string Uncertainty(IReadOnlyList<UnitRankSummary> rows)
    {
        var text = new StringBuilder("uCode,Nominal,Mean,Median,Q5,Q95\n");
        foreach (var r in rows)
        {
            text.Append(Field(r.Unit)).Append(',').Append(Rank(r.Nominal));
            foreach (var v in new[] { r.Mean, r.Median, r.Q5, r.Q95 }) text.Append(',').Append(CompositeCell.Format(v));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>COINr's <c>Sensitivity</c> table: Variable, Si, STi and their 5 % and 95 % bootstrap quantiles.</summary>
    public static string Sensitivity(SensitivityResult result)
    {
        var text = new StringBuilder("Variable,Si,STi,Si_q5,Si_q95,STi_q5,STi_q95\n");
        foreach (var s in result.Indices)
        {
            text.Append(Field(s.Variable));
            foreach (var v in new[] { s.Si, s.STi, s.SiQ5, s.SiQ95, s.STiQ5, s.STiQ95 }) text.Append(',').Append(CompositeCell.Format(v));
            text.Append('\n');
        }
        return text.ToString();
    }

    private static string Rank(int rank) => rank == 0 ? "NA" : rank.ToString(CultureInfo.InvariantCulture);

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
