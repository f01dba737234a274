using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.SelfAssessment;

namespace ParIndex.Web.Pages.SelfAssessment;

/// <summary>The unit's self-assessments, one per period, with where each stands and its deadline.</summary>
public sealed class IndexModel(AppDbContext db) : WorkPage(db)
{
    public IReadOnlyList<UnitSubmissionSummary> Submissions { get; private set; } = [];

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => RunAsync(async () =>
    {
        await LoadActorAsync(ct);
        Submissions = await new ListUnitSubmissionsHandler(Db).HandleAsync(Actor, new ListUnitSubmissions(), ct);
        return Page();
    }, () => Task.FromResult<IActionResult>(Page()));
}
