using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Council;
using ParIndex.App.Features.Homes;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Council;

/// <summary>
/// <c>/hoi-dong?ky={periodId}</c>: the council's finalisation view of a period — every open issue (submissions not
/// appraised, returned submissions, undecided appeals) and the next step: moving the period to finalisation (the
/// secretariat's step) or publishing it. The use cases decide; their refusals are shown beside the button.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock, Texts texts) : WorkPage(db)
{
    [BindProperty(SupportsGet = true, Name = "ky")] public int? PeriodId { get; set; }

    /// <summary>The stage the reader saw when they asked to advance, so a stale page never moves the period twice.</summary>
    [BindProperty] public PeriodState? From { get; set; }

    [TempData] public string? Done { get; set; }

    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    public CouncilOverview? Overview { get; private set; }

    /// <summary>A deadline of the period with its days left, counted today in Vietnam.</summary>
    public Due Due(DateTimeOffset deadline) => App.Features.Homes.Due.Of(deadline, clock.GetUtcNow());

    /// <summary>Whether the reader's roles allow moving a period to its next stage (AdvancePeriod).</summary>
    public bool MayAdvance => Actor.IsAny(Role.Admin, Role.Secretariat);

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadAsync(ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAdvanceAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var move = await new AdvancePeriodHandler(Db, clock).HandleAsync(await LoadActorAsync(ct), new AdvancePeriod(PeriodId ?? 0, From), ct);
        Done = L("Đã chuyển kỳ đánh giá sang giai đoạn: ", "The period moved to: ") + StateNames.Of(texts, move.To);
        return Redirect($"/hoi-dong?ky={PeriodId}");
    }, () => ShowAgainAsync(ct), "Advance");

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => RunAsync(async () =>
    {
        var groups = await new PublishResultsHandler(Db, clock).HandleAsync(await LoadActorAsync(ct), new PublishResults(PeriodId ?? 0), ct);
        Done = L($"Đã công bố kết quả {groups.Sum(g => g.Units)} đơn vị", $"Published the results of {groups.Sum(g => g.Units)} units");
        return Redirect($"/hoi-dong?ky={PeriodId}");
    }, () => ShowAgainAsync(ct), "Publish");

    private async Task<IActionResult> ShowAgainAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var actor = await LoadActorAsync(ct);
        Periods = [.. (await new ListPeriodsHandler(Db).HandleAsync(new ListPeriods(), ct)).Where(p => p.State != PeriodState.Draft).OrderByDescending(p => p.Year).ThenByDescending(p => p.Id)];
        PeriodId ??= (Periods.FirstOrDefault(p => p.State is PeriodState.Appeals or PeriodState.Finalisation) ?? Periods.FirstOrDefault())?.Id;
        if (PeriodId is { } id) Overview = await new GetCouncilOverviewHandler(Db).HandleAsync(actor, new GetCouncilOverview(id), ct);
        else App.Security.Access.Require(actor, Domain.Messages.Act.ViewCouncilOverview, Role.Admin, Role.Secretariat, Role.Council);
    }
}
