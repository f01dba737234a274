using Microsoft.AspNetCore.Diagnostics;
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

    /// <summary>The refusal of a write whose body is not JSON (see <see cref="ApiWrites"/>).</summary>
    public static readonly (string Title, string Detail) NeedsJson = ("Cần thân JSON / A JSON body is needed",
        "Gửi dữ liệu dạng JSON với Content-Type: application/json (có thể là {}) / Send a JSON body with Content-Type: application/json ({} will do)");

    /// <summary>An address of the JSON API (signed-in or public), whose errors are problem details rather than pages.</summary>
    public static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

    /// <summary>
    /// An API answer with an error status and no body — a body the model binder could not read (malformed JSON), an
    /// unknown address, a method not allowed — gets a problem in the same shape as the use cases' refusals.
    /// </summary>
    public static Task StatusCodeAsync(StatusCodeContext context)
    {
        var status = context.HttpContext.Response.StatusCode;
        var (title, detail) = status switch
        {
            StatusCodes.Status400BadRequest => ("Yêu cầu không hợp lệ / Bad request",
                "Không đọc được yêu cầu: thân JSON sai cú pháp, thiếu hoặc sai kiểu trường, hay tham số không hợp lệ / The request could not be read: malformed JSON, a missing or mistyped field, or a bad parameter"),
            StatusCodes.Status404NotFound => ("Không tìm thấy / Not found", "Không có địa chỉ này trong API / No such address in the API"),
            StatusCodes.Status405MethodNotAllowed => ("Phương thức không được phép / Method not allowed", null),
            StatusCodes.Status415UnsupportedMediaType => (NeedsJson.Title, NeedsJson.Detail),
            _ => ("Lỗi / Error", null),
        };
        return Write(context.HttpContext, status, title, detail);
    }

    /// <summary>Writes a problem straight to the response, for authentication, which runs before any endpoint.</summary>
    public static Task Write(HttpContext context, int status, string title, string? detail)
    {
        context.Response.StatusCode = status;
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title, Detail = detail }, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }
}
