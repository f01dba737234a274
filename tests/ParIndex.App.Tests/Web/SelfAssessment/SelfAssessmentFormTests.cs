using System.Net;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.SelfAssessment;

/// <summary>
/// The unit's self-assessment form through the real site: the list, tabs per area, an input suited to every rule,
/// saving without JavaScript, live points and autosave with conflicts, refusals. Leaves by ordinal: 0 = 1.1 options,
/// 1 = 1.2 tiers on a ratio, 2 = 1.3 manual step 0.25, 3 = 2.1 pass/fail, 4 = 2.2 deduction 0.5 per case, 5 = 2.3 survey.
/// </summary>
public abstract class SelfAssessmentFormTests(DatabaseProvider provider) : SelfAssessmentPageTest(provider)
{
    private Task<SubmissionView> Submission() => World.Run(db => new GetSubmissionHandler(db).HandleAsync(World.Admin, new GetSubmission(World.PeriodId, "A")));

    [Fact]
    public async Task The_list_shows_the_units_periods_with_their_state_and_deadline()
    {
        await using var site = await OpenAsync();
        var html = await site.PageAsync("/tu-danh-gia");
        Assert.Contains($"<a href=\"/tu-danh-gia/{World.PeriodId}\">CCHC 2025</a>", html);
        Assert.Contains("<td>Tự đánh giá</td>", html);
        Assert.Contains("<td>Chưa bắt đầu</td>", html);
        Assert.Contains("<td>31/03/2025 17:00</td>", html);
        Assert.Contains("Sở A", html);

        await site.SignInAsAsync("thu.ky");
        SiteSession.AssertForbidden(await site.Client.GetAsync("/tu-danh-gia"));
    }

    [Fact]
    public async Task Each_area_is_a_tab_and_each_sub_criterion_has_its_rule_explained_and_an_input_suited_to_it()
    {
        await using var site = await OpenAsync();
        var area1 = await site.PageAsync(Form);
        Assert.Contains($"<a href=\"{Form}?linh-vuc=1\" aria-current=\"page\">1. Chỉ đạo, điều hành", area1);
        Assert.Contains($"<a href=\"{Form}?linh-vuc=2\">2. Thủ tục hành chính", area1);
        Assert.Contains("Cách chấm: </span>Chọn một mức: Đúng hạn → 1 điểm; Chậm → 0,5 điểm; Không ban hành → 0 điểm.", area1);
        Assert.Contains("type=\"radio\" id=\"l0-opt-1\" name=\"l0.option\" value=\"late\"", area1);
        Assert.Contains("Bắt buộc có tài liệu kiểm chứng: Quyết định ban hành.", area1);
        Assert.Contains("name=\"l0.note\"", area1);
        Assert.Contains("Theo tỷ lệ: từ 90% trở lên → 2 điểm; từ 70% đến dưới 90% → 1 điểm; từ 0% đến dưới 70% → 0 điểm.", area1);
        Assert.Contains("name=\"l1.num\"", area1);
        Assert.Contains("name=\"l1.den\"", area1);
        Assert.Contains("Chấm trực tiếp từ 0 đến 1 điểm, bước 0,25.", area1);
        Assert.Contains("<input type=\"text\" id=\"l2-points\" name=\"l2.points\" value=\"\" inputmode=\"decimal\"", area1);   // a number box drops "1,3"
        Assert.Contains("name=\"l2.na\"", area1);
        Assert.DoesNotContain("name=\"l3.pass\"", area1);

        var area2 = await site.PageAsync(Form + "?linh-vuc=2");
        Assert.Contains("aria-current=\"page\">2. Thủ tục hành chính", area2);
        Assert.Contains("Đạt: 2 điểm; không đạt: 0 điểm.", area2);
        // Pass/fail starts empty: neither choice is ticked until the unit answers, and the item counts as not scored.
        Assert.Contains("<input type=\"radio\" id=\"l3-pass\" name=\"l3.pass\" value=\"pass\" />", area2);
        Assert.Contains("<input type=\"radio\" id=\"l3-fail\" name=\"l3.pass\" value=\"fail\" />", area2);
        Assert.Contains("đã chấm 0/5 mục", area2);
        Assert.Contains("2 điểm, trừ 0,5 điểm mỗi trường hợp, không thấp hơn 0.", area2);
        Assert.Contains("type=\"text\" inputmode=\"numeric\" id=\"l4-count\" name=\"l4.count\"", area2);
        Assert.Contains("Điểm lấy từ điều tra xã hội học (chỉ số SIPAS); đơn vị không tự chấm.", area2);
        Assert.DoesNotContain("name=\"l5.", area2);
    }

    [Fact]
    public async Task Without_JavaScript_an_area_is_saved_by_one_post_with_every_kind_of_input()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        var saved = await site.PostWithTokenAsync(Form + "?linh-vuc=1", [new("l0.option", "late"), new("l0.note", "Quyết định đang trình ký"), new("l0.version", "0"),
            new("l1.num", "45"), new("l1.den", "50"), new("l1.version", "0"), new("l2.points", "0,75"), new("l2.version", "0")], token);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{Form}?linh-vuc=1", saved.Headers.Location?.OriginalString);
        var area1 = await site.PageAsync(Form + "?linh-vuc=1");
        Assert.Contains("Đã lưu 3 mục lúc 09:00", area1);
        Assert.Contains("value=\"late\" checked=\"checked\"", area1);
        Assert.Contains("name=\"l1.num\" value=\"45\"", area1);
        Assert.Contains("Tỷ lệ 90% (45/50) thuộc mức từ 90% trở lên → 2 điểm", area1);
        Assert.Contains("name=\"l2.points\" value=\"0,75\"", area1);      // typed "0,75", stored 0.75, shown in vi-VN
        Assert.Contains("(đã hiểu là 0,75)", area1);

        var area2 = await site.PostWithTokenAsync(Form + "?linh-vuc=2", [new("l3.na", "true"), new("l3.pass", "pass"), new("l4.count", "3")], token);
        Assert.Equal(HttpStatusCode.Redirect, area2.StatusCode);

        var leaves = (await Submission()).Leaves.ToDictionary(l => l.Code);
        Assert.Equal(("late", 0.5m, "Quyết định đang trình ký"), (leaves["1.1"].Self!.Input, leaves["1.1"].Self!.Points, leaves["1.1"].Self!.Note));
        Assert.Equal(("45/50", 2m), (leaves["1.2"].Self!.Input, leaves["1.2"].Self!.Points));
        Assert.Equal(("0.75", 0.75m), (leaves["1.3"].Self!.Input, leaves["1.3"].Self!.Points));
        Assert.Equal(("NA", 0m), (leaves["2.1"].Self!.Input, leaves["2.1"].Self!.Points));
        Assert.Equal(("3", 0.5m), (leaves["2.2"].Self!.Input, leaves["2.2"].Self!.Points));   // 2 − 3 × 0.5
        Assert.Null(leaves["2.3"].Self);

        // Unchanged fields are not saved again; a pass/fail answer replaces "not applicable".
        var again = await site.PostWithTokenAsync(Form + "?linh-vuc=2", [new("l3.pass", "fail"), new("l3.version", "1"), new("l4.count", "3"), new("l4.version", "1")], token);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("Đã lưu 1 mục", await site.PageAsync(Form + "?linh-vuc=2"));
        leaves = (await Submission()).Leaves.ToDictionary(l => l.Code);
        Assert.Equal(("fail", 2), (leaves["2.1"].Self!.Input, leaves["2.1"].Self!.Version));
        Assert.Equal(1, leaves["2.2"].Self!.Version);
    }

    [Fact]
    public async Task A_wrong_value_is_shown_next_to_its_field_and_nothing_is_saved()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        var response = await site.PostWithTokenAsync(Form + "?linh-vuc=1", [new("l0.option", "ontime"), new("l1.num", "45"), new("l2.points", "0.3")], token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await SiteSession.TextAsync(response);
        Assert.Contains("<p class=\"sa-error\" role=\"alert\" data-testid=\"error-1\">Hãy nhập cả tử số và mẫu số</p>", html);
        Assert.Contains("data-testid=\"error-2\">0,3 điểm không phải bội số của bước chấm 0,25</p>", html);
        Assert.Contains("name=\"l2.points\" value=\"0.3\"", html);               // what was typed is kept
        Assert.All((await Submission()).Leaves, l => Assert.Null(l.Self));
    }

    [Fact]
    public async Task Live_points_are_computed_as_the_user_types_without_saving()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        async Task<string> Preview(int leaf, params (string Name, string Value)[] fields)
        {
            var response = await site.PostWithTokenAsync($"{Form}?handler=Preview&leaf={leaf}", fields.Select(f => KeyValuePair.Create(f.Name, f.Value)), token);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return await SiteSession.TextAsync(response);
        }

        // 40/50 = 80 %: the tier from 70 % to under 90 % gives 1 point of 2.
        var ratio = await Preview(1, ("l1.num", "40"), ("l1.den", "50"));
        Assert.StartsWith("<output id=\"pts-1\"", ratio.Trim());
        Assert.Contains("<strong>1,00</strong> / 2,00 điểm", ratio);
        Assert.Contains("Tỷ lệ 80% (40/50) thuộc mức từ 70% đến dưới 90% → 1 điểm", ratio);
        Assert.DoesNotContain("<html", ratio);
        // 5 late files × 0.5 = 2.5 > 2: the floor 0 holds.
        Assert.Contains("<strong>0,00</strong>", await Preview(4, ("l4.count", "5")));
        Assert.Contains("2 − 0,5 × 5 trường hợp, không thấp hơn mức sàn 0 → 0 điểm", await Preview(4, ("l4.count", "5")));
        // 1 late file: 2 − 0.5 = 1.5.
        Assert.Contains("<strong>1,50</strong>", await Preview(4, ("l4.count", "1")));
        Assert.Contains("Chọn \"Chậm\" → 0,5 điểm (tối đa 1)", await Preview(0, ("l0.option", "late")));
        Assert.Contains("Đạt → 2 điểm (tối đa 2)", await Preview(3, ("l3.pass", "pass")));
        Assert.Contains("Không áp dụng: 2 điểm tối đa không tính vào mẫu số", await Preview(3, ("l3.na", "true")));
        Assert.Contains("Chưa tính được điểm: 0,3 điểm không phải bội số của bước chấm 0,25", await Preview(2, ("l2.points", "0.3")));

        // Both decimal marks, and the page says what it read.
        var comma = await Preview(2, ("l2.points", "0,75"));
        Assert.Contains("<strong>0,75</strong> / 1,00 điểm", comma);
        Assert.Contains("data-testid=\"understood-2\">(đã hiểu là 0,75)</span>", comma);
        Assert.Contains("(đã hiểu là 0,75)", await Preview(2, ("l2.points", "0.75")));
        Assert.Contains("(đã hiểu là 0,5)", await Preview(2, ("l2.points", ",5")));
        Assert.Contains("(đã hiểu là 40/50)", ratio);
        Assert.Contains("(đã hiểu là 3)", await Preview(4, ("l4.count", "3")));
        Assert.Contains("(đã hiểu là 8,5/10)", await Preview(1, ("l1.num", "8,5"), ("l1.den", "10")));
        var grouped = await Preview(2, ("l2.points", "1.234,5"));
        Assert.Contains("Chưa tính được điểm: ", grouped);
        Assert.Contains("1.234,5", grouped);
        Assert.Contains("có nhiều hơn một dấu thập phân; hãy viết số không có dấu phân cách hàng nghìn", grouped);
        Assert.DoesNotContain("đã hiểu là", await Preview(3, ("l3.pass", "pass")));

        Assert.All((await Submission()).Leaves, l => Assert.Null(l.Self));
    }

    [Fact]
    public async Task Autosave_shows_when_it_saved_and_a_conflict_offers_to_keep_theirs_or_overwrite()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        var first = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=2", [new("l2.points", "0.5"), new("l2.version", "0")], token));
        Assert.Contains("Đã lưu lúc 09:00", first);
        Assert.Contains("<input type=\"hidden\" name=\"l2.version\" value=\"1\" />", first);

        // Another editor of A saves 1.3 meanwhile (version 2).
        World.Clock.Now = World.On(2, 10, 10);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.3", "1", 1)));

        var conflict = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=2", [new("l2.points", "0.25"), new("l2.version", "1")], token));
        Assert.Contains("Người khác vừa lưu mục này (phiên bản 2):", conflict);
        Assert.Contains("<strong class=\"sa-their-value\">Chấm trực tiếp 1 điểm (tối đa 1)</strong>", conflict);
        Assert.Contains($"<a href=\"{Form}?linh-vuc=1#leaf-2\">Giữ giá trị của họ (tải lại)</a>", conflict);
        Assert.Contains($"hx-post=\"{Form}?handler=Autosave&leaf=2&theirs=2\"", conflict);
        Assert.Contains("name=\"l2.version\" value=\"1\"", conflict);            // the next autosave still asks
        Assert.Equal("1", (await Submission()).Leaves.Single(l => l.Code == "1.3").Self!.Input);

        var overwritten = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=2&theirs=2", [new("l2.points", "0.25"), new("l2.version", "1")], token));
        Assert.Contains("Đã lưu lúc 10:00", overwritten);
        Assert.Contains("name=\"l2.version\" value=\"3\"", overwritten);
        var leaf = (await Submission()).Leaves.Single(l => l.Code == "1.3").Self!;
        Assert.Equal(("0.25", 3), (leaf.Input, leaf.Version));

        // The page shows the autosave wiring and the version the next save starts from.
        var page = await site.PageAsync(Form);
        Assert.Contains($"hx-post=\"{Form}?handler=Autosave&leaf=2\" hx-trigger=\"change delay:700ms\"", page);
        Assert.Contains($"hx-post=\"{Form}?handler=Preview&leaf=2\" hx-trigger=\"input delay:300ms, change\"", page);
        Assert.Contains("name=\"l2.version\" value=\"3\"", page);
        Assert.Contains("Lưu gần nhất: 10/02/2025 10:00 (phiên bản 3)", page);
    }

    [Fact]
    public async Task Posts_without_the_antiforgery_token_are_rejected()
    {
        await using var site = await OpenAsync();
        foreach (var url in new[] { Form + "?linh-vuc=1", $"{Form}?handler=Preview&leaf=2", $"{Form}?handler=Autosave&leaf=2", $"{Form}/nop" })
            Assert.Equal(HttpStatusCode.BadRequest, (await site.PostWithoutTokenAsync(url, [new("l2.points", "0.5")])).StatusCode);
        Assert.All((await Submission()).Leaves, l => Assert.Null(l.Self));
    }

    [Fact]
    public async Task Another_units_period_is_not_found_and_people_of_no_unit_are_refused()
    {
        var onlyB = await World.Run(db => new CreatePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new CreatePeriod(2025, "CCHC 2025 — riêng B", World.Deadlines, ["TEST-SO"], ["B"])));
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/tu-danh-gia/{onlyB.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.PostWithTokenAsync($"/tu-danh-gia/{onlyB.Id}?handler=Preview&leaf=2", [new("l2.points", "0.5")], token)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.PostWithTokenAsync($"/tu-danh-gia/{onlyB.Id}?handler=Autosave&leaf=2", [new("l2.points", "0.5")], token)).StatusCode);
        Assert.DoesNotContain("riêng B", await site.PageAsync("/tu-danh-gia"));

        await site.SignInAsAsync("thu.ky");
        SiteSession.AssertForbidden(await site.Client.GetAsync(Form));
        var secretariatToken = await site.TokenAsync("/dang-nhap");
        SiteSession.AssertForbidden(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=2", [new("l2.points", "0.5")], secretariatToken));
        Assert.All((await Submission()).Leaves, l => Assert.Null(l.Self));
    }

    [Fact]
    public async Task After_the_deadline_the_page_says_so_and_to_ask_the_secretariat_for_an_extension()
    {
        await using var site = await OpenAsync();
        World.Clock.Now = World.On(4, 1);
        await site.SignInAsAsync("bien.tap.a");                                   // the test clock jumped past the cookie's lifetime
        var html = await site.PageAsync(Form);
        Assert.Contains("Đã quá hạn nộp tự đánh giá (31/03/2025 17:00).", html);
        Assert.Contains("hãy đề nghị cơ quan thường trực (Sở Nội vụ) gia hạn cho đơn vị", html);
        Assert.DoesNotContain("Lưu các mục của lĩnh vực này", html);
        Assert.DoesNotContain("hx-post", html);

        var token = await site.TokenAsync("/dang-nhap");
        var late = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=2", [new("l2.points", "0.5"), new("l2.version", "0")], token));
        Assert.Contains("Chưa lưu: ", late);
        Assert.Contains("đã quá hạn 31/03/2025 17:00", late);
    }
}

public sealed class SelfAssessmentFormTestsOnSqlite() : SelfAssessmentFormTests(DatabaseProvider.Sqlite);

public sealed class SelfAssessmentFormTestsOnPostgres() : SelfAssessmentFormTests(DatabaseProvider.Postgres);
