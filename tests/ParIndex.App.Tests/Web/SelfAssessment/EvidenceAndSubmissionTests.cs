using System.Net;
using System.Net.Http.Headers;
using System.Text;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Demo;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Web.SelfAssessment;

/// <summary>
/// Evidence on the self-assessment form (upload, type sniffing, reuse, detaching, opening the file), the completeness
/// panel and submission by the unit's leader only, and, after appraisal, the appraised scores and the appeal.
/// </summary>
public abstract class EvidenceAndSubmissionTests(DatabaseProvider provider) : SelfAssessmentPageTest(provider)
{
    private static async Task<HttpResponseMessage> Upload(SiteSession site, string url, string? token, byte[]? file, string fileName, params (string Name, string Value)[] fields)
    {
        using var content = new MultipartFormDataContent();
        if (token is not null) content.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (name, value) in fields) content.Add(new StringContent(value), name);
        if (file is not null)
        {
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            content.Add(part, "file", fileName);
        }
        return await site.Client.PostAsync(url, content);
    }

    private Task<IReadOnlyList<EvidenceView>> Evidence() =>
        World.Run(db => new ListEvidenceHandler(db).HandleAsync(World.Editor("A"), new ListEvidence(World.PeriodId, "A")));

    private Task Save(string leaf, string input, int version = 0, string? note = null) =>
        World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", leaf, input, version, note)));

    [Fact]
    public async Task A_real_PDF_is_attached_to_a_sub_criterion_and_opens_inline_for_the_unit_only()
    {
        await using var site = await OpenAsync();
        var pdf = DemoPdf.Create("Quyet dinh 12/QD-SA", ["Ke hoach cai cach hanh chinh nam 2025"]);
        var token = await site.TokenAsync(Form);
        var response = await Upload(site, $"{Form}?handler=Evidence&leaf=0", token, pdf, "ke-hoach.pdf",
            ("number", "12/QĐ-SA"), ("issuedOn", "2025-01-15"), ("issuer", "Sở A"), ("summary", "Kế hoạch CCHC năm 2025"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{Form}?linh-vuc=1#leaf-0", response.Headers.Location?.OriginalString);

        var document = Assert.Single(await Evidence());
        Assert.Equal(["1.1"], document.LeafCodes);
        Assert.Equal((new DateOnly(2025, 1, 15), "Sở A"), (document.IssuedOn, document.Issuer));
        var html = await site.PageAsync(Form);
        Assert.Contains("Đã thêm tài liệu kiểm chứng cho mục 1.1", html);
        Assert.Contains("Số 12/QĐ-SA", html);
        Assert.Contains("ngày 15/01/2025", html);
        Assert.Contains(": Kế hoạch CCHC năm 2025", html);
        Assert.Contains($"<a href=\"/tai-lieu/{document.Id}\" target=\"_blank\" rel=\"noopener\">Mở tệp ke-hoach.pdf</a>", html);

        var file = await site.Client.GetAsync($"/tai-lieu/{document.Id}");
        Assert.Equal(HttpStatusCode.OK, file.StatusCode);
        Assert.Equal("application/pdf", file.Content.Headers.ContentType?.MediaType);
        Assert.Equal("inline", file.Content.Headers.ContentDisposition?.DispositionType ?? ContentDispositionHeaderValue.Parse(file.Headers.GetValues("Content-Disposition").Single()).DispositionType);
        Assert.Equal(pdf, await file.Content.ReadAsByteArrayAsync());
        Assert.Equal(ParIndex.Web.Pages.EvidenceFileModel.ContentSecurityPolicy, file.Headers.GetValues("Content-Security-Policy").Single());
        Assert.True(file.Headers.CacheControl is { Private: true, NoStore: true });

        await site.SignInAsAsync("bien.tap.b");
        SiteSession.AssertForbidden(await site.Client.GetAsync($"/tai-lieu/{document.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/tai-lieu/999999")).StatusCode);
    }

    [Fact]
    public async Task A_renamed_file_that_is_not_a_PDF_is_rejected_with_a_message_beside_the_upload()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        var fake = Encoding.UTF8.GetBytes("Báo cáo viết tay, không phải PDF\n");
        var html = await SiteSession.TextAsync(await Upload(site, $"{Form}?handler=Evidence&leaf=0", token, fake, "bao-cao.pdf", ("number", "13/BC-SA")));
        Assert.Contains("data-testid=\"evidence-error-0\">Loại tệp không được chấp nhận: chỉ nhận PDF, ảnh", html);
        Assert.Contains("<details open=\"open\">", html);

        var empty = await SiteSession.TextAsync(await Upload(site, $"{Form}?handler=Evidence&leaf=0", token, null, ""));
        Assert.Contains("Tài liệu kiểm chứng cần có tệp đính kèm, hoặc ít nhất số văn bản hay trích yếu", empty);
        Assert.Empty(await Evidence());

        Assert.Equal(HttpStatusCode.BadRequest, (await Upload(site, $"{Form}?handler=Evidence&leaf=0", null, DemoPdf.Create("x", ["y"]), "x.pdf")).StatusCode);
        Assert.Empty(await Evidence());
    }

    [Fact]
    public async Task A_refused_upload_in_another_area_says_why_beside_its_own_form_and_keeps_what_was_typed()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form + "?linh-vuc=2");
        var area2 = await site.PageAsync(Form + "?linh-vuc=2");
        Assert.Equal($"<form id=\"ev-3\" method=\"post\" enctype=\"multipart/form-data\" action=\"{Form}?linh-vuc=2&handler=Evidence&leaf=3#leaf-3\">",
            System.Text.RegularExpressions.Regex.Match(area2, "<form id=\"ev-3\"[^>]*>").Value);

        // A PDF that runs JavaScript when opened, on item 2.1 (area 2): the answer is area 2 again, not area 1.
        var active = ParIndex.App.Tests.Evidence.UploadHardeningTests.Pdf("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>");
        var html = await SiteSession.TextAsync(await Upload(site, $"{Form}?linh-vuc=2&handler=Evidence&leaf=3", token, active, "bao-cao.pdf",
            ("number", "27/BC-SA"), ("issuedOn", "2025-02-03"), ("issuer", "Sở A"), ("summary", "Báo cáo rà soát thủ tục hành chính")));
        Assert.Contains($"<a href=\"{Form}?linh-vuc=2\" aria-current=\"page\">2. Thủ tục hành chính", html);
        Assert.Contains("data-testid=\"evidence-error-3\">Tệp PDF có mã lệnh tự chạy (JavaScript, mở chương trình) không được chấp nhận", html);
        Assert.Contains("Hãy chọn lại tệp; các thông tin khác đã được giữ lại.", html);
        Assert.Contains("id=\"ev3-number\" name=\"number\" form=\"ev-3\" maxlength=\"100\" value=\"27/BC-SA\"", html);
        Assert.Contains("id=\"ev3-date\" name=\"issuedOn\" form=\"ev-3\" value=\"2025-02-03\"", html);
        Assert.Contains("id=\"ev3-issuer\" name=\"issuer\" form=\"ev-3\" maxlength=\"500\" value=\"Sở A\"", html);
        Assert.Contains(">Báo cáo rà soát thủ tục hành chính</textarea>", html);
        Assert.DoesNotContain("data-testid=\"evidence-error-4\"", html);
        Assert.DoesNotContain("id=\"ev4-number\" name=\"number\" form=\"ev-4\" maxlength=\"100\" value=\"27/BC-SA\"", html);   // only its own form
        Assert.Empty(await Evidence());
    }

    [Fact]
    public async Task An_existing_document_is_reused_for_another_sub_criterion_and_detached()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        await Upload(site, $"{Form}?handler=Evidence&leaf=0", token, DemoPdf.Create("QD 12", ["Ke hoach"]), "qd-12.pdf", ("number", "12/QĐ-SA"), ("issuedOn", "2024-12-20"), ("summary", "Kế hoạch CCHC"));
        var id = Assert.Single(await Evidence()).Id;

        // The list names each document by number, date and summary, and chooses none by itself.
        var area2 = await site.PageAsync(Form + "?linh-vuc=2");
        Assert.Contains("<option value=\"\" selected>— Chọn một tài liệu —</option>", area2);
        Assert.Contains($"<option value=\"{id}\">12/QĐ-SA · 20/12/2024 — Kế hoạch CCHC</option>", area2);
        var linked = await site.PostWithTokenAsync($"{Form}?handler=Link&leaf=3", [new("doc", id.ToString())], token);
        Assert.Equal($"{Form}?linh-vuc=2#leaf-3", linked.Headers.Location?.OriginalString);
        Assert.Equal(["1.1", "2.1"], Assert.Single(await Evidence()).LeafCodes);
        Assert.Contains("Đã gắn tài liệu vào mục 2.1", await site.PageAsync(Form + "?linh-vuc=2"));

        var unlinked = await site.PostWithTokenAsync($"{Form}?handler=Unlink&leaf=0&doc={id}", [], token);
        Assert.Equal(HttpStatusCode.Redirect, unlinked.StatusCode);
        Assert.Equal(["2.1"], Assert.Single(await Evidence()).LeafCodes);
        Assert.Contains("Chưa có tài liệu.", await site.PageAsync(Form + "?linh-vuc=1"));
    }

    [Fact]
    public async Task Attaching_to_or_detaching_from_a_sub_criterion_that_does_not_exist_is_a_404_and_changes_nothing()
    {
        await using var site = await OpenAsync();
        var token = await site.TokenAsync(Form);
        await Upload(site, $"{Form}?handler=Evidence&leaf=0", token, DemoPdf.Create("QD 12", ["Ke hoach"]), "qd-12.pdf", ("number", "12/QĐ-SA"));
        var id = Assert.Single(await Evidence()).Id;

        foreach (var handler in new[] { "Link", "Unlink" })
            foreach (var leaf in new[] { "99999", "-1" })
            {
                var response = await site.PostWithTokenAsync($"{Form}?handler={handler}&leaf={leaf}&doc={id}", [], token);
                Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{handler} leaf={leaf}: {(int)response.StatusCode}");
            }
        var missing = await site.PostWithTokenAsync($"{Form}?handler=Link&leaf=3&doc=-1", [], token);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(["1.1"], Assert.Single(await Evidence()).LeafCodes);
    }

    [Fact]
    public async Task The_completeness_panel_lists_what_is_missing_and_only_the_leader_submits()
    {
        await using var site = await OpenAsync();
        var start = await site.PageAsync(Form);
        Assert.Contains($"<a href=\"{Form}?linh-vuc=1#leaf-0\">1.1 Kế hoạch CCHC</a>", start);
        Assert.Contains($"<a href=\"{Form}?linh-vuc=2#leaf-4\">2.2 Hồ sơ trễ hạn</a>", start);
        Assert.DoesNotContain("2.3 Sự hài lòng</a>", start);

        await Save("1.1", "ontime");
        await Save("1.2", "95%");
        await Save("1.3", "1");
        await Save("2.1", "pass", note: "Đã niêm yết tại bộ phận một cửa");
        await Save("2.2", "0");

        var editor = await site.PageAsync(Form);
        Assert.DoesNotContain("data-testid=\"unanswered\"", editor);
        Assert.Contains("Thiếu tài liệu kiểm chứng hoặc giải trình:", editor);
        Assert.DoesNotContain("2.1 Công khai TTHC</a>", editor);
        Assert.Contains("Chỉ lãnh đạo đơn vị mới phê duyệt và nộp hồ sơ; bạn có thể nhập và lưu.", editor);
        Assert.DoesNotContain("Phê duyệt và nộp hồ sơ…</a>", editor);
        var refused = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}/nop", [], await site.TokenAsync(Form)));
        Assert.Contains("data-testid=\"submit-error\">Không thể nộp hồ sơ", refused);
        Assert.Contains("vai trò “Cán bộ nhập liệu của đơn vị” không được phép, cần “Lãnh đạo đơn vị”", refused);

        await site.SignInAsAsync("lanh.dao.a");
        var lead = await site.PageAsync(Form);
        Assert.Contains("thiếu tài liệu kiểm chứng hoặc giải trình 1.1", lead);
        Assert.DoesNotContain("Phê duyệt và nộp hồ sơ…</a>", lead);
        var token = await site.TokenAsync(Form);
        var explained = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Autosave&leaf=0",
            [new("l0.option", "ontime"), new("l0.note", "Bản scan quyết định sẽ bổ sung"), new("l0.version", "1")], token));
        Assert.Contains("Đã lưu lúc 09:00", explained);

        var complete = await site.PageAsync(Form);
        Assert.Contains("Hồ sơ đã đầy đủ", complete);
        Assert.Contains("Phê duyệt và nộp hồ sơ…</a>", complete);
        // The leader submits from the confirmation, which shows the total first: 1 + 2 + 1 + 2 + 2 = 8 of the 8 points the unit scores.
        var confirmation = await site.PageAsync($"{Form}/nop");
        Assert.Contains("Tổng điểm tự chấm: <strong>8,00 / 8,00</strong>", confirmation);
        Assert.Contains("Xác nhận nộp hồ sơ với 8,00 điểm", confirmation);
        var submitted = await site.PostWithTokenAsync($"{Form}/nop", [], token);
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var after = await site.PageAsync(Form);
        Assert.Contains("Đã nộp hồ sơ tự đánh giá lúc 10/02/2025 09:00", after);
        Assert.Contains("Trạng thái: <strong>Đã nộp</strong>", after);
        Assert.Contains("Hồ sơ không còn chỉnh sửa được ở trạng thái này.", after);
        Assert.Contains("Tự chấm: ", after);
        Assert.DoesNotContain("hx-post", after);
        Assert.Contains("<td>Đã nộp (nộp ngày 10/02/2025)</td>", await site.PageAsync("/tu-danh-gia"));
    }

    [Fact]
    public async Task After_appraisal_the_unit_sees_self_against_appraised_scores_and_the_leader_appeals_an_item()
    {
        await using var site = await OpenAsync();
        await Save("1.1", "ontime", note: "Quyết định lưu tại đơn vị");
        await Save("1.2", "95%");
        await Save("1.3", "0.75");
        await Save("2.1", "pass", note: "Niêm yết tại bộ phận một cửa");
        await Save("2.2", "0");
        await World.Run(db => new SubmitSelfAssessmentHandler(db, World.Clock).HandleAsync(World.Lead("A"), new SubmitSelfAssessment(World.PeriodId, "A")));
        World.Clock.Now = World.On(4, 7);
        await World.AdvanceConfirmedAsync();   // B, C and D never submitted: they go to appraisal as they stand
        await World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat, new AppraiseScore(World.PeriodId, "A", "1.3", "0.5", "Chỉ có 2 tin bài", 0)));
        await World.Run(db => new AppraiseScoreHandler(db, World.Clock).HandleAsync(World.Secretariat, new AppraiseScore(World.PeriodId, "A", "2.3", "0.85", "Kết quả điều tra xã hội học 2025", 0)));
        await World.Run(db => new CompleteAppraisalHandler(db, World.Clock).HandleAsync(World.Secretariat, new CompleteAppraisal(World.PeriodId, "A")));
        World.Clock.Now = World.On(5, 5);
        await World.AdvanceConfirmedAsync();

        await site.SignInAsAsync("bien.tap.a");
        var editor = await site.PageAsync(Form);
        Assert.Contains("<th scope=\"row\">1.3 Tuyên truyền</th>\n                    <td>0,75</td>\n                    <td>0,50</td>\n                    <td>Chỉ có 2 tin bài</td>", editor);
        Assert.Contains("<th scope=\"row\">1.2 Hoàn thành kế hoạch</th>\n                    <td>2,00</td>\n                    <td>2,00</td>\n                    <td>Giữ nguyên</td>", editor);
        Assert.Contains("<th scope=\"row\">2.3 Sự hài lòng</th>\n                    <td>—</td>\n                    <td>1,70</td>", editor);  // 85 % × 2
        Assert.Contains("Chỉ lãnh đạo đơn vị mới gửi giải trình.", editor);
        Assert.DoesNotContain("data-testid=\"appeal-form\"", editor);

        await site.SignInAsAsync("lanh.dao.a");
        var lead = await site.PageAsync(Form);
        Assert.Contains("data-testid=\"appeal-form\"", lead);
        Assert.Contains("Hạn giải trình: 15/05/2025 17:00.", lead);
        Assert.Contains("name=\"a2.points\" value=\"0,75\"", lead);
        var token = await site.TokenAsync(Form);
        var noArgument = await SiteSession.TextAsync(await site.PostWithTokenAsync($"{Form}?handler=Appeal", [new("a2.on", "true"), new("a2.points", "0.75"), new("a2.argument", "")], token));
        Assert.Contains("data-testid=\"appeal-error-2\">Cần nêu lý do giải trình</p>", noArgument);

        var refused = await SiteSession.TextAsync(await Upload(site, $"{Form}?handler=Evidence&leaf=-1", token,
            ParIndex.App.Tests.Evidence.UploadHardeningTests.Pdf("/OpenAction << /S /Launch /F (cmd.exe) >>"), "tin-bai.pdf", ("number", "05/DS-SA"), ("summary", "Danh sách tin bài")));
        Assert.Contains("data-testid=\"appeal-document-error\">Tệp PDF có mã lệnh tự chạy", refused);
        Assert.Contains("id=\"ap-number\" name=\"number\" maxlength=\"100\" value=\"05/DS-SA\"", refused);
        Assert.Contains(">Danh sách tin bài</textarea>", refused);
        Assert.Contains("leaf=-1#giai-trinh", refused);
        Assert.Empty(await Evidence());

        var uploaded = await Upload(site, $"{Form}?handler=Evidence&leaf=-1", token, DemoPdf.Create("Danh sach tin bai", ["3 tin bai CCHC"]), "tin-bai.pdf", ("number", "05/DS-SA"));
        Assert.Equal($"{Form}#giai-trinh", uploaded.Headers.Location?.OriginalString);
        var document = Assert.Single(await Evidence());
        Assert.Empty(document.LeafCodes);
        Assert.Contains($"name=\"a2.doc\" value=\"{document.Id}\" /> 05/DS-SA", await site.PageAsync(Form));

        // A long argument (near the 8,000-character limit; one unit once wrote 10,800): the table shows its first 160 characters and the whole one click away.
        var argument = "Có 3 tin bài trên cổng thông tin" + string.Concat(Enumerable.Repeat(" — tin bài về cải cách hành chính", 240));
        Assert.Equal(7_952, argument.Length);
        var sent = await site.PostWithTokenAsync($"{Form}?handler=Appeal",
            [new("a2.on", "true"), new("a2.points", "0.75"), new("a2.argument", argument), new("a2.doc", document.Id.ToString())], token);
        Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
        var waiting = await site.PageAsync(Form);
        Assert.Contains("Đã gửi giải trình 1 mục", waiting);
        Assert.Contains("Trạng thái: <strong>Đã gửi giải trình</strong>", waiting);
        Assert.Contains("<p>Đề nghị: Chấm trực tiếp 0,75 điểm (tối đa 1)</p>", waiting);
        Assert.Contains("<div>Lý do:<details class=\"long-text\" data-testid=\"long-text\"><summary><span class=\"long-text-excerpt\">"
            + argument[..160] + "…</span><span class=\"long-text-more\">Xem toàn văn</span></summary><span class=\"long-text-all\">" + argument + "</span></details></div>", System.Text.RegularExpressions.Regex.Replace(waiting, "\\s+<", "<"));
        Assert.Contains("<strong>Chờ quyết định</strong>", waiting);
        Assert.Contains("<p>Tài liệu: 05/DS-SA</p>", waiting);

        var appeal = (await World.Run(db => new GetSubmissionHandler(db).HandleAsync(World.Admin, new GetSubmission(World.PeriodId, "A")))).Leaves.Single(l => l.Code == "1.3").Appeals.Single();
        await World.Run(db => new DecideAppealHandler(db, World.Clock).HandleAsync(World.Council, new DecideAppeal(appeal.Id, true, "Đủ 3 tin bài")));
        var decided = await site.PageAsync(Form);
        Assert.Contains("<strong>Được chấp nhận</strong>: Đủ 3 tin bài", decided);
        Assert.Contains("(điểm sau giải trình 0,75)", decided);
    }
}

public sealed class EvidenceAndSubmissionTestsOnSqlite() : EvidenceAndSubmissionTests(DatabaseProvider.Sqlite);

public sealed class EvidenceAndSubmissionTestsOnPostgres() : EvidenceAndSubmissionTests(DatabaseProvider.Postgres);
