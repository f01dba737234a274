using System.Text;

namespace ParIndex.Domain.Composite;

/// <summary>
/// Writes results as CSV: the "Aggregated" table (<c>uCode</c>, every normalised indicator, every aggregate, <c>Rank</c>)
/// and the rank-uncertainty table. Numbers in invariant culture, round-trip exact; missing as <c>NA</c>.
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
            foreach (var column in result.Values) text.Append(',').Append(CsvValue.Format(column[u]));
            text.Append(',').Append(result.Ranks[u] == 0 ? "NA" : result.Ranks[u].ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        }
        return text.ToString();
    }

    public static string Uncertainty(IReadOnlyList<UnitRankSummary> rows)
    {
        var text = new StringBuilder("uCode,Nominal,Mean,Median,Q5,Q95\n");
        foreach (var r in rows)
        {
            text.Append(Field(r.Unit)).Append(',')
                .Append(r.Nominal == 0 ? "NA" : r.Nominal.ToString(System.Globalization.CultureInfo.InvariantCulture));
            foreach (var v in new[] { r.Mean, r.Median, r.Q5, r.Q95 }) text.Append(',').Append(CsvValue.Format(v));
            text.Append('\n');
        }
        return text.ToString();
    }

    /// <summary>RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.</summary>
    public static string Field(string value) =>
        value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
