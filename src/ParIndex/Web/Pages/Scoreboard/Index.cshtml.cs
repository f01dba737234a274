using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Features.Scoreboard;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Pages.Scoreboard;

/// <summary>
/// <c>/chi-so-tinh</c>: the external indices the province is measured on (PAR INDEX, SIPAS, PCI, PAPI, ICT …), one
/// table and one trend chart per index. Published figures: anyone reads them, signed in or not. The secretariat and
/// the administrator see the import form, which posts to <see cref="ImportModel"/>.
/// </summary>
[AllowAnonymous]
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public IReadOnlyList<ScoreboardIndex> Indices { get; private set; } = [];

    /// <summary>Whether to show the import form; the use case decides again on every post.</summary>
    public bool CanImport => User.IsInRole(nameof(Role.Secretariat)) || User.IsInRole(nameof(Role.Admin));

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Indices = await new GetScoreboardHandler(db).HandleAsync(new GetScoreboard(), ct);
        return Page();
    }
}
