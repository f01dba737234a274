using Microsoft.Playwright;

namespace ParIndex.Web.Tests;

/// <summary>What a person does on the pages of a year, shared by the browser-run years: the dossier's items, signing out, stage changes, files.</summary>
internal static class YearPages
{
    public static ILocator Leaf(IPage page, int ordinal) => page.Locator($"#leaf-{ordinal}");

    public static Task ExpectPointsAsync(IPage page, int ordinal, string points) =>
        Assertions.Expect(page.GetByTestId($"points-{ordinal}").Locator("strong")).ToHaveTextAsync(points);

    public static Task ExpectSavedAsync(IPage page, int ordinal) =>
        Assertions.Expect(page.GetByTestId($"save-{ordinal}")).ToContainTextAsync("Đã lưu lúc");

    public static async Task SignOutAsync(IPage page)
    {
        await page.GotoAsync("/dang-xuat");
        await page.GetByRole(AriaRole.Main).GetByRole(AriaRole.Button, new() { Name = "Đăng xuất" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Chính" }).GetByRole(AriaRole.Link, new() { Name = "Đăng nhập" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// On the periods page, creates the 2025 period for the departments' framework <paramref name="framework"/>
    /// (self-assessment 6 January – 31 March 17:00, appraisal to 30 April, appeals to 15 May, finalisation by 31 May) and
    /// returns its id, on its page.
    /// </summary>
    public static async Task<int> CreatePeriodAsync(BrowserSession b, string name, string framework, string screenshot)
    {
        var page = b.Page;
        await page.GetByLabel("Năm đánh giá").FillAsync("2025");
        await page.GetByLabel("Tên kỳ (không trùng)").FillAsync(name);
        await page.GetByLabel("Sở, ban, ngành", new() { Exact = true }).SelectOptionAsync(framework);
        await page.GetByLabel("Mở tự đánh giá", new() { Exact = true }).FillAsync("2025-01-06T08:00");
        await page.GetByLabel("Hạn nộp tự đánh giá", new() { Exact = true }).FillAsync("2025-03-31T17:00");
        await page.GetByLabel("Hạn thẩm định", new() { Exact = true }).FillAsync("2025-04-30T17:00");
        await page.GetByLabel("Hạn giải trình", new() { Exact = true }).FillAsync("2025-05-15T17:00");
        await page.GetByLabel("Hạn chốt kết quả", new() { Exact = true }).FillAsync("2025-05-31T17:00");
        await b.ScreenshotAsync(screenshot);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tạo kỳ đánh giá (dự thảo)" }).ClickAsync();
        await page.WaitForURLAsync("**/quan-tri/ky/*");
        return int.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..], System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>On the period's page, assigns the appraiser "thamdinh" to each of <paramref name="units"/>, every area.</summary>
    public static async Task AssignAppraiserAsync(IPage page, params string[] units)
    {
        foreach (var unit in units)
        {
            var assign = page.GetByRole(AriaRole.Region, new() { Name = "Phân công thẩm định" });
            await assign.GetByLabel("Người thẩm định").SelectOptionAsync("thamdinh");
            await assign.GetByLabel("Đơn vị", new() { Exact = true }).SelectOptionAsync(unit);
            await assign.GetByRole(AriaRole.Button, new() { Name = "Phân công", Exact = true }).ClickAsync();
            await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"Đã phân công thamdinh thẩm định {unit}, mọi lĩnh vực");
        }
    }

    /// <summary>Ticks the confirmation and advances the period, then expects its new stage.</summary>
    public static async Task AdvanceAsync(IPage page, string stage)
    {
        await page.GetByLabel("Tôi xác nhận chuyển kỳ đánh giá sang giai đoạn").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Chuyển giai đoạn", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("period-state")).ToContainTextAsync($"Giai đoạn: {stage}");
    }

    /// <summary>
    /// A stage change with open items: the checklist names each of <paramref name="openItems"/> (e.g. "1 đơn vị chưa
    /// nộp hồ sơ: SCT"); the first confirmation brings the second, which names them again; confirmed, the period moves
    /// to <paramref name="stage"/>.
    /// </summary>
    public static async Task AdvanceThroughOpenItemsAsync(BrowserSession b, string stage, string screenshot, params string[] openItems)
    {
        await ConfirmTwiceAsync(b, "Tôi xác nhận chuyển kỳ đánh giá sang giai đoạn", "Chuyển giai đoạn", "Xác nhận và chuyển giai đoạn", screenshot, openItems);
        await Assertions.Expect(b.Page.GetByTestId("period-state")).ToContainTextAsync($"Giai đoạn: {stage}");
    }

    /// <summary>Publication with open items, through both confirmations, as <see cref="AdvanceThroughOpenItemsAsync"/>.</summary>
    public static Task PublishThroughOpenItemsAsync(BrowserSession b, string screenshot, params string[] openItems) =>
        ConfirmTwiceAsync(b, "Tôi xác nhận công bố kết quả của kỳ đánh giá này", "Công bố", "Xác nhận và công bố", screenshot, openItems);

    private static async Task ConfirmTwiceAsync(BrowserSession b, string confirm, string button, string confirmed, string screenshot, string[] openItems)
    {
        var page = b.Page;
        foreach (var item in openItems) await Assertions.Expect(page.GetByTestId("checklist")).ToContainTextAsync(item);
        await page.GetByLabel(confirm).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        var second = page.GetByTestId("second-confirmation");
        foreach (var item in openItems) await Assertions.Expect(second).ToContainTextAsync(item);
        await b.ScreenshotAsync(screenshot);
        await second.GetByLabel("Tôi đã xem các mục chưa xong ở trên").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = confirmed }).ClickAsync();
    }

    /// <summary>Clicks a file input and chooses the file in the dialog that opens, as a person does.</summary>
    public static async Task ChooseFileAsync(IPage page, ILocator input, string path)
    {
        var chooser = await page.RunAndWaitForFileChooserAsync(() => input.ClickAsync());
        await chooser.SetFilesAsync(path);
    }

    /// <summary>
    /// Sở Xây dựng's dossier, every kind of input, each item's points watched as it is typed, and the plan of 1.1 as a
    /// PDF with its number, date and issuer: 1 + 1,70 + 0,75 + 2 + 1,50 + 2 = 8,95 points. Ends on the complete dossier.
    /// </summary>
    public static async Task EnterEveryKindAsync(BrowserSession b, string files)
    {
        var page = b.Page;
        await Leaf(page, 0).GetByLabel("Đúng hạn").CheckAsync();                          // 1.1 đúng hạn → 1
        await ExpectPointsAsync(page, 0, "1,00");
        await Leaf(page, 1).GetByLabel("Tử số (số đạt)").FillAsync("17");                  // 1.2 17/20 = 0,85 × 2 = 1,70
        await Leaf(page, 1).GetByLabel("Mẫu số (tổng số)").FillAsync("20");
        await Leaf(page, 1).GetByLabel("Mẫu số (tổng số)").PressAsync("Tab");
        await ExpectPointsAsync(page, 1, "1,70");
        await Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").FillAsync("0.75");        // 1.3 manual → 0,75
        await Leaf(page, 2).GetByLabel("Điểm (từ 0,00 đến 1,00)").PressAsync("Tab");
        await ExpectPointsAsync(page, 2, "0,75");
        foreach (var leaf in new[] { 0, 1, 2 }) await ExpectSavedAsync(page, leaf);
        await b.ScreenshotAsync("self-area-1");

        await AttachPlanAsync(page, files);

        await page.GetByRole(AriaRole.Link, new() { Name = "2. Cải cách thủ tục hành chính" }).ClickAsync();
        await Leaf(page, 3).GetByLabel("Đạt", new() { Exact = true }).CheckAsync();          // 2.1 đạt → 2
        await ExpectPointsAsync(page, 3, "2,00");
        await Leaf(page, 4).GetByLabel("Số lượng (trường hợp)").FillAsync("1");              // 2.2 2 − 1 × 0,5 = 1,50
        await Leaf(page, 4).GetByLabel("Số lượng (trường hợp)").PressAsync("Tab");
        await ExpectPointsAsync(page, 4, "1,50");
        await Leaf(page, 5).GetByLabel("Tử số (số đạt)").FillAsync("19");                  // 2.3 19/20 = 95 % ≥ 90 % → 2
        await Leaf(page, 5).GetByLabel("Mẫu số (tổng số)").FillAsync("20");
        await Leaf(page, 5).GetByLabel("Mẫu số (tổng số)").PressAsync("Tab");
        await ExpectPointsAsync(page, 5, "2,00");
        foreach (var leaf in new[] { 3, 4, 5 }) await ExpectSavedAsync(page, leaf);
        await page.ReloadAsync();
        await Assertions.Expect(page.GetByTestId("completeness")).ToContainTextAsync("Hồ sơ đã đầy đủ");
        await Assertions.Expect(page.GetByTestId("why-no-submit")).ToContainTextAsync("Chỉ lãnh đạo đơn vị mới phê duyệt và nộp hồ sơ");
        await b.ScreenshotAsync("self-area-2");
    }

    /// <summary>Sở Xây dựng's plan, 1.1's evidence, as a PDF with its number (15/KH-SXD), date and issuer.</summary>
    public static async Task AttachPlanAsync(IPage page, string files)
    {
        await page.GetByText("Thêm tài liệu mới").First.ClickAsync();
        await ChooseFileAsync(page, page.Locator("#ev0-file"), YearFiles.WritePdf(files, "ke-hoach-cchc-2025.pdf"));
        await page.Locator("#ev0-number").FillAsync("15/KH-SXD");
        await page.Locator("#ev0-date").FillAsync("2025-01-15");
        await page.Locator("#ev0-issuer").FillAsync("Sở Xây dựng");
        await page.Locator("#ev0-summary").FillAsync("Kế hoạch cải cách hành chính năm 2025");
        await Leaf(page, 0).GetByRole(AriaRole.Button, new() { Name = "Tải lên và gắn vào mục này" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("evidence-0")).ToContainTextAsync("Số 15/KH-SXD ngày 15/01/2025 — Sở Xây dựng: Kế hoạch cải cách hành chính năm 2025");
        await Assertions.Expect(page.GetByTestId("evidence-0").GetByRole(AriaRole.Link)).ToContainTextAsync("ke-hoach-cchc-2025.pdf");
    }

    /// <summary>
    /// The appeal of a year whose appraiser lowered Sở Xây dựng's 1.3 (<paramref name="item"/>, e.g. "1.3 Tuyên truyền
    /// CCHC") from 0,75 to 0,50: on 5 May its leader ("sxd.lanhdao") appeals from the dossier for 0,75, citing the plan
    /// 15/KH-SXD attached to 1.1; on 8 May the council ("hoidong") accepts it from its home. Each signs in through
    /// <paramref name="signIn"/> and out again.
    /// </summary>
    public static async Task AppealAndAcceptAsync(BrowserSession b, ManualClock clock, Func<string, Task> signIn, int periodId, string item)
    {
        var page = b.Page;
        clock.MoveTo(new DateTimeOffset(2025, 5, 5, 9, 0, 0, TimeSpan.FromHours(7)));
        await signIn("sxd.lanhdao");
        await page.GotoAsync($"/tu-danh-gia/{periodId}");
        await AppealTheLoweredItemAsync(b, item);
        await SignOutAsync(page);

        clock.MoveTo(new DateTimeOffset(2025, 5, 8, 9, 0, 0, TimeSpan.FromHours(7)));
        await signIn("hoidong");
        await b.ScreenshotAsync("council-home");
        await AcceptTheAppealAsync(b);
        await SignOutAsync(page);
    }

    private static async Task AppealTheLoweredItemAsync(BrowserSession b, string item)
    {
        var page = b.Page;
        var appraised = page.GetByTestId("appraisal");
        await Assertions.Expect(appraised.Locator("tr[data-leaf='1.3'] td").Nth(1)).ToHaveTextAsync("0,50");
        await Assertions.Expect(appraised.Locator("tr[data-leaf='1.3'] td").Nth(2)).ToHaveTextAsync("Chỉ có 2 tin bài tuyên truyền trong năm");
        var form = page.GetByTestId("appeal-form").Locator("fieldset.sa-appeal-item", new() { HasTextString = item });
        await form.GetByLabel("Giải trình mục này").CheckAsync();
        await form.GetByLabel("Điểm (từ 0,00 đến 1,00)").FillAsync("0.75");
        await form.GetByLabel("Lý do giải trình").FillAsync("Ngoài 2 tin bài, đơn vị đã tổ chức 1 hội nghị tuyên truyền theo Kế hoạch 15/KH-SXD");
        await form.GetByLabel("15/KH-SXD").CheckAsync();
        await b.ScreenshotAsync("appeal-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gửi giải trình" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("appeal-1.3")).ToContainTextAsync("Lý do: Ngoài 2 tin bài");
        await b.ScreenshotAsync("appeal-sent");
    }

    private static async Task AcceptTheAppealAsync(BrowserSession b)
    {
        var page = b.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "Xem và quyết định giải trình" }).ClickAsync();
        await Assertions.Expect(page.GetByTestId("appeals-summary")).ToContainTextAsync("1 giải trình, 1 chưa quyết định");
        var appeal = page.Locator("article.appeal");
        await Assertions.Expect(appeal.GetByTestId("appraised")).ToContainTextAsync("0,5 → 0,50");
        await Assertions.Expect(appeal.GetByTestId("requested")).ToContainTextAsync("0,75 → 0,75 / 1,00");
        await appeal.GetByLabel("Lý do quyết định (bắt buộc)").FillAsync("Có kế hoạch và hội nghị tuyên truyền, chấp nhận 0,75 điểm");
        await appeal.GetByRole(AriaRole.Button, new() { Name = "Chấp nhận", Exact = true }).ClickAsync();
        await Assertions.Expect(appeal.GetByTestId("decision")).ToContainTextAsync("0,75 → 0,75 · Có kế hoạch và hội nghị tuyên truyền, chấp nhận 0,75 điểm (08/05/2025)");
        await b.ScreenshotAsync("appeal-decided");
    }
}
