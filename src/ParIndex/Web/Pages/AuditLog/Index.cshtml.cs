using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Audit;
using ParIndex.App.Features.Periods;

namespace ParIndex.Web.Pages.AuditLog;

/// <summary>
/// <c>/quan-tri/nhat-ky</c>: the audit log, newest first, filtered by period, unit, user, action and days, 50 entries a
/// page; each entry opens with its before and after; the chain check of <c>parindex audit verify</c> runs from here.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    [BindProperty(SupportsGet = true, Name = "ky")]
    public int? PeriodId { get; set; }

    [BindProperty(SupportsGet = true, Name = "don-vi")]
    public string? Unit { get; set; }

    [BindProperty(SupportsGet = true, Name = "nguoi")]
    public string? Who { get; set; }

    [BindProperty(SupportsGet = true, Name = "thao-tac")]
    public string? Action { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")]
    public int PageNumber { get; set; } = 1;

    public AuditPage Log { get; private set; } = new([], 0, 1, ListAuditEntriesHandler.PageSize, []);

    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    public AuditCheck? Verification { get; private set; }

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => ShowAsync(ct);

    /// <summary>Runs the chain check over the whole log and shows its result above the entries.</summary>
    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Verification = await new VerifyAuditLogHandler(Db, clock).HandleAsync(Actor, new VerifyAuditLog(), ct);
            return await ShowAsync(ct);
        }, () => ShowAsync(ct));
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            Log = await new ListAuditEntriesHandler(Db).HandleAsync(Actor, new ListAuditEntries(PeriodId, Unit, Who, Action, From, To, PageNumber), ct);
            Periods = await new ListPeriodsHandler(Db).HandleAsync(new ListPeriods(), ct);
            return Page();
        }, () => Task.FromResult<IActionResult>(Page()));
    }

    /// <summary>The address of another page of the same filters.</summary>
    public string PageUrl(int page) => "/quan-tri/nhat-ky" + QueryString.Create(new Dictionary<string, string?>
    {
        ["ky"] = PeriodId?.ToString(System.Globalization.CultureInfo.InvariantCulture), ["don-vi"] = Unit, ["nguoi"] = Who, ["thao-tac"] = Action,
        ["tu"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["den"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["trang"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value)));
}
