using System.Net;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Web.Appraisal;

/// <summary>The council's pages: deciding appeals, and the finalisation view of a period with its open issues and next step.</summary>
public abstract class CouncilPagesTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private string AppealsPage => $"/hoi-dong/{World.PeriodId}/giai-trinh";

    private string Overview => $"/hoi-dong?ky={World.PeriodId}";

    private Task<Appeal> AppealAsync(int id) => World.Run(db => db.Appeals.AsNoTracking().SingleAsync(a => a.Id == id));

    [Fact]
    public async Task The_council_accepts_and_rejects_appeals_with_reasons_and_sees_the_figures()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        var appeals = await year.ToAppealsAsync();
        var on13 = appeals.Single(a => a.LeafCode == "1.3").Id;
        var on22 = appeals.Single(a => a.LeafCode == "2.2").Id;
        await using var council = await SiteSession.SignInAsync(site, "hd.1");

        var page = await council.PageAsync(AppealsPage);
        Assert.Contains("2 giải trình, 2 chưa quyết định", page);
        Assert.Contains("A — Sở A · 1.3. Tuyên truyền", page);
        Assert.Contains("Có 3 tin bài, kèm đường dẫn", page);
        Assert.Contains("<dd data-testid=\"appraised\">0,5 → 0,50 (lý do: Chỉ có 2 tin bài)</dd>", page);
        Assert.Contains("<dd data-testid=\"requested\">0,75 → 0,75 / 1,00</dd>", page);
        Assert.Contains("<dd data-testid=\"appraised\">2 → 1,00 (lý do: Có 2 hồ sơ trễ hạn)</dd>", page);    // 2 − 2 × 0,5
        Assert.Contains("<dd data-testid=\"requested\">1 → 1,50 / 2,00</dd>", page);                          // 2 − 1 × 0,5
        Assert.Contains("34/TB-A", page);
        Assert.Contains($"href=\"/tai-lieu/{year.DocumentOn21}\"", page);

        var noReason = await council.PostAsync(AppealsPage, AppealsPage, new() { ["AppealId"] = $"{on13}", ["Decision"] = "accept", ["DecidedInput"] = "0.75", ["Reason"] = "" });
        Assert.Equal(HttpStatusCode.OK, noReason.StatusCode);
        Assert.Contains($"<span id=\"reason-error-{on13}\" class=\"field-error\" data-testid=\"reason-error\">Quyết định giải trình cần lý do</span>",
            await SiteSession.TextAsync(noReason));
        Assert.Equal(AppealState.Open, (await AppealAsync(on13)).State);

        var accepted = await council.PostAsync(AppealsPage, AppealsPage, new() { ["AppealId"] = $"{on13}", ["Decision"] = "accept", ["DecidedInput"] = "0.5", ["Reason"] = "Chỉ xác nhận thêm 1 tin bài" });
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var rejected = await council.PostAsync(AppealsPage, AppealsPage, new() { ["AppealId"] = $"{on22}", ["Decision"] = "reject", ["DecidedInput"] = "1", ["Reason"] = "Lỗi hệ thống không được xác nhận" });
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var after = await council.PageAsync(AppealsPage);
        Assert.Contains("2 giải trình, 0 chưa quyết định", after);
        Assert.Contains("<dd data-testid=\"decision\">0,5 → 0,50 · Chỉ xác nhận thêm 1 tin bài", after);
        Assert.Contains("<dd data-testid=\"decision\">Lỗi hệ thống không được xác nhận", after);
        Assert.Equal(AppealState.Accepted, (await AppealAsync(on13)).State);
        Assert.Equal(AppealState.Rejected, (await AppealAsync(on22)).State);
        var decided = await World.Run(db => db.Scores.AsNoTracking().SingleAsync(s => s.Stage == ScoreStage.Appeal && s.LeafCode == "1.3"));
        Assert.Equal(("0.5", 0.5m), (decided.Input, decided.Points));
        Assert.False(await World.Run(db => db.Scores.AnyAsync(s => s.Stage == ScoreStage.Appeal && s.LeafCode == "2.2")));
    }

    [Fact]
    public async Task An_area_appraiser_sees_only_appeals_in_their_area_and_units_and_others_are_refused()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        var appeals = await year.ToAppealsAsync();
        await using var areaAppraiser = await SiteSession.SignInAsync(site, "td.vung2");
        var page = await areaAppraiser.PageAsync(AppealsPage);
        Assert.Contains("1 giải trình, 1 chưa quyết định", page);
        Assert.Contains("2.2. Hồ sơ trễ hạn", page);
        Assert.DoesNotContain("1.3. Tuyên truyền", page);
        var outside = await areaAppraiser.PostAsync(AppealsPage, AppealsPage,
            new() { ["AppealId"] = $"{appeals.Single(a => a.LeafCode == "1.3").Id}", ["Decision"] = "reject", ["Reason"] = "Ngoài phân công" });
        SiteSession.AssertForbidden(outside);

        await using var lead = await SiteSession.SignInAsync(site, "ld.a");
        await lead.AssertForbiddenAsync(AppealsPage);
        await lead.AssertForbiddenAsync(Overview);
        await areaAppraiser.AssertForbiddenAsync(Overview);
        foreach (var appeal in appeals) Assert.Equal(AppealState.Open, (await AppealAsync(appeal.Id)).State);
    }

    [Fact]
    public async Task The_council_view_lists_every_open_issue_and_publication_is_refused_while_any_remains()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        // By hand: C never submitted and D was returned; the confirmed move to appraisal took both there as they stood.
        // A is appraised; the confirmed move to appeals completes B's, C's and D's appraisals. A appeals 1.3: the one
        // open issue.
        await year.ToAppraisalAsync(councilMix: true);
        await year.CompleteAsync("A");
        World.Clock.Now = World.On(5, 5);
        var appeals = await World.AdvanceConfirmedAsync();
        Assert.Equal(["B", "C", "D"], appeals.Changed.Select(c => c.UnitCode));
        await World.Run(db => new Features.Appeals.SubmitAppealHandler(db, World.Clock).HandleAsync(World.Lead("A"),
            new Features.Appeals.SubmitAppeal(World.PeriodId, "A", [new Features.Appeals.AppealItem("1.3", "1", "Có 4 tin bài")])));

        await using var council = await SiteSession.SignInAsync(site, "hd.1");
        var page = await council.PageAsync(Overview);
        Assert.Contains("CCHC 2025 — Giải trình", page);
        Assert.Contains("<span class=\"badge\" data-testid=\"open-issues\">1</span>", page);
        Assert.Contains("Hồ sơ chưa thẩm định xong (0)", page);
        Assert.Contains("<li data-unit=\"A\">A — Sở A, mục 1.3: đề nghị 1</li>", page);
        Assert.Contains("Cơ quan thường trực chuyển kỳ sang giai đoạn “Tổng hợp, chốt kết quả”", page);
        Assert.DoesNotContain("?handler=Advance", page);
        var councilAdvance = await council.PostAsync($"/hoi-dong/{World.PeriodId}/giai-trinh", "/hoi-dong?handler=Advance", new() { ["ky"] = $"{World.PeriodId}", ["From"] = "Appeals" });
        SiteSession.AssertForbidden(councilAdvance);

        // The secretariat's advance from this page needs the second confirmation of the open appeal, which the period page gives.
        await using var secretariat = await SiteSession.SignInAsync(site, "snv.1");
        Assert.Contains("Còn 1 việc tồn đọng (xem trên).", await secretariat.PageAsync(Overview));
        var unconfirmed = await SiteSession.TextAsync(await secretariat.PostAsync(Overview, "/hoi-dong?handler=Advance", new() { ["ky"] = $"{World.PeriodId}", ["From"] = "Appeals" }));
        Assert.Matches("data-testid=\"advance-error\">[^<]*cần xác nhận lần hai[^<]*1 giải trình chưa được quyết định: A \\(1.3\\)", unconfirmed);
        Assert.Equal(PeriodState.Appeals, await World.Run(db => db.Periods.Where(p => p.Id == World.PeriodId).Select(p => p.State).SingleAsync()));
        await World.AdvanceConfirmedAsync();
        var stale = await secretariat.PostAsync(Overview, "/hoi-dong?handler=Advance", new() { ["ky"] = $"{World.PeriodId}", ["From"] = "Appeals" });
        Assert.Matches("data-testid=\"advance-error\">[^<]*đang ở giai đoạn (“|&#x201C;)Tổng hợp, chốt kết quả(”|&#x201D;), không phải (“|&#x201C;)Giải trình(”|&#x201D;)", await SiteSession.TextAsync(stale));

        var publish = await council.PostAsync(Overview, "/hoi-dong?handler=Publish", new() { ["ky"] = $"{World.PeriodId}" });
        Assert.Equal(HttpStatusCode.OK, publish.StatusCode);
        var refusal = await SiteSession.TextAsync(publish);
        Assert.Contains("Chưa thể công bố kết quả:", refusal);
        Assert.DoesNotContain("Cannot publish", refusal);
        Assert.Contains("1 giải trình chưa được quyết định: A (1.3) — phải được quyết định trước khi công bố", refusal);
        Assert.Equal(PeriodState.Finalisation, await World.Run(db => db.Periods.Where(p => p.Id == World.PeriodId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task The_council_publishes_once_nothing_is_open()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        var appeals = await year.ToAppealsAsync(survey: true);
        foreach (var appeal in appeals)
            await World.Run(db => new Features.Appeals.DecideAppealHandler(db, World.Clock).HandleAsync(World.Council, new Features.Appeals.DecideAppeal(appeal.Id, false, "Không đủ căn cứ")));
        await World.Run(db => new Features.Periods.AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new Features.Periods.AdvancePeriod(World.PeriodId)));

        await using var council = await SiteSession.SignInAsync(site, "hd.1");
        var page = await council.PageAsync(Overview);
        Assert.Contains("<span class=\"badge\" data-testid=\"open-issues\">0</span>", page);
        Assert.Contains("Không còn việc tồn đọng", page);
        var published = await council.PostAsync(Overview, "/hoi-dong?handler=Publish", new() { ["ky"] = $"{World.PeriodId}" });
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Đã công bố kết quả 4 đơn vị", await council.PageAsync(Overview));
        Assert.Equal(PeriodState.Published, await World.Run(db => db.Periods.Where(p => p.Id == World.PeriodId).Select(p => p.State).SingleAsync()));
    }

    [Fact]
    public async Task Council_posts_without_the_antiforgery_token_are_rejected()
    {
        await using var site = await RunningSite.StartAsync(World.Database);
        var year = await AppraisalYear.StartAsync(World, site);
        var appeals = await year.ToAppealsAsync();
        await using var council = await SiteSession.SignInAsync(site, "hd.1");
        Assert.Equal(HttpStatusCode.BadRequest, (await council.PostWithoutTokenAsync(AppealsPage,
            new Dictionary<string, string> { ["AppealId"] = $"{appeals[0].Id}", ["Decision"] = "reject", ["Reason"] = "Giả mạo" })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await council.PostWithoutTokenAsync("/hoi-dong?handler=Publish", new Dictionary<string, string> { ["ky"] = $"{World.PeriodId}" })).StatusCode);
        Assert.Equal(AppealState.Open, (await AppealAsync(appeals[0].Id)).State);
    }
}

public sealed class CouncilPagesTestsOnSqlite() : CouncilPagesTests(DatabaseProvider.Sqlite);

public sealed class CouncilPagesTestsOnPostgres() : CouncilPagesTests(DatabaseProvider.Postgres);
