using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>
/// The unit's home: each dossier under way with its progress, running points and index, the items the appraisal
/// adjusted and the next deadline in days; then every dossier of the unit, one per period, with where it stands.
/// </summary>
public sealed class IndexModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public IReadOnlyList<UnitSubmissionSummary> Submissions { get; private set; } = [];

    /// <summary>The dossiers of periods under way (self-assessment to finalisation), newest first.</summary>
    public IReadOnlyList<DossierProgress> UnderWay { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadActorAsync(ct);
        Submissions = await new ListUnitSubmissionsHandler(Db).HandleAsync(Actor, new ListUnitSubmissions(), ct);
        var underWay = new List<DossierProgress>();
        foreach (var s in Submissions.Where(s => s.PeriodState is > PeriodState.Draft and < PeriodState.Published))
            underWay.Add(await new GetDossierProgressHandler(Db, clock).HandleAsync(Actor, new GetDossierProgress(s.PeriodId, s.UnitCode), ct));
        UnderWay = underWay;
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));
}
