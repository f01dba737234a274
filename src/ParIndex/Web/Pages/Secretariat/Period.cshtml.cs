using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Crosswalks;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/ky/{id}</c>: running one period — advance its stage or publish it through the checklist of what is
/// still open (a second confirmation names the open items), step it back or reopen it with a reason, choose what
/// happens to units that never submit, give a unit more time, assign appraisers, return a submission; and the history
/// of its stage changes. Each form shows the use case's refusal beside itself.
/// </summary>
public sealed class PeriodModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string AdvanceForm = "advance";
    public const string ExtendForm = "extend";
    public const string AssignForm = "assign";
    public const string ReturnForm = "return";
    public const string PublishForm = "publish";
    public const string StepBackForm = "stepback";
    public const string NonSubmittersForm = "nonsubmitters";

    public sealed class ExtensionInput
    {
        public string? Unit { get; set; }

        public DateTime? Until { get; set; }

        public string? Reason { get; set; }
    }

    public sealed class AssignmentInput
    {
        public string? Appraiser { get; set; }

        public string? Unit { get; set; }

        public string? Area { get; set; }
    }

    public sealed class ReturnInput
    {
        public string? Unit { get; set; }

        public string? Reason { get; set; }
    }

    [BindProperty]
    public bool Confirm { get; set; }

    /// <summary>The fingerprint of the checklist the second confirmation showed (<see cref="StageChecklist.Fingerprint"/>).</summary>
    [BindProperty]
    public string? Confirmed { get; set; }

    /// <summary>The second confirmation's own box: "I have read the open items and agree to what the change does to them".</summary>
    [BindProperty]
    public bool ConfirmItems { get; set; }

    [BindProperty]
    public string? StepBackReason { get; set; }

    [BindProperty]
    public NonSubmitterPolicy? Policy { get; set; }

    [BindProperty]
    public ExtensionInput Extension { get; set; } = new();

    [BindProperty]
    public AssignmentInput Assignment { get; set; } = new();

    [BindProperty]
    public ReturnInput Return { get; set; } = new();

    public PeriodDashboard Dashboard { get; private set; } = null!;

    /// <summary>What is open before the next stage change; null once published.</summary>
    public StageChecklist? Checklist { get; private set; }

    public IReadOnlyList<PeriodChange> History { get; private set; } = [];

    /// <summary>The groups whose framework edition differs from last year's, and whether their crosswalk is confirmed.</summary>
    public PeriodEditionSteps Editions { get; private set; } = null!;

    /// <summary>The form (advance or publish) whose second confirmation, naming the open items, is shown.</summary>
    public string? SecondConfirmation { get; private set; }

    /// <summary>A form shows while the period's stage accepts its work, and after a refusal, so the reason is read beside it.</summary>
    public bool Shows(string form, bool accepted) => accepted || ModelState.TryGetValue(form, out var entry) && entry.Errors.Count > 0;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(() => ShowAsync(id, ct), () => ShowAsync(id, ct));
    }

    public Task<IActionResult> OnPostAdvanceAsync(int id, CancellationToken ct) => ActAsync(id, AdvanceForm, ct, async () =>
    {
        AdvancePeriodHandler.Authorize(Actor);
        if (!Confirm) return Refuse(AdvanceForm, L("Hãy đánh dấu xác nhận trước khi chuyển giai đoạn", "Tick the confirmation before advancing"));
        if (!await ConfirmedTwiceAsync(id, AdvanceForm, ct)) return null;
        var move = await new AdvancePeriodHandler(Db, clock).HandleAsync(Actor, new AdvancePeriod(id, Confirmed: Confirmed), ct);
        var (from, to) = (StateNames.Of(move.From), StateNames.Of(move.To));
        return Done(id, L($"Đã chuyển kỳ đánh giá từ \"{from.Vi}\" sang \"{to.Vi}\"", $"The period moved from \"{from.En}\" to \"{to.En}\"") + Changes(move));
    });
    public Task<IActionResult> OnPostExtendAsync(int id, CancellationToken ct) => ActAsync(id, ExtendForm, ct, async () =>
    {
        if (string.IsNullOrWhiteSpace(Extension.Unit) || Extension.Until is null)
            return Refuse(ExtendForm, L("Hãy chọn đơn vị và hạn mới", "Choose the unit and its new deadline"));
        var until = Times.InVietnam(Extension.Until.Value);
        await new GrantExtensionHandler(Db, clock).HandleAsync(Actor, new GrantExtension(id, Extension.Unit, until, Extension.Reason ?? ""), ct);
        return Done(id, L($"Đơn vị {Extension.Unit} được gia hạn tự đánh giá đến {Vi.Time(until)}", $"Unit {Extension.Unit} may self-assess until {Vi.Time(until)}"));
    });

    public Task<IActionResult> OnPostAssignAsync(int id, CancellationToken ct) => ActAsync(id, AssignForm, ct, async () =>
    {
        if (string.IsNullOrWhiteSpace(Assignment.Appraiser))
            return Refuse(AssignForm, L("Hãy chọn người thẩm định", "Choose the appraiser"));
        var unit = string.IsNullOrWhiteSpace(Assignment.Unit) ? null : Assignment.Unit;
        var area = string.IsNullOrWhiteSpace(Assignment.Area) ? null : Assignment.Area;
        await new AssignAppraiserHandler(Db, clock).HandleAsync(Actor, new AssignAppraiser(id, Assignment.Appraiser, unit, area), ct);
        return Done(id, L($"Đã phân công {Assignment.Appraiser} thẩm định {unit ?? "mọi đơn vị"}, {(area is null ? "mọi lĩnh vực" : "lĩnh vực " + area)}",
            $"{Assignment.Appraiser} now appraises {unit ?? "every unit"}, {(area is null ? "every area" : "area " + area)}"));
    });

    public Task<IActionResult> OnPostReturnAsync(int id, CancellationToken ct) => ActAsync(id, ReturnForm, ct, async () =>
    {
        if (string.IsNullOrWhiteSpace(Return.Unit)) return Refuse(ReturnForm, L("Hãy chọn đơn vị", "Choose the unit"));
        if (string.IsNullOrWhiteSpace(Return.Reason)) return Refuse(ReturnForm, L("Trả lại hồ sơ phải nêu lý do", "Returning a submission needs a reason"));
        await new ReturnSubmissionHandler(Db, clock).HandleAsync(Actor, new ReturnSubmission(id, Return.Unit, Return.Reason.Trim()), ct);
        return Done(id, L($"Đã trả lại hồ sơ của đơn vị {Return.Unit} để chỉnh sửa", $"Returned unit {Return.Unit}'s submission for revision"));
    });

    public Task<IActionResult> OnPostPublishAsync(int id, CancellationToken ct) => ActAsync(id, PublishForm, ct, async () =>
    {
        if (!Confirm) return Refuse(PublishForm, L("Hãy đánh dấu xác nhận trước khi công bố", "Tick the confirmation before publishing"));
        if (!await ConfirmedTwiceAsync(id, PublishForm, ct)) return null;
        var groups = await new PublishResultsHandler(Db, clock).HandleAsync(Actor, new PublishResults(id, Confirmed), ct);
        return Done(id, L($"Đã công bố kết quả: {string.Join("; ", groups.Select(g => $"khối {g.Group}, {g.Units} đơn vị, SHA-256 {g.Sha256}"))}",
            $"Results published: {string.Join("; ", groups.Select(g => $"group {g.Group}, {g.Units} units, SHA-256 {g.Sha256}"))}"));
    });

    public Task<IActionResult> OnPostStepBackAsync(int id, CancellationToken ct) => ActAsync(id, StepBackForm, ct, async () =>
    {
        if (string.IsNullOrWhiteSpace(StepBackReason))
            return Refuse(StepBackForm, L("Lùi giai đoạn hoặc mở lại kỳ phải nêu lý do", "Stepping back or reopening needs a reason"));
        var move = await new ReopenPeriodHandler(Db, clock).HandleAsync(Actor, new ReopenPeriod(id, StepBackReason), ct);
        var (from, to) = (StateNames.Of(move.From), StateNames.Of(move.To));
        var withdrawn = move.Withdrawn.Count == 0 ? "" : L($" Đã rút bản công bố của khối {string.Join(", ", move.Withdrawn)}.", $" Withdrew the publication of {string.Join(", ", move.Withdrawn)}.");
        return Done(id, L($"Đã lùi kỳ đánh giá từ \"{from.Vi}\" về \"{to.Vi}\".", $"The period went back from \"{from.En}\" to \"{to.En}\".") + withdrawn + Changes(move));
    });

    public Task<IActionResult> OnPostNonSubmittersAsync(int id, CancellationToken ct) => ActAsync(id, NonSubmittersForm, ct, async () =>
    {
        if (Policy is not { } policy) return Refuse(NonSubmittersForm, L("Hãy chọn một cách xử lý", "Choose one"));
        await new SetNonSubmitterPolicyHandler(Db, clock).HandleAsync(Actor, new SetNonSubmitterPolicy(id, policy), ct);
        var (vi, en) = OpenItemText.Policy(policy);
        return Done(id, L($"Đơn vị không nộp hồ sơ: {vi}", $"Units that never submit: {en}"));
    });

    /// <summary>
    /// Whether the stage change may go to the use case: nothing is open (or something blocks it, which the use case
    /// says), or the second confirmation naming the open items was given. Otherwise the page shows that confirmation.
    /// </summary>
    private async Task<bool> ConfirmedTwiceAsync(int id, string form, CancellationToken ct)
    {
        SecondConfirmation = form;
        if (Confirmed is not null)
        {
            if (ConfirmItems) return true;
            Refuse(form, L("Hãy đánh dấu đồng ý với cách xử lý các mục chưa xong", "Tick your agreement to what happens to the open items"));
            return false;
        }
        var checklist = await new GetStageChecklistHandler(Db).HandleAsync(Actor, new GetStageChecklist(id), ct);
        if (checklist is null || checklist.IsClear || checklist.IsBlocked) return true;
        return false;
    }

    /// <summary>" A: Đang soạn → Không nộp; …" — the submissions a stage change moved.</summary>
    private string Changes(PeriodMove move) => move.Changed.Count == 0 ? "" :
        L(" Hồ sơ thay đổi: ", " Submissions changed: ") + string.Join("; ", move.Changed.Select(c =>
        {
            var (from, to) = (StateNames.Of(c.From), StateNames.Of(c.To));
            return $"{c.UnitCode} {L(from.Vi, from.En)} → {L(to.Vi, to.En)}";
        }));

    /// <summary>Runs one form's action; a refusal shows the page again with the message beside that form.</summary>
    private async Task<IActionResult> ActAsync(int id, string form, CancellationToken ct, Func<Task<IActionResult?>> action)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () => await action() ?? await ShowAsync(id, ct), () => ShowAsync(id, ct), form);
    }

    private IActionResult? Refuse(string form, string message)
    {
        ModelState.AddModelError(form, message);
        return null;
    }

    private IActionResult? Done(int id, string message)
    {
        TempData["Done"] = message;
        return Redirect($"/quan-tri/ky/{id}");
    }

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        Dashboard = (await new GetPeriodDashboardHandler(Db, clock).HandleAsync(Actor, new GetPeriodDashboard(id), ct))!;
        Checklist = await new GetStageChecklistHandler(Db).HandleAsync(Actor, new GetStageChecklist(id), ct);
        History = await new GetPeriodHistoryHandler(Db).HandleAsync(Actor, new GetPeriodHistory(id), ct);
        Editions = await new GetEditionStepsHandler(Db).HandleAsync(Actor, new GetEditionSteps(id), ct);
        return Page();
    }
}
