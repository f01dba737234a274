using System.Text.Json.Nodes;
using ParIndex.App.Compute;
using ParIndex.App.Files;

namespace ParIndex.App.Tests.Compute;

/// <summary>
/// The sample departments from 2025 (PAR-SO-MAU) to 2026 (PAR-SO-MAU-2026) through the sample crosswalk, checked on
/// Sở Công Thương (SCT), whose inputs make every kind of change show; every figure is worked by hand from the scores files.
/// </summary>
public sealed class EditionsComputeTests
{
    private static string S(string file) => Repo.Sample(Path.Combine("tinh-mau", file));

    private static readonly string Crosswalk = Repo.Sample("crosswalks/so-nganh-2025-2026.json");

    private static string Results2025()
    {
        var path = Path.Combine(Repo.TempDir(), "kq-2025.csv");
        File.WriteAllText(path, ResultWriter.Csv(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2025.csv"), S("units-so-2025.csv")))));
        return path;
    }

    private static ComputeRequest Request2026(string? crosswalk, string? previousFramework = "frameworks/so-nganh.json") =>
        new(Repo.Sample("frameworks/so-nganh-2026.json"), S("scores-so-2026.csv"), S("units-so-2026.csv"), Results2025(),
            PreviousScores: S("scores-so-2025.csv"), PreviousFramework: previousFramework is null ? null : Repo.Sample(previousFramework), Crosswalk: crosswalk);

    private static JsonObject Unit(JsonNode results, string code) => results["units"]!.AsArray().Single(u => (string)u!["unit"]! == code)!.AsObject();

    private static (string Basis, string From, decimal? Previous, decimal? Current, decimal? Delta) Node(JsonObject unit, string code)
    {
        var n = unit["changes"]!["nodes"]!.AsArray().Single(x => (string)x!["code"]! == code)!;
        return ((string)n["basis"]!, string.Join(' ', n["from"]!.AsArray().Select(f => (string)f!)), (decimal?)n["previous"], (decimal?)n["current"], (decimal?)n["delta"]);
    }

    [Fact]
    public void Compute_gives_the_change_of_every_kind_of_node_through_the_crosswalk()
    {
        var results = JsonNode.Parse(ResultWriter.Json(ComputeResults.Run(Request2026(Crosswalk))))!;
        var sct = Unit(results, "SCT");

        Assert.Equal("crosswalk", (string)sct["changes"]!["scope"]!);
        // Area 1, renamed. 2025: 1.1.1 1 + 1.1.2 1 + 1.2.1 1.5 + 1.2.2 1 + 1.2.3 1 + 1.3.1 (17 ≥ 12) 1 + 1.3.2 0.75 + 1.4.1 1.5
        // + 1.4.2 1 + bonus 1.4.3 (2 × 0.5) 1 = 10.75 of 10 = 107.5 %; 2026 the same items, 1.4.2 now as 1.2.4: 107.5 %.
        Assert.Equal(("renamed", "1", 107.5m, 107.5m, 0m), Node(sct, "1"));
        // 1.4.2 moved to 1.2.4: passed both years. Criterion 1.4 lost it: 2025 (1.5 + 1 + 1) / 2.5 = 140 %, 2026 (1.5 + 1) / 1.5 = 166.67 %.
        Assert.Equal(("moved", "1.4.2", 100m, 100m, 0m), Node(sct, "1.2.4"));
        Assert.Equal(("same", "1.4", 140m, 166.67m, 26.67m), Node(sct, "1.4"));
        // 3.2.1 (28 % on time, 0 of 2) split into 3.2.1 (28 %: 0 of 1) and 3.2.4 (100 %: 1 of 1); each part keeps the old rate, 0 %.
        Assert.Equal(("split", "3.2.1", 0m, 0m, 0m), Node(sct, "3.2.1"));
        Assert.Equal(("split", "3.2.1", 0m, 100m, 100m), Node(sct, "3.2.4"));
        // Criterion 3.2: 2025 0 + 3.2.2 1 + 3.2.3 1 = 2 of 4 = 50 %; 2026 0 + 1 + 1 + 1 = 3 of 4 = 75 %.
        Assert.Equal(("same", "3.2", 50m, 75m, 25m), Node(sct, "3.2"));
        // 6.2.1 (80 % of recommendations: 0.5) and 6.2.2 (published in full: 1) merged: 1.5 of 2 = 75 %; 2026 1.5 of 2 = 75 %.
        Assert.Equal(("merged", "6.2.1 6.2.2", 75m, 75m, 0m), Node(sct, "6.2.1"));
        // 7.2.3 is new (passed: 100 %); 7.2.2 was dropped (passed in 2025).
        Assert.Equal(("new", "", null, 100m, null), Node(sct, "7.2.3"));
        var dropped = Assert.Single(sct["changes"]!["dropped"]!.AsArray())!;
        Assert.Equal(("7.2.2", "Báo cáo qua Hệ thống thông tin báo cáo của tỉnh", 100m), ((string)dropped["code"]!, (string)dropped["name"]!, (decimal)dropped["previous"]!));
        Assert.Equal("""{"scope":"crosswalk","from":"PAR-SO-MAU","to":"PAR-SO-MAU-2026"}""", results["summary"]!["comparison"]!.ToJsonString());
    }

    [Fact]
    public void Csv_carries_the_change_per_area_after_the_component_indices()
    {
        var lines = ResultWriter.Csv(ComputeResults.Run(Request2026(Crosswalk))).Split('\n');

        Assert.Equal("rank,unit,name,points,max,index,band,delta_points,delta_rank,area_1,area_2,area_3,area_4,area_5,area_6,area_7,area_8,"
            + "delta_area_1,delta_area_2,delta_area_3,delta_area_4,delta_area_5,delta_area_6,delta_area_7,delta_area_8", lines[0]);
        // SNV: 7.2.2 passed (1.5 of area 7's 12) → 7.2.3 failed: −1.5 / 12 = −12.50; nothing else changed.
        var snv = lines.Single(l => l.Contains(",SNV,")).Split(',');
        Assert.Equal(["0.00", "0.00", "0.00", "0.00", "0.00", "0.00", "-12.50", "0.00"], snv[^8..]);
    }

    [Fact]
    public void Without_a_crosswalk_a_new_edition_compares_the_totals_only_and_says_so()
    {
        var result = ComputeResults.Run(Request2026(crosswalk: null));

        var json = JsonNode.Parse(ResultWriter.Json(result))!;
        Assert.Equal("""{"scope":"totals_only","nodes":[],"dropped":[]}""", Unit(json, "SCT")["changes"]!.ToJsonString());
        Assert.Equal("totals_only", (string)json["summary"]!["comparison"]!["scope"]!);
        Assert.NotNull(Unit(json, "SCT")["delta_points"]);
        Assert.DoesNotContain("delta_area_", ResultWriter.Csv(result));
        Assert.Contains("Bộ chỉ số năm nay (PAR-SO-MAU-2026) khác năm trước (PAR-SO-MAU) và không có bảng ánh xạ: chỉ so sánh tổng điểm, chỉ số và thứ hạng.",
            ResultText.Render(result));
    }

    [Fact]
    public void On_the_same_edition_every_node_compares_with_itself_without_a_crosswalk()
    {
        var previous = Path.Combine(Repo.TempDir(), "kq-2024.csv");
        File.WriteAllText(previous, ResultWriter.Csv(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2024.csv"), S("units-so-2024.csv")))));
        var result = ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2025.csv"), S("units-so-2025.csv"), previous, S("lineage.csv"),
            PreviousScores: S("scores-so-2024.csv")));

        var json = JsonNode.Parse(ResultWriter.Json(result))!;
        var stc = Unit(json, "STC");
        Assert.Equal("same_edition", (string)stc["changes"]!["scope"]!);
        // The area changes agree with the component indices of the two years' results.
        var areas2024 = Unit(JsonNode.Parse(ResultWriter.Json(ComputeResults.Run(new ComputeRequest(Repo.Sample("frameworks/so-nganh.json"), S("scores-so-2024.csv"), S("units-so-2024.csv")))))!, "STC")["areas"]!;
        foreach (var area in new[] { "1", "3", "8" })
            Assert.Equal((decimal)stc["areas"]![area]! - (decimal)areas2024[area]!, Node(stc, area).Delta);
    }

    [Fact]
    public void A_bad_crosswalk_or_missing_file_is_reported_and_nothing_is_computed()
    {
        var dir = Repo.TempDir();
        var bad = Path.Combine(dir, "cw.json");
        File.WriteAllText(bad, File.ReadAllText(Crosswalk).Replace("\"share\": 0.5,\n      \"note\": \"Tách theo thẩm quyền giải quyết: cấp xã\"", "\"share\": 0.4"));

        var problems = Assert.Throws<ImportException>(() => ComputeResults.Run(Request2026(bad))).Problems.Select(p => p.ToString()).ToList();
        Assert.Equal([$"{bad}, tiêu chí 3.2.1: $.links[{SplitIndex()}].share: the shares of 3.2.1 add up to 0.9, not 1"], problems);

        var alone = Assert.Throws<ImportException>(() => ComputeResults.Run(Request2026(Crosswalk) with { Previous = null })).Problems;
        Assert.Contains(alone, p => p.File == "--previous-scores" && p.Message.Contains("--previous"));
        var noScores = Assert.Throws<ImportException>(() => ComputeResults.Run(Request2026(Crosswalk) with { PreviousScores = null })).Problems;
        Assert.Contains(noScores, p => p.File == Crosswalk && p.Message.Contains("--previous-scores"));
    }

    /// <summary>The index of the first split link of 3.2.1 in the sample crosswalk.</summary>
    private static int SplitIndex()
    {
        var links = JsonNode.Parse(File.ReadAllText(Crosswalk))!["links"]!.AsArray();
        return links.Select((l, i) => (l, i)).First(x => (string?)x.l!["kind"] == "split").i;
    }
}
