using ParIndex.App.Composite;
using ParIndex.Domain.Composite;

namespace ParIndex.App.Tests.Composite;

/// <summary>The engine against COINr's own output for its example index: 1e-9 relative on every value, same ranks.</summary>
public sealed class CoinrAsemTests
{
    [Fact]
    public void Normalised_indicators_match_COINr_minmax_0_100()
    {
        var result = CoinrAsem.Build();
        var (header, rows) = CoinrAsem.Expected("normalised.csv");
        Assert.Equal(49, header.Count - 1);
        Assert.Equal(51, rows.Count);
        var worst = 0.0;
        foreach (var (unit, expected) in rows)
            foreach (var (code, value) in expected)
                worst = Math.Max(worst, CoinrAsem.RelativeError(result.Value(unit, code), value));
        Assert.True(worst <= 1e-9, $"max relative error {worst:G3}");
    }

    [Fact]
    public void Aggregated_data_set_matches_COINr_value_by_value_and_column_by_column()
    {
        var result = CoinrAsem.Build();
        var (header, rows) = CoinrAsem.Expected("aggregated.csv");
        Assert.Equal(header.Skip(1), result.Layout.Columns.Select(c => c.Code));
        Assert.Equal(rows.Keys, result.Units);
        var worst = 0.0;
        foreach (var (unit, expected) in rows)
            foreach (var (code, value) in expected)
                worst = Math.Max(worst, CoinrAsem.RelativeError(result.Value(unit, code), value));
        Assert.True(worst <= 1e-9, $"max relative error {worst:G3}");
    }

    [Fact]
    public void Ranks_are_those_of_COINr_index_and_the_top_five_are_CHE_NLD_DNK_NOR_BEL()
    {
        var result = CoinrAsem.Build();
        var (_, rows) = CoinrAsem.Expected("aggregated.csv");
        var expectedRanks = MinRank.Descending(result.Units.Select(u => rows[u]["Index"]).ToArray());
        Assert.Equal(expectedRanks, result.Ranks);
        var top = result.Units.Select((u, i) => (u, r: result.Ranks[i])).OrderBy(x => x.r).Take(5).ToList();
        Assert.Equal(["CHE", "NLD", "DNK", "NOR", "BEL"], top.Select(x => x.u));
        Assert.Equal([1, 2, 3, 4, 5], top.Select(x => x.r));
        Assert.Equal(68.3837, Math.Round(result.Value("CHE", "Index"), 4));
        Assert.Equal(63.5395, Math.Round(result.Value("BEL", "Index"), 4));
    }

    [Fact]
    public void Written_csv_has_the_aggregated_shape_and_reads_back_exactly()
    {
        var result = CoinrAsem.Build();
        var csv = CompositeCsv.Aggregated(result);
        var table = CompositeTable.Parse("out.csv", csv);
        Assert.Equal(["uCode", .. result.Layout.Columns.Select(c => c.Code), "Rank"], table.Header);
        Assert.Equal(51, table.Rows.Count);
        for (var u = 0; u < result.Units.Count; u++)
        {
            var cells = table.Rows[u].Cells;
            Assert.Equal(result.Units[u], cells[0]);
            for (var c = 0; c < result.Values.Length; c++)
                Assert.Equal(result.Values[c][u], CompositeCell.Number(cells[c + 1])!.Value);
            Assert.Equal(result.Ranks[u].ToString(System.Globalization.CultureInfo.InvariantCulture), cells[^1]);
        }
        Assert.StartsWith("CHE,", table.Rows.Single(r => r.Cells[^1] == "1").Cells[0] + ",");
    }

    [Fact]
    public void Metadata_rows_of_other_types_are_skipped()
    {
        var structure = CoinrAsem.Structure();
        Assert.Equal(49, structure.Indicators.Count);
        Assert.Equal(11, structure.Aggregates.Count);
        Assert.Equal("Index", structure.Top.Code);
        Assert.Null(structure.Find("GDP_group"));
    }
}
