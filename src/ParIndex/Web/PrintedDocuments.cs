using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Documents;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web;

/// <summary>
/// The documents to print and sign, as PDF downloads under <c>/in/…</c>, each through its use case, which decides who
/// may print which unit's document: the dossier and the appraisal minutes of a unit, the council's appeal decisions
/// (signed in), and the publication annex (public once published, served from the public output cache so visitors do
/// not each start Chromium).
/// </summary>
internal static class PrintedDocuments
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/in/ho-so/{periodId:int}/{unitCode}", (int periodId, string unitCode, HttpContext http, AppDbContext db, TimeProvider clock, DocumentSettings settings, CancellationToken ct) =>
            Run(http, db, actor => new PrintDossierHandler(db, clock, settings).HandleAsync(actor, new PrintDossier(periodId, unitCode), ct), ct)).RequireAuthorization();
        app.MapGet("/in/bien-ban-tham-dinh/{periodId:int}/{unitCode}", (int periodId, string unitCode, HttpContext http, AppDbContext db, TimeProvider clock, DocumentSettings settings, CancellationToken ct) =>
            Run(http, db, actor => new PrintAppraisalMinutesHandler(db, clock, settings).HandleAsync(actor, new PrintAppraisalMinutes(periodId, unitCode), ct), ct)).RequireAuthorization();
        app.MapGet("/in/giai-trinh/{periodId:int}", (int periodId, string? donVi, HttpContext http, AppDbContext db, TimeProvider clock, DocumentSettings settings, CancellationToken ct) =>
            Run(http, db, actor => new PrintAppealDecisionsHandler(db, clock, settings).HandleAsync(actor, new PrintAppealDecisions(periodId, donVi), ct), ct)).RequireAuthorization();
        app.MapGet("/in/phu-luc/{periodId:int}", (int periodId, string? khoi, AppDbContext db, TimeProvider clock, DocumentSettings settings, CancellationToken ct) =>
            Pdf(() => new PrintPublicationAnnexHandler(db, clock, settings).HandleAsync(new PrintPublicationAnnex(periodId, khoi), ct), ct))
            .AllowAnonymous().CacheOutput(PublicResults.CachePolicy);
    }

    private static async Task<IResult> Run(HttpContext http, AppDbContext db, Func<Actor, Task<PrintedDocument>> print, CancellationToken ct)
    {
        var actor = await new GetActorHandler(db).HandleAsync(new GetActor(http.User.Identity!.Name!), ct);
        return await Pdf(() => print(actor), ct);
    }

    /// <summary>The PDF; a refusal as the status the reader should see, a step not possible yet with its reason.</summary>
    private static async Task<IResult> Pdf(Func<Task<PrintedDocument>> print, CancellationToken ct)
    {
        try
        {
            var document = await print();
            return Results.File(await document.PdfAsync(ct), "application/pdf", document.FileName);
        }
        catch (ForbiddenException)
        {
            return Results.Forbid();
        }
        catch (NotFoundException)
        {
            return Results.NotFound();
        }
        catch (WorkflowException e)
        {
            return Results.Text(e.Message, "text/plain; charset=utf-8", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
