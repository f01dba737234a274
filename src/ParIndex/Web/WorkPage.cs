using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Users;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>
/// A signed-in page that calls use cases: it knows its <see cref="Actor"/>, and turns what a use case refuses into
/// what the reader should see — a 403 or 404 page, or a message beside the form (deadline passed, illegal step, a
/// conflict with the other person's value, every problem of a bad file). The use case decides; the page only shows.
/// </summary>
[Authorize]
public abstract class WorkPage(AppDbContext db) : PageModel
{
    protected AppDbContext Db { get; } = db;

    public Actor Actor { get; private set; } = null!;

    /// <summary>The signed-in user as an actor, read once per request.</summary>
    protected async Task<Actor> LoadActorAsync(CancellationToken ct) =>
        Actor ??= await new GetActorHandler(Db).HandleAsync(new GetActor(User.Identity!.Name!), ct);

    /// <summary>
    /// A session whose account was disabled (or removed) since it signed in is ended before any handler runs: it
    /// goes back to the sign-in page.
    /// </summary>
    [NonHandler]
    public override async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        try
        {
            await LoadActorAsync(HttpContext.RequestAborted);
        }
        catch (Exception e) when (e is AccountDisabledException or NotFoundException)
        {
            await HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            context.Result = Redirect("/dang-nhap");
            return;
        }
        await next();
    }

    protected string L(string vi, string en) => Lang.Pick(HttpContext, vi, en);

    /// <summary>A message of the catalogue in the reader's language.</summary>
    protected string Say(Message message) => message.In(Lang.Of(HttpContext));

    /// <summary>
    /// What to say when a form came without its file: that it was too large to read (<see cref="UploadLimit"/>), or
    /// else <paramref name="missing"/> ("Hãy chọn tệp").
    /// </summary>
    protected string NoFile(string missing) => UploadLimit.Refused(HttpContext) is { } tooLarge ? Say(tooLarge) : missing;

    /// <summary>
    /// Runs a use case; on a refusal the page is shown again with the reason, or a 403/404 page. A form too large to
    /// read (<see cref="UploadLimit"/>) is refused the same way, beside <paramref name="field"/>, before the use case is asked.
    /// </summary>
    protected async Task<IActionResult> RunAsync(Func<Task<IActionResult>> work, Func<Task<IActionResult>> showAgain, string field = "")
    {
        if (UploadLimit.Refused(HttpContext) is { } tooLarge)
        {
            ModelState.AddModelError(field, Say(tooLarge));
            return await showAgain();
        }
        try
        {
            return await work();
        }
        catch (Exception e) when (e is ForbiddenException or NotFoundException)
        {
            return RefusalPage(e);
        }
        catch (Exception e) when (Refusal(e, Lang.Of(HttpContext)) is { } messages)
        {
            foreach (var message in messages) ModelState.AddModelError(field, message);
            return await showAgain();
        }
    }

    /// <summary>A 403 or 404 page that says why: the use case's refusal (forbidden or not found) is kept for the error page.</summary>
    protected IActionResult RefusalPage(Exception e)
    {
        if (e is IRefusal refusal) Pages.ErrorModel.Keep(HttpContext, refusal.Says);
        return e is NotFoundException ? NotFound() : Forbid();
    }

    /// <summary>The messages of a refusal the reader can act on, or null for a fault.</summary>
    public static IReadOnlyList<string>? Refusal(Exception e, Language language)
    {
        if (e is EvidenceRejectedException or InvalidTextException or ImportException or InvalidFrameworkException)
            App.Telemetry.AppMetrics.RefusedInput("page");
        return e switch
        {
            WorkflowException or ConflictException or EvidenceRejectedException or InvalidTextException => [e is IRefusal r ? r.Says.In(language) : e.Message],
            ImportException import => import.Problems.Select(p => p.In(language)).ToList(),
            InvalidFrameworkException framework => framework.Problems.Select(p => p.Located.In(language)).ToList(),
            _ => null,
        };
    }
}
