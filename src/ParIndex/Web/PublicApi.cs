using System.Globalization;
using System.Text;
using ParIndex.App.Compute;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Publishing;
using ParIndex.Domain.Messages;

namespace ParIndex.Web;

/// <summary>
/// The stable public addresses other sites and scripts link to: the published periods, and each one's results in the
/// same shape as <c>parindex compute --format json</c> (<c>units</c> and <c>summary</c>), straight from the snapshot;
/// and the downloads of a group's ranking as CSV, JSON (the same bytes as the API) or XLSX, all from the same results.
/// </summary>
internal static class PublicApi
{
    public static void Map(WebApplication app)
    {
        app.MapGet("/ket-qua/{id:int}/ket-qua.{format:regex(^(csv|json|xlsx)$)}", async (int id, string format, string khoi, AppDbContext db, CancellationToken ct) =>
        {
            try
            {
                var results = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(id, khoi), ct);
                var name = $"chi-so-cchc-ky-{id}.{format}";
                return format switch
                {
                    "csv" => Results.File([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(ResultWriter.Csv(results.Results))], "text/csv; charset=utf-8", name),
                    "json" => Results.File(Encoding.UTF8.GetBytes(results.ResultsJson), "application/json; charset=utf-8", name),
                    _ => Results.File(ResultWriter.Render(results.Results, ResultFormat.Xlsx), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name),
                };
            }
            catch (NotFoundException)
            {
                return Results.NotFound();
            }
        }).CacheOutput(PublicResults.CachePolicy);

        var api = app.MapGroup("/api/v1/public").CacheOutput(PublicResults.CachePolicy);

        api.MapGet("/periods", async (AppDbContext db, CancellationToken ct) =>
            (await new ListPublicationsHandler(db).HandleAsync(new ListPublications(), ct)).Select(p => new
            {
                id = p.PeriodId, year = p.Year, name = p.PeriodName, group = p.Group, published = p.PublishedAt, sha256 = p.Sha256,
            }));

        api.MapGet("/periods/{id:int}/results", async (int id, string? group, HttpContext http, AppDbContext db, CancellationToken ct) =>
        {
            var language = Api.ApiLanguage.Of(http);
            var publications = (await new ListPublicationsHandler(db).HandleAsync(new ListPublications(), ct)).Where(p => p.PeriodId == id).ToList();
            if (publications.Count == 0) return Results.NotFound(new { error = NotFoundMessages.Unpublished(id.ToString(CultureInfo.InvariantCulture)).In(language) });
            if (group is null && publications.Count > 1)
                return Results.BadRequest(new { error = ApiMessages.ChooseGroup().In(language), groups = publications.Select(p => p.Group) });
            try
            {
                var results = await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(id, group ?? publications[0].Group), ct);
                return Results.Text(results.ResultsJson, "application/json; charset=utf-8");
            }
            catch (NotFoundException e)
            {
                return Results.NotFound(new { error = e.Says.In(language) });
            }
        });
    }
}
