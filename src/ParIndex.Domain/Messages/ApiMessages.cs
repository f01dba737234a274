namespace ParIndex.Domain.Messages;

/// <summary>The JSON API's own titles and details of its problem answers.</summary>
public static class ApiMessages
{
    public static Message Forbidden() => new("api.forbidden");

    public static Message NotFound() => new("api.not-found");

    public static Message Conflict() => new("api.conflict");

    public static Message NotNow() => new("api.not-now");

    public static Message Invalid() => new("api.invalid");

    public static Message NeedsJson() => new("api.needs-json");

    public static Message NeedsJsonDetail() => new("api.needs-json-detail");

    public static Message BadRequest() => new("api.bad-request");

    public static Message BadRequestDetail() => new("api.bad-request-detail");

    public static Message NoAddress() => new("api.no-address");

    public static Message MethodNotAllowed() => new("api.method-not-allowed");

    public static Message Error() => new("api.error");

    public static Message ServerError() => new("api.server-error");

    public static Message ServerErrorDetail() => new("api.server-error-detail");

    public static Message NotAuthenticated() => new("api.not-authenticated");

    public static Message NotAuthenticatedDetail() => new("api.not-authenticated-detail");

    public static Message Antiforgery() => new("api.antiforgery");

    public static Message AntiforgeryDetail() => new("api.antiforgery-detail");

    public static Message BadParameters() => new("api.bad-parameters");

    public static Message AnalysisParameters() => new("api.analysis-parameters");

    public static Message ChooseGroup() => new("api.choose-group");

    public static Message CsvNeeded() => new("api.csv-needed");

    /// <summary>A value that is none of the choices: "“xlsx2”: chọn một trong Csv, Xlsx, Json".</summary>
    public static Message ChooseOne(string typed, IReadOnlyList<string> choices) => new("api.choose-one", new Typed(typed), new Listing([.. choices], int.MaxValue));
}
