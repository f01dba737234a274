using System.Globalization;
using ParIndex.App.Compute;

namespace ParIndex.App.Tests.Compute;

/// <summary>
/// Cross-check against an independent implementation: the expected tables in samples/README.md were computed by
/// a separate scorer written outside this code base (from the rules in docs/formats.md), not by this engine.
/// </summary>
public sealed class SampleProvinceTests
{
    private static string S(string file) => Repo.Sample(Path.Combine("tinh-mau", file));

    private static Domain.Results.GroupResult Departments(int year, bool compare) => ComputeResults.Run(new ComputeRequest(
        Repo.Sample("frameworks/so-nganh.json"), S($"scores-so-{year}.csv"), S($"units-so-{year}.csv"),
        compare ? Previous2024() : null, compare ? S("lineage.csv") : null));

    private static string Previous2024()
    {
        var path = Path.Combine(Repo.TempDir(), "so-2024.csv");
        File.WriteAllText(path, ResultWriter.Csv(Departments(2024, compare: false)));
        return path;
    }

    [Theory]
    [InlineData(2025, "STC", 1, "92.725", "100", "92.73", "Xuất sắc")]
    [InlineData(2025, "BQLKKT", 4, "83.26", "92", "90.50", "Xuất sắc")]
    [InlineData(2025, "SNGV", 5, "85.11", "94.5", "90.06", "Xuất sắc")]
    [InlineData(2025, "SDTTG", 9, "82.275", "94.5", "87.06", "Tốt")]
    [InlineData(2025, "SCT", 11, "86.42", "100", "86.42", "Tốt")]
    [InlineData(2025, "SXD", 11, "86.42", "100", "86.42", "Tốt")]
    [InlineData(2025, "SYT", 13, "86.15", "100", "86.15", "Tốt")]
    [InlineData(2025, "SVHTTDL", 17, "79.125", "100", "79.13", "Khá")]
    [InlineData(2025, "SGDDT", 19, "78.805", "100", "78.81", "Khá")]
    [InlineData(2024, "STNMT", 1, "94.865", "100", "94.87", "Xuất sắc")]
    [InlineData(2024, "TTR", 7, "82.872", "94.5", "87.70", "Tốt")]
    [InlineData(2024, "VPUBND", 8, "87.695", "100", "87.70", "Tốt")]
    [InlineData(2024, "SVHTTDL", 20, "80.295", "100", "80.30", "Tốt")]
    public void Departments_match_the_independent_scorer(int year, string unit, int rank, string points, string max, string index, string band)
    {
        var u = Departments(year, compare: false).Units.Single(x => x.Unit.Code == unit);
        Assert.Equal(rank, u.Rank);
        Assert.Equal(decimal.Parse(points, CultureInfo.InvariantCulture), u.Score.TotalPoints);
        Assert.Equal(decimal.Parse(max, CultureInfo.InvariantCulture), u.Score.TotalMax);
        Assert.Equal(decimal.Parse(index, CultureInfo.InvariantCulture), u.PublishedIndex);
        Assert.Equal(band, u.Band.Label);
    }

    [Theory]
    [InlineData(2024, 86.34)]
    [InlineData(2025, 86.49)]
    public void Department_averages_match(int year, decimal mean) =>
        Assert.Equal(mean, Domain.Numbers.Publish.Round(Departments(year, compare: false).Statistics.Mean));

    [Theory]
    [InlineData(2024, 40, 71.87, 91.53, 80.35)]
    [InlineData(2025, 39, 71.04, 92.02, 80.67)]
    public void Communes_match(int year, int count, decimal min, decimal max, decimal mean)
    {
        var s = ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/xa-phuong.json"), S($"scores-xa-{year}.csv"), S($"units-xa-{year}.csv"))).Statistics;
        Assert.Equal(count, s.Count);
        Assert.Equal(min, Domain.Numbers.Publish.Round(s.Min));
        Assert.Equal(max, Domain.Numbers.Publish.Round(s.Max));
        Assert.Equal(mean, Domain.Numbers.Publish.Round(s.Mean));
    }

    [Fact]
    public void The_2025_merger_and_rename_are_followed()
    {
        var g = Departments(2025, compare: true);
        var merged = g.Units.Single(u => u.Unit.Code == "SNNMT").Change!;
        // SNNMT = STNMT (94.87, 1st) + SNNPTNT (82.43, 15th): mean 88.65 → 89.30 − 88.65 = +0.65.
        Assert.Equal(["SNNPTNT", "STNMT"], merged.ComparedWith);
        Assert.Equal(0.65m, merged.DeltaPoints);
        // Among the other 2024 units, 88.65 comes after STC, SNV, SGTVT, SNGV (89.78) and BQLKKT (89.44): 6th, as SNNMT is now.
        Assert.Equal(6, merged.PreviousRank);
        Assert.Equal(0, merged.DeltaRank);

        var renamed = g.Units.Single(u => u.Unit.Code == "SDTTG").Change!;
        Assert.Equal(["BDT"], renamed.ComparedWith);
        Assert.Equal(87.06m - 87.24m, renamed.DeltaPoints);
        Assert.Equal(0, renamed.DeltaRank);        // 9th → 9th
    }

    /// <summary>
    /// Issue 14, item 15: a unit name a spreadsheet would run is written as text, while a fall in points stays a negative
    /// number (STC: 93.34 in 2024, 92.73 in 2025).
    /// </summary>
    [Fact]
    public void The_results_file_writes_formulas_as_text_and_negative_numbers_as_numbers()
    {
        var units = Path.Combine(Repo.TempDir(), "units.csv");
        File.WriteAllText(units, File.ReadAllText(S("units-so-2025.csv")).Replace("STC,Sở Tài chính,", "STC,=cmd|' /C calc'!A0,"));
        var group = ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2025.csv"), units, Previous2024(), S("lineage.csv")));

        var csv = ResultWriter.Csv(group);

        Assert.StartsWith("1,STC,'=cmd|' /C calc'!A0,92.73,100.00,92.73,Xuất sắc,-0.61,1,", csv.Split('\n')[1]);
        var stc = App.Files.Csv.Parse(csv, "results.csv")[1].Fields;
        Assert.Equal(("=cmd|' /C calc'!A0", -0.61m), (stc[2], decimal.Parse(stc[7], CultureInfo.InvariantCulture)));
    }
}
