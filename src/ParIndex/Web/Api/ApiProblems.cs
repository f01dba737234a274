using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Files;
using ParIndex.App.Security;
using Microsoft.Net.Http.Headers;
using ParIndex.Domain.Frameworks;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.Web.Api;

/// <summary>
/// What a use case refuses, as RFC 9457 problem details: 400 with each message under its location (the node code or
/// field), 403, 404, 409 for a lost edit race (with the current version and value) or a step the workflow does not
/// allow now. Titles and messages come from the catalogue in the request's language (<see cref="ApiLanguage"/>):
/// Vietnamese, or English for <c>Accept-Language: en</c>.
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
            return Problem(StatusCodes.Status403Forbidden, ApiMessages.Forbidden(), e.Says);
        }
        catch (NotFoundException e)
        {
            return Problem(StatusCodes.Status404NotFound, ApiMessages.NotFound(), e.Says);
        }
        catch (ConflictException e)
        {
            return Problem(StatusCodes.Status409Conflict, ApiMessages.Conflict(), e.Says,
                new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion, ["currentValue"] = e.CurrentValue });
        }
        catch (InvalidTextException e)
        {
            return Invalid([(e.Field, e.Problem)]);
        }
        catch (WorkflowException e)
        {
            return Problem(StatusCodes.Status409Conflict, ApiMessages.NotNow(), e.Says);
        }
        catch (ImportException e)
        {
            return Invalid(e.Problems.Select(p => (p.Node ?? p.Column ?? "", p.Says)));
        }
        catch (InvalidFrameworkException e)
        {
            return Invalid(e.Problems.Select(p => (p.Where, p.Says)));
        }
        catch (EvidenceRejectedException e)
        {
            return Invalid([("file", e.Says)]);
        }
    }

    /// <summary>A 400 validation problem: each message, in the request's language, under its location.</summary>
    public static IResult Invalid(IEnumerable<(string Where, Message Message)> problems)
    {
        App.Telemetry.AppMetrics.RefusedInput("api");
        var listed = problems.ToList();
        return new Rendered(language => TypedResults.ValidationProblem(
            listed.GroupBy(p => p.Where, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Select(p => p.Message.In(language)).ToArray()),
            title: ApiMessages.Invalid().In(language)));
    }

    public static IResult Problem(int status, Message title, Message? detail, IDictionary<string, object?>? extensions = null) =>
        new Rendered(language => TypedResults.Problem(detail?.In(language), statusCode: status, title: title.In(language), extensions: extensions));

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
            StatusCodes.Status400BadRequest => (ApiMessages.BadRequest(), ApiMessages.BadRequestDetail()),
            StatusCodes.Status404NotFound => (ApiMessages.NotFound(), ApiMessages.NoAddress()),
            StatusCodes.Status405MethodNotAllowed => (ApiMessages.MethodNotAllowed(), null),
            StatusCodes.Status415UnsupportedMediaType => (ApiMessages.NeedsJson(), ApiMessages.NeedsJsonDetail()),
            _ => (ApiMessages.Error(), (Message?)null),
        };
        return Write(context.HttpContext, status, title, detail);
    }

    /// <summary>Writes a problem straight to the response, for authentication, which runs before any endpoint.</summary>
    public static Task Write(HttpContext context, int status, Message title, Message? detail)
    {
        var language = ApiLanguage.Of(context);
        context.Response.StatusCode = status;
        context.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
        return context.Response.WriteAsJsonAsync(new ProblemDetails { Status = status, Title = title.In(language), Detail = detail?.In(language) },
            (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json");
    }

    /// <summary>A result rendered when it runs, in the language of the request it answers.</summary>
    private sealed class Rendered(Func<Language, IResult> render) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.Append(HeaderNames.Vary, HeaderNames.AcceptLanguage);
            return render(ApiLanguage.Of(httpContext)).ExecuteAsync(httpContext);
        }
    }
}
