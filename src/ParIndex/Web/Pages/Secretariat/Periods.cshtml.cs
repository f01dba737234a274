using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Periods;
using ParIndex.Domain.Comparison;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/ky</c>: the periods, and creating a new one with its deadlines and a framework per group.</summary>
public sealed class PeriodsModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "create";

    public sealed class NewPeriod
    {
        public int Year { get; set; }

        public string? Name { get; set; }

        public List<string> Frameworks { get; set; } = [];

        public DateTime? Opens { get; set; }

        public DateTime? Closes { get; set; }

        public DateTime? AppraisalCloses { get; set; }

        public DateTime? AppealsClose { get; set; }

        public DateTime? FinalisationDue { get; set; }

        public int? RankPrecision { get; set; }

        public CombineMode Combine { get; set; }

        public string? Bands { get; set; }
    }

    [BindProperty]
    public NewPeriod Input { get; set; } = new();

    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    public IReadOnlyList<FrameworkSummary> Frameworks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        var today = Moment.InVietnam(clock.GetUtcNow()).Date;
        Input = new NewPeriod
        {
            Year = today.Year, Name = $"Chỉ số CCHC năm {today.Year}", Opens = today, Closes = today.AddDays(30).AddHours(17),
            AppraisalCloses = today.AddDays(60).AddHours(17), AppealsClose = today.AddDays(75).AddHours(17), FinalisationDue = today.AddDays(90).AddHours(17),
        };
        return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        var missing = new[] { Input.Opens, Input.Closes, Input.AppraisalCloses, Input.AppealsClose, Input.FinalisationDue }.Any(d => d is null);
        if (string.IsNullOrWhiteSpace(Input.Name)) ModelState.AddModelError(Form, L("Hãy đặt tên kỳ đánh giá", "Give the period a name"));
        if (missing) ModelState.AddModelError(Form, L("Hãy nhập đủ năm mốc thời gian", "Enter all five dates"));
        if (Input.Frameworks.All(string.IsNullOrEmpty)) ModelState.AddModelError(Form, L("Hãy chọn bộ chỉ số cho ít nhất một khối", "Choose a framework for at least one group"));
        if (ModelState.ContainsKey(Form)) return await RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
        return await RunAsync(async () =>
        {
            var deadlines = new PeriodDeadlines(Times.InVietnam(Input.Opens!.Value), Times.InVietnam(Input.Closes!.Value),
                Times.InVietnam(Input.AppraisalCloses!.Value), Times.InVietnam(Input.AppealsClose!.Value), Times.InVietnam(Input.FinalisationDue!.Value));
            var request = new CreatePeriod(Input.Year, Input.Name!.Trim(), deadlines, [.. Input.Frameworks.Where(f => !string.IsNullOrEmpty(f))],
                RankPrecision: Input.RankPrecision, Combine: Input.Combine, Bands: BandsText.Parse(Input.Bands, Lang.Of(HttpContext)));
            var period = await new CreatePeriodHandler(Db, clock).HandleAsync(Actor, request, ct);
            TempData["Done"] = L($"Đã tạo kỳ đánh giá \"{period.Name}\" (dự thảo, {period.Submissions.Count} đơn vị)",
                $"Created period \"{period.Name}\" (draft, {period.Submissions.Count} units)");
            return Redirect($"/quan-tri/ky/{period.Id}");
        }, () => ShowAsync(ct), Form);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Frameworks = await new ListFrameworksHandler(Db).HandleAsync(Actor, new ListFrameworks(), ct);
        Periods = [.. (await new ListPeriodsHandler(Db).HandleAsync(new ListPeriods(), ct)).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)];
        return Page();
    }
}
