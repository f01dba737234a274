using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Features.Analysis;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Tests.Demo;
using ParIndex.App.Tests.Web;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Crosswalks;

/// <summary>
/// A 2027 period on the sample's next edition (PAR-SO-MAU-2026) after the demo's published 2025 departments on
/// PAR-SO-MAU: without a stored crosswalk the analysis compares totals only; once the secretariat confirms the sample
/// crosswalk, every unit's change per node goes through it. Last year's values for Sở Công Thương are worked by hand
/// from samples/tinh-mau/scores-so-2025.csv (the demo's appraisal left SCT's 2025 scores as entered).
/// </summary>
public abstract class CrosswalkAnalysisTests(DemoDatabase demo) : IAsyncLifetime
{
    private const string Departments = "Sở, ban, ngành";
    private static readonly Actor Secretariat = Actor.Of("thuong-truc-test", "Thường trực", null, Role.Secretariat);
    private static readonly TimeProvider Clock = TimeProvider.System;
    private int _period;

    public async Task InitializeAsync()
    {
        await using var db = demo.Open();
        if (await db.Periods.AnyAsync(p => p.Year == 2027)) { _period = await db.Periods.Where(p => p.Year == 2027).Select(p => p.Id).SingleAsync(); return; }
        await new ImportFrameworkHandler(db, Clock).HandleAsync(Secretariat, new ImportFramework(Repo.Sample("frameworks/so-nganh-2026.json")));
        static DateTimeOffset On(int month, int day) => new(2027, month, day, 17, 0, 0, TimeSpan.FromHours(7));
        _period = (await new CreatePeriodHandler(db, Clock).HandleAsync(Secretariat, new CreatePeriod(2027, "CCHC 2027 (ấn bản mới)",
            new(On(1, 1), On(3, 31), On(4, 30), On(5, 15), On(5, 31)), ["PAR-SO-MAU-2026"]))).Id;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<AnalysisView> Analyse()
    {
        await using var db = demo.Open();
        return await new GetAnalysisHandler(db).HandleAsync(Secretariat, new GetAnalysis(_period, Departments));
    }

    private async Task ImportSampleCrosswalk()
    {
        await using var db = demo.Open();
        var path = Repo.Sample("crosswalks/so-nganh-2025-2026.json");
        await new ImportCrosswalkHandler(db, Clock).HandleAsync(Secretariat, new ImportCrosswalk(await File.ReadAllBytesAsync(path), "so-nganh-2025-2026.json"));
    }

    [Fact]
    public async Task Through_the_confirmed_crosswalk_every_node_compares_and_without_it_only_the_totals()
    {
        await using (var db = demo.Open()) await db.Crosswalks.ExecuteDeleteAsync();
        var totals = await Analyse();
        Assert.All(totals.Ranking.Results.Units, u => Assert.Equal(ComparisonScope.TotalsOnly, u.Nodes!.Scope));
        Assert.All(totals.Analysis.Components.Areas, a => Assert.Null(a.PreviousMean));

        await ImportSampleCrosswalk();
        var view = await Analyse();

        var sct = view.Ranking.Results.Units.Single(u => u.Unit.Code == "SCT").Nodes!;
        Assert.Equal((ComparisonScope.Crosswalk, "PAR-SO-MAU", "PAR-SO-MAU-2026"), (sct.Scope, sct.FromEdition, sct.ToEdition));
        // 2025 area 1: 10.75 of 10 (with the 1-point bonus 1.4.3) = 107.5 %; renamed.
        Assert.Equal((NodeChangeBasis.Renamed, 107.5m), (sct.Node("1")!.Basis, sct.Node("1")!.Previous));
        Assert.Equal((NodeChangeBasis.Moved, 100m), (sct.Node("1.2.4")!.Basis, sct.Node("1.2.4")!.Previous));
        // 3.2.1 at 28 % on time gave 0 of 2: both parts of the split start from 0 %.
        Assert.Equal((NodeChangeBasis.Split, 0m), (sct.Node("3.2.4")!.Basis, sct.Node("3.2.4")!.Previous));
        // 6.2.1 (0.5 of 1) and 6.2.2 (1 of 1) merged: 1.5 of 2 = 75 %.
        Assert.Equal((NodeChangeBasis.Merged, 75m), (sct.Node("6.2.1")!.Basis, sct.Node("6.2.1")!.Previous));
        Assert.Equal(NodeChangeBasis.New, sct.Node("7.2.3")!.Basis);
        Assert.Equal([new DroppedNode("7.2.2", "Báo cáo qua Hệ thống thông tin báo cáo của tỉnh", 100m)], sct.Dropped);
        // Area means of 2025 come through the crosswalk: area 8 kept its items, so its mean is last year's published mean.
        var area8 = view.Analysis.Components.Areas.Single(a => a.Code == "8");
        var published = await LastYearsArea8Mean();
        Assert.Equal(published, area8.PreviousMean);
    }

    [Fact]
    public async Task A_crosswalk_that_does_not_hold_is_refused_with_located_problems_and_nothing_is_stored()
    {
        await using var db = demo.Open();
        var before = await db.Crosswalks.CountAsync();
        var bad = File.ReadAllText(Repo.Sample("crosswalks/so-nganh-2025-2026.json")).Replace("\"to\": \"7.2.3\"", "\"to\": \"7.2.9\"");

        var problems = (await Assert.ThrowsAsync<ImportException>(() => new ImportCrosswalkHandler(db, Clock)
            .HandleAsync(Secretariat, new ImportCrosswalk(System.Text.Encoding.UTF8.GetBytes(bad), "anh-xa.json")))).Problems;

        Assert.StartsWith("anh-xa.json, tiêu chí 7.2.9: $.links[", problems.Single().ToString());
        Assert.EndsWith("].to: there is no node '7.2.9' in PAR-SO-MAU-2026", problems.Single().ToString());
        Assert.Equal(before, await db.Crosswalks.CountAsync());
        await Assert.ThrowsAsync<ForbiddenException>(() => new ImportCrosswalkHandler(db, Clock)
            .HandleAsync(Actor.Of("xem", "Người xem", null, Role.Viewer), new ImportCrosswalk(System.Text.Encoding.UTF8.GetBytes(bad), "anh-xa.json")));
    }

    [Fact]
    public async Task The_results_API_the_unit_page_and_the_analysis_page_show_the_change_through_the_crosswalk_or_totals_only()
    {
        await using (var db = demo.Open()) await db.Crosswalks.ExecuteDeleteAsync();
        await using var site = await RunningSite.StartAsync(demo.Database);
        await using var secretariat = await SiteSession.SignInAsync(site, "thuongtruc", demo.Loaded.Accounts.Single(a => a.UserName == "thuongtruc").Password);
        var unitPage = $"/ket-qua/{_period}/don-vi/SCT";
        var khoi = Uri.EscapeDataString(Departments);

        Assert.Contains("data-testid=\"changes-totals-only\">Chưa có bảng chuyển đổi — chỉ so sánh tổng điểm", WebUtility.HtmlDecode(await secretariat.PageAsync(unitPage)));
        var totals = JsonDocument.Parse(await secretariat.PageAsync($"/api/v1/periods/{_period}/results?group={khoi}")).RootElement;
        Assert.Equal("totals_only", totals.GetProperty("comparison").GetProperty("scope").GetString());

        await ImportSampleCrosswalk();
        var results = JsonDocument.Parse(await secretariat.PageAsync($"/api/v1/periods/{_period}/results?group={khoi}")).RootElement;
        Assert.Equal("crosswalk", results.GetProperty("comparison").GetProperty("scope").GetString());
        var sct = results.GetProperty("changes").EnumerateArray().Single(u => u.GetProperty("unit").GetString() == "SCT").GetProperty("nodes").EnumerateArray().ToList();
        var area1 = sct.Single(n => n.GetProperty("code").GetString() == "1");
        // 2025 area 1: 10.75 of 10 points with the bonus = 107.5 %, renamed in 2026; 7.2.3 is new.
        Assert.Equal(("renamed", 107.5m), (area1.GetProperty("basis").GetString(), area1.GetProperty("previous").GetDecimal()));
        Assert.Equal("new", sct.Single(n => n.GetProperty("code").GetString() == "7.2.3").GetProperty("basis").GetString());

        var page = WebUtility.HtmlDecode(await secretariat.PageAsync(unitPage));
        var row = SiteSession.Row(page, "data-node=\"1\"");
        Assert.Contains("(đổi tên 1)", row);
        Assert.Contains("<td class=\"num\">107,50</td>", row);
        Assert.Contains("so sánh qua bảng chuyển đổi PAR-SO-MAU → PAR-SO-MAU-2026", page);
        var analysis = WebUtility.HtmlDecode(await secretariat.PageAsync($"/phan-tich/{_period}?khoi={khoi}"));
        Assert.Contains("so sánh qua bảng chuyển đổi PAR-SO-MAU → PAR-SO-MAU-2026", SiteSession.Between(analysis, "data-testid=\"area-changes\"", "</table>"));
        Assert.Contains("data-unit=\"SCT\"", SiteSession.Between(analysis, "data-testid=\"area-changes\"", "</table>"));
    }

    private async Task<decimal?> LastYearsArea8Mean()
    {
        await using var db = demo.Open();
        var previous = await new GetAnalysisHandler(db).HandleAsync(Secretariat, new GetAnalysis(demo.Loaded.PeriodIds[1], Departments));
        return previous.Analysis.Components.Areas.Single(a => a.Code == "8").Mean;
    }
}

public sealed class SqliteCrosswalkAnalysisTests(SqliteDemoDatabase demo) : CrosswalkAnalysisTests(demo), IClassFixture<SqliteDemoDatabase>;

public sealed class PostgresCrosswalkAnalysisTests(PostgresDemoDatabase demo) : CrosswalkAnalysisTests(demo), IClassFixture<PostgresDemoDatabase>;
