using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Api;

/// <summary>
/// What a use case refuses, as RFC 9457 problem details: 400 with each message under its location (the node code or
/// field), 403, 404, 409 for a lost edit race (with the current version and value) or a step the workflow does not
/// allow now. The messages are the use case's own, Vietnamese then English.
/// </summary>
internal static class ApiProblems
{
    public static async Task<IResult> RunAsync(Func<Task<IResult>> work)
    {
        try
        {
            return await work();
        }
        catch (ForbiddenException e)
        {
            return Problem(StatusCodes.Status403Forbidden, "Không có quyền / Forbidden", e.Message);
        }
        catch (NotFoundException e)
        {
            return Problem(StatusCodes.Status404NotFound, "Không tìm thấy / Not found", e.Message);
        }
        catch (ConflictException e)
        {
            return Problem(StatusCodes.Status409Conflict, "Xung đột phiên bản / Edit conflict", e.Message,
                new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion, ["currentValue"] = e.CurrentValue });
        }
        catch (InvalidTextException e)
        {
            return Invalid([(e.Field, e.Message)]);
        }
        catch (WorkflowException e)
        {
            return Problem(StatusCodes.Status409Conflict, "Không thực hiện được ở bước này / Not allowed at this step", e.Message);
        }
        catch (ImportException e)
        {
            return Invalid(e.Problems.Select(p => (p.Node ?? p.Column ?? "", p.Message)));
        }
        catch (InvalidFrameworkException e)
        {
            return Invalid(e.Problems.Select(p => (p.Where, p.Message)));
        }
        catch (EvidenceRejectedException e)
        {
            return Invalid([("file", e.Message)]);
        }
    }

    public static IResult Invalid(IEnumerable<(string Where, string Message)> problems)
    {
        App.Telemetry.AppMetrics.RefusedInput("api");
        return TypedResults.ValidationProblem(
            problems.GroupBy(p => p.Where, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()),
            title: "Dữ liệu không hợp lệ / Invalid data");
    }

    public static IResult Problem(int status, string title, string? detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: title, extensions: extensions);

    /// <summary>Writes a problem straight to the response, for authentication, which runs before any endpoint.</summary>
    public static Task Write(HttpContext context, int status, string title, string? detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
