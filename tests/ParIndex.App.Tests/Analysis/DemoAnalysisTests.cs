using ParIndex.App.Features.Analysis;
using ParIndex.App.Security;
using ParIndex.App.Tests.Demo;
using ParIndex.Domain.Analysis;
using ParIndex.Domain.Numbers;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Analysis;

/// <summary>
/// The analysis of the demo's published 2025 departments, checked against figures worked out here by hand from the
/// sample data: the independently computed tables in samples/README.md, changed where the demo's appraisal stood
/// (SGDDT lost 3.2.2, worth 1 point, in 2025; in 2024 SGTVT's bonus 1.4.3 fell from 1 to 0.5 and SVHTTDL's 1.3.2 from
/// 1 to 0.5; the other adjustments were undone by accepted appeals).
/// </summary>
public abstract class DemoAnalysisTests(DemoDatabase demo)
{
    private const string Departments = "Sở, ban, ngành";

    // Departments 2025 from samples/README.md: points and applicable max; SGDDT 78.805 − 1 (3.2.2 failed at appraisal).
    private static readonly (string Code, decimal Points, decimal Max)[] Published2025 =
    [
        ("STC", 92.725m, 100), ("SNV", 91.505m, 100), ("SGTVT", 90.67m, 100), ("BQLKKT", 83.26m, 92), ("SNGV", 85.11m, 94.5m),
        ("SNNMT", 89.3m, 100), ("SLDTBXH", 88.745m, 100), ("SKHDT", 87.475m, 100), ("SDTTG", 82.275m, 94.5m), ("TTR", 82.18m, 94.5m),
        ("SCT", 86.42m, 100), ("SXD", 86.42m, 100), ("SYT", 86.15m, 100), ("VPUBND", 86.12m, 100), ("SKHCN", 83.255m, 100),
        ("STTTT", 82.905m, 100), ("SVHTTDL", 79.125m, 100), ("STP", 79.075m, 100), ("SGDDT", 77.805m, 100),
    ];

    // Departments 2024 from samples/README.md; SGTVT 92.065 − 0.5 and SVHTTDL 80.295 − 0.5 (appraisal, no appeal won).
    private static readonly decimal[] Published2024 =
    [
        94.865m, 93.34m, 92.885m, 91.565m, 84.84m / 94.5m * 100, 82.285m / 92 * 100, 82.872m / 94.5m * 100, 87.695m, 82.445m / 94.5m * 100, 86.675m,
        86.65m, 83.405m, 82.965m, 82.775m, 82.425m, 82.045m, 81.965m, 81.38m, 81.16m, 79.795m,
    ];

    private static readonly Actor Viewer = Actor.Of("xem", "Người xem", null, Role.Viewer);

    private async Task<AnalysisView> Analyse(string? unit = null)
    {
        await using var db = demo.Open();
        return await new GetAnalysisHandler(db).HandleAsync(Viewer, new GetAnalysis(demo.Loaded.PeriodIds[1], Departments, unit));
    }

    [Fact]
    public async Task Overview_matches_the_sample_tables()
    {
        var view = await Analyse();
        var o = view.Analysis.Overview;
        var indices = Published2025.Select(u => u.Points / u.Max * 100).ToArray();
        Assert.Equal(19, o.Count);
        Assert.Equal(2024, view.PreviousYear);
        Assert.Equal(Publish.Round(indices.Sum() / 19), Publish.Round(o.Mean));
        Assert.Equal(86.96m, Publish.Round(o.Median));     // 10th of 19: TTR, 82.18 / 94.5
        Assert.Equal((77.81m, 92.73m), (Publish.Round(o.Min), Publish.Round(o.Max)));
        Assert.Equal(Publish.Round(Published2024.Sum() / 20), Publish.Round(o.PreviousMean!.Value));
        Assert.Equal(86.66m, Publish.Round(o.PreviousMedian!.Value)); // (86.675 + 86.65) / 2 = 86.6625
        Assert.Equal((79.80m, 94.87m), (Publish.Round(o.PreviousMin!.Value), Publish.Round(o.PreviousMax!.Value)));
        // Xuất sắc ≥ 90: ranks 1–5; Tốt ≥ 80: ranks 6–16; Khá: SVHTTDL, STP, SGDDT.
        Assert.Equal([("Xuất sắc", 5), ("Tốt", 11), ("Khá", 3), ("Trung bình", 0), ("Yếu", 0)], o.Bands.Select(b => (b.Band, b.Count)));
        Assert.Equal(5m / 19, o.Bands[0].Share);
        var mean = indices.Sum() / 19;
        Assert.Equal(Published2025.Where(u => u.Points / u.Max * 100 > mean).Select(u => u.Code).Order(), o.UnitsAboveMean.Order());
    }

    [Fact]
    public async Task Risers_and_fallers_follow_the_merger_and_the_rename()
    {
        // Δ = published 2025 − published 2024 (two decimals): SKHDT 87.48 − 82.05, SCT 86.42 − 81.38, SYT 86.15 − 81.97,
        // SXD 86.42 − 82.78, SLDTBXH 88.75 − 86.68; SGDDT 77.81 − 83.41, SKHCN 83.26 − 86.65, STP 79.08 − 81.16,
        // VPUBND 86.12 − 87.70, SNV 91.51 − 92.89. SNNMT compares with the mean of STNMT and SNNPTNT (94.87 + 82.43) / 2.
        var o = (await Analyse()).Analysis.Overview;
        Assert.Equal([("SKHDT", 5.43m), ("SCT", 5.04m), ("SYT", 4.18m), ("SXD", 3.64m), ("SLDTBXH", 2.07m)], o.RisersByPoints.Select(m => (m.Code, m.DeltaPoints)));
        Assert.Equal([("SGDDT", -5.60m), ("SKHCN", -3.39m), ("STP", -2.08m), ("VPUBND", -1.58m), ("SNV", -1.38m)], o.FallersByPoints.Select(m => (m.Code, m.DeltaPoints)));
        // Ranks 2024 → 2025: SKHDT 16 → 8, SCT 18 → 11, SYT 17 → 13, SLDTBXH 10 → 7, SXD 14 → 11 (and SVHTTDL 20 → 17, lower placed).
        Assert.Equal([("SKHDT", 8), ("SCT", 7), ("SYT", 4), ("SLDTBXH", 3), ("SXD", 3)], o.RisersByRank.Select(m => (m.Code, m.DeltaRank)));
        // SGDDT 12 → 19, VPUBND 8 → 14, SKHCN 11 → 15, TTR 7 → 10, STTTT 13 → 16.
        Assert.Equal([("SGDDT", -7), ("VPUBND", -6), ("SKHCN", -4), ("TTR", -3), ("STTTT", -3)], o.FallersByRank.Select(m => (m.Code, m.DeltaRank)));
    }

    [Fact]
    public async Task Lost_points_on_3_2_2_count_the_failures_of_the_sample_and_the_appraisal()
    {
        // scores-so-2025.csv fails 3.2.2 (1 point) for VPUBND and BQLKKT; the appraisal failed SGDDT.
        var view = await Analyse("SGDDT");
        var leaf = view.Analysis.LostPoints.Leaves.Single(l => l.Code == "3.2.2");
        Assert.Equal((3m, 3, 19), (leaf.PointsLost, leaf.UnitsLosing, leaf.UnitsApplicable));
        Assert.Contains(view.Analysis.LostPoints.Unit!.Leaves, l => l.Code == "3.2.2" && l.Lost == 1m);
        Assert.Equal(view.Analysis.LostPoints.Unit.Leaves.Select(l => l.Lost).OrderDescending(), view.Analysis.LostPoints.Unit.Leaves.Select(l => l.Lost));
        Assert.Equal("SGDDT", view.WhatIf!.Code);
        Assert.Equal("Tốt", view.WhatIf.NextBand!.Label);
        Assert.Equal(80m - 77.805m, view.WhatIf.NextBand.PointsNeeded); // of 100 applicable points
    }

    [Fact]
    public async Task Self_assessment_gaps_are_the_two_appraisal_changes()
    {
        // STC counted 13 articles on 1.3.1 (≥ 12 → 1 point), the appraisal 9 (6–11 → 0.5); SGDDT passed 3.2.2 itself,
        // the appraisal failed it (1 point). Nothing else was changed among what the departments scored themselves.
        var q = (await Analyse()).Analysis.SelfAssessment!;
        Assert.Equal(2, q.ItemsChanged);
        Assert.Equal([("SGDDT", 1m), ("STC", 0.5m)], q.TopOverScorers.Select(u => (u.Code, u.Gap)));
        Assert.Equal(0.5m, q.Units.Single(u => u.Code == "STC").AreaGaps[0]);
        Assert.Equal(1m, q.Units.Single(u => u.Code == "SGDDT").AreaGaps[2]);
    }

    [Fact]
    public async Task Robustness_runs_beside_the_official_ranking()
    {
        await using var db = demo.Open();
        var view = await new GetAnalysisHandler(db).HandleAsync(Viewer,
            new GetAnalysis(demo.Loaded.PeriodIds[1], Departments, Robustness: new RobustnessOptions(Draws: 300, WeightNoise: 0m, Seed: 1)));
        Assert.All(view.Robustness!.Units, u => Assert.Equal((u.OfficialRank, u.OfficialRank), (u.Low, u.High)));
        Assert.Equal([["SCT", "SXD"]], view.Robustness.Groups); // the exact tie shares rank 11 in every draw
    }

    [Fact]
    public async Task Before_publication_only_those_who_see_every_unit_read_it()
    {
        await using var db = demo.Open();
        var editor = Actor.Of("snv", "Cán bộ SNV", null, Role.UnitEditor);
        await Assert.ThrowsAsync<ForbiddenException>(() => new GetAnalysisHandler(db).HandleAsync(editor, new GetAnalysis(demo.Loaded.PeriodIds[2], Departments)));
    }
}

public sealed class DemoAnalysisTestsOnSqlite(SqliteDemoDatabase demo) : DemoAnalysisTests(demo), IClassFixture<SqliteDemoDatabase>;

public sealed class DemoAnalysisTestsOnPostgres(PostgresDemoDatabase demo) : DemoAnalysisTests(demo), IClassFixture<PostgresDemoDatabase>;
