using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.SelfAssessment;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// The leader's confirmation before submitting: the unit's self-assessed total and index, by area, and what is still
/// missing; the submission itself only from here, with the total in front of the one who signs it off.
/// </summary>
public sealed class SubmitModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public DossierProgress Progress { get; private set; } = null!;

    public Task<IActionResult> OnGetAsync(int periodId, CancellationToken ct) =>
        RunAsync(async () => { await LoadAsync(periodId, ct); return Page(); }, () => Task.FromResult<IActionResult>(Page()));

    public Task<IActionResult> OnPostAsync(int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        await LoadActorAsync(ct);
        await new SubmitSelfAssessmentHandler(Db, clock).HandleAsync(Actor, new SubmitSelfAssessment(periodId, await OwnUnit.CodeAsync(Db, Actor, ct)), ct);
        // Shown by the dossier page (its Flash).
        TempData["Flash"] = L($"Đã nộp hồ sơ tự đánh giá lúc {Vi.Time(clock.GetUtcNow())}", $"Self-assessment submitted at {Vi.Time(clock.GetUtcNow())}");
        return Redirect($"/tu-danh-gia/{periodId}");
    }, async () => { await LoadAsync(periodId, ct); return Page(); }, "submit");

    private async Task LoadAsync(int periodId, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        Progress = await new GetDossierProgressHandler(Db, clock).HandleAsync(Actor, new GetDossierProgress(periodId, await OwnUnit.CodeAsync(Db, Actor, ct)), ct);
    }
}
