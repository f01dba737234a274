using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Assessment;

namespace ParIndex.Web.Pages.Appraisal;

/// <summary>
/// <c>/tham-dinh/{periodId}/{unitCode}/{leaf?}</c>: one sub-criterion of a submission beside its appraisal form —
/// the unit's input, points, explanation and documents; the appraised input with its mandatory reason, saved against
/// the version the appraiser saw; and, for whoever may close the whole submission, "complete appraisal".
/// </summary>
public sealed class SheetModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    [FromRoute] public int PeriodId { get; set; }

    [FromRoute] public string UnitCode { get; set; } = "";

    [FromRoute] public string? Leaf { get; set; }

    [BindProperty] public string? Input { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [BindProperty] public int ExpectedVersion { get; set; }

    /// <summary>After a conflict: the value the other person saved.</summary>
    public string? ConflictValue { get; private set; }

    [TempData] public string? Saved { get; set; }

    public AppraisalSheet Sheet { get; private set; } = null!;

    public AppraisalItem Item { get; private set; } = null!;

    public int Position { get; private set; }

    public AppraisalItem? Previous => Position > 0 ? Sheet.Items[Position - 1] : null;

    public AppraisalItem? Next => Position < Sheet.Items.Count - 1 ? Sheet.Items[Position + 1] : null;

    public string Link(AppraisalItem item) => $"/tham-dinh/{PeriodId}/{Uri.EscapeDataString(UnitCode)}/{Uri.EscapeDataString(item.Code)}";

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        if (await LoadAsync(ct) is { } refused) return refused;
        Input = Item.Appraised?.Input ?? Item.Self?.Input;
        ExpectedVersion = Item.Appraised?.Version ?? 0;
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var actor = await LoadActorAsync(ct);
        SavedAppraisal saved;
        try
        {
            saved = await new AppraiseScoreHandler(Db, clock).HandleAsync(actor,
                new AppraiseScore(PeriodId, UnitCode, Leaf ?? "", Input ?? "", Reason ?? "", ExpectedVersion), ct);
        }
        catch (ConflictException conflict)
        {
            ConflictValue = conflict.CurrentValue;
            ExpectedVersion = conflict.CurrentVersion;
            ModelState.AddModelError(nameof(Input), conflict.Message);
            return await ShowAgainAsync(ct);
        }
        if (await LoadAsync(ct) is { } refused) return refused;
        Saved = Say(InputHints.Saved(saved.LeafCode, saved.Input, Item.Accepts, Item.Options, saved.Points));
        return Redirect(Link(Next ?? Item));
    }, () => ShowAgainAsync(ct), string.IsNullOrWhiteSpace(Reason) ? nameof(Reason) : nameof(Input));

    public Task<IActionResult> OnPostCompleteAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await new CompleteAppraisalHandler(Db, clock).HandleAsync(await LoadActorAsync(ct), new CompleteAppraisal(PeriodId, UnitCode), ct);
        Saved = L($"Đã hoàn thành thẩm định hồ sơ của đơn vị {UnitCode}", $"The appraisal of {UnitCode} is complete");
        return Redirect($"/tham-dinh/{PeriodId}/{Uri.EscapeDataString(UnitCode)}");
    }, () => ShowAgainAsync(ct), "Complete");

    /// <summary>"Đồng ý với điểm tự chấm" for every item of an area not yet appraised, as the page listed them (_AcceptAll).</summary>
    public Task<IActionResult> OnPostAcceptAllAsync(string? area, string[]? untouched, CancellationToken ct) => RunAsync(async () =>
    {
        var accepted = await new AcceptSelfAssessedHandler(Db, clock).HandleAsync(await LoadActorAsync(ct),
            new AcceptSelfAssessed(PeriodId, UnitCode, area ?? "", untouched ?? []), ct);
        Saved = Say(accepted.Shown);
        var sheet = $"/tham-dinh/{PeriodId}/{Uri.EscapeDataString(UnitCode)}";
        return Redirect(Leaf is null ? sheet : $"{sheet}/{Uri.EscapeDataString(Leaf)}");
    }, () => ShowAgainAsync(ct), "AcceptAll");

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    /// <summary>Loads the sheet and the current item; a refusal when the item is not in the actor's scope.</summary>
    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Sheet = await new GetAppraisalSheetHandler(Db).HandleAsync(Actor ?? await LoadActorAsync(ct), new GetAppraisalSheet(PeriodId, UnitCode), ct);
        if (Sheet.Items.Count == 0) return Forbid();
        Position = Leaf is null ? 0 : Sheet.Items.ToList().FindIndex(i => i.Code == Leaf);
        if (Position < 0) return Forbid();
        Item = Sheet.Items[Position];
        return null;
    }
}
