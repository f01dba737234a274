using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Features.Tokens;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.Results;

/// <summary>
/// The user's personal API tokens (<c>/toi/the-api</c>): create one (shown once, only its hash is kept), see the
/// others by name and prefix, revoke any of them.
/// </summary>
public sealed class ApiTokensModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public IReadOnlyList<ApiTokenView> Tokens { get; private set; } = [];

    public CreatedApiToken? Created { get; private set; }

    public DateTimeOffset Now { get; private set; }


    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public int ValidDays { get; set; } = 90;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        try
        {
            // "abc" (or a number too large for one) does not bind: refused beside the field, never the default 90 days.
            if (ModelState[nameof(ValidDays)] is { ValidationState: ModelValidationState.Invalid })
                throw new ImportException([new ImportProblem("token", SiteMessages.TokenDays(), Column: nameof(ValidDays))]);
            Created = await new CreateApiTokenHandler(Db, clock).HandleAsync(Actor, new CreateApiToken(Name ?? "", ValidDays), ct);
        }
        catch (ImportException e)
        {
            // Each message beside its own field, instead of the model binder's.
            foreach (var field in e.Problems.Select(p => p.Column ?? "").Distinct()) ModelState[field]?.Errors.Clear();
            foreach (var problem in e.Problems) ModelState.AddModelError(problem.Column ?? "", problem.Message);
        }
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken ct)
    {
        await LoadActorAsync(ct);
        return await RunAsync(async () =>
        {
            await new RevokeApiTokenHandler(Db, clock).HandleAsync(Actor, new RevokeApiToken(id), ct);
            return RedirectToPage();
        }, async () => { await LoadAsync(ct); return Page(); });
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        await LoadActorAsync(ct);
        Now = clock.GetUtcNow();
        Tokens = await new ListApiTokensHandler(Db).HandleAsync(Actor, new ListApiTokens(), ct);
    }
}
