using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Appeals;

namespace ParIndex.Web.Pages.Council;

/// <summary>
/// <c>/hoi-dong/{periodId}/giai-trinh</c>: the appeals of a period the reader may decide (the council all of them, an
/// appraiser those of their assignments), each with the unit's argument, the input asked for, its documents and the
/// appraised score; accept (with the decided input) or reject, always with a reason.
/// </summary>
public sealed class AppealsModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    [FromRoute] public int PeriodId { get; set; }

    [BindProperty] public int AppealId { get; set; }

    /// <summary>"accept" or "reject": the button pressed.</summary>
    [BindProperty] public string? Decision { get; set; }

    [BindProperty] public string? DecidedInput { get; set; }

    [BindProperty] public string? Reason { get; set; }

    [TempData] public string? Done { get; set; }

    public AppealList Appeals { get; private set; } = null!;

    /// <summary>The appeal whose form was posted and refused, to show its messages and values again.</summary>
    public int? Refused { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);   // a period that does not exist (or that the reader may not see) is refused before anything
        var accept = Decision == "accept";
        var appeal = await new DecideAppealHandler(Db, clock).HandleAsync(await LoadActorAsync(ct),
            new DecideAppeal(AppealId, accept, Reason ?? "", accept && !string.IsNullOrWhiteSpace(DecidedInput) ? DecidedInput : null), ct);
        Done = accept
            ? L($"Đã chấp nhận giải trình mục {appeal.LeafCode}", $"Accepted the appeal on {appeal.LeafCode}")
            : L($"Đã không chấp nhận giải trình mục {appeal.LeafCode}", $"Rejected the appeal on {appeal.LeafCode}");
        return Redirect($"/hoi-dong/{PeriodId}/giai-trinh#giai-trinh-{appeal.Id}");
    }, async () =>
    {
        Refused = AppealId;
        await LoadAsync(ct);
        return Page();
    }, string.IsNullOrWhiteSpace(Reason) ? nameof(Reason) : nameof(DecidedInput));

    private async Task LoadAsync(CancellationToken ct) =>
        Appeals = await new ListAppealsHandler(Db).HandleAsync(await LoadActorAsync(ct), new ListAppeals(PeriodId), ct);
}
