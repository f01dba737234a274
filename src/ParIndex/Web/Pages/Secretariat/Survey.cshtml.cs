using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Dashboard;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Files;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Surveys;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary>
/// <c>/quan-tri/khao-sat/{id}</c>: one survey — issue web links (shown once; then as CSV, Excel or a printable sheet
/// with QR codes), import a Kobo/ODK answers file, its response counts and indicators with 95 % intervals (also as
/// CSV), and applying it to a period's survey-derived sub-criteria. Every step is a use case; the page carries files.
/// </summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class SurveyModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string InviteForm = "invite";
    public const string AnswersForm = "answers";
    public const string ApplyForm = "apply";

    public SurveyRow Survey { get; private set; } = null!;

    public SurveyResultsView? Results { get; private set; }

    /// <summary>Why the measures cannot be computed now (e.g. a stratum without its population), or null.</summary>
    public string? ResultsRefused { get; private set; }

    public IReadOnlyList<UnitRow> Units { get; private set; } = [];

    public IReadOnlyList<PeriodSummary> Periods { get; private set; } = [];

    /// <summary>The links just issued: shown on this response only.</summary>
    public IReadOnlyList<SurveyLink> Issued { get; private set; } = [];

    public ResponsesImported? Imported { get; private set; }

    public SurveyApplied? Applied { get; private set; }

    [BindProperty]
    public string? UnitCode { get; set; }

    [BindProperty]
    public RespondentType Respondent { get; set; } = RespondentType.Citizen;

    [BindProperty]
    public int Count { get; set; } = 10;

    public string BaseUrl => $"{Request.Scheme}://{Request.Host}";

    public Task<IActionResult> OnGetAsync(int id, CancellationToken ct) => RunAsync(() => ShowAsync(id, ct), () => ShowAsync(id, ct));

    public Task<IActionResult> OnPostInviteAsync(int id, CancellationToken ct) => RunAsync(async () =>
    {
        var survey = await LoadAsync(id, ct);
        var tokens = await new IssueSurveyInvitationsHandler(Db, clock).HandleAsync(Actor, new IssueSurveyInvitations(survey.Code, UnitCode ?? "", Respondent, Count), ct);
        Issued = await new ReadSurveyLinksHandler(Db).HandleAsync(Actor, new ReadSurveyLinks(id, tokens), ct);
        return await ShowAsync(id, ct);
    }, () => ShowAsync(id, ct), InviteForm);

    /// <summary>
    /// The links just shown, as <paramref name="format"/> csv, xlsx or print (a sheet of QR codes). The tokens come back
    /// from the page; only those still open links of this survey are kept.
    /// </summary>
    public Task<IActionResult> OnPostLinksAsync(int id, string[] token, string format, CancellationToken ct) => RunAsync(async () =>
    {
        var survey = await LoadAsync(id, ct);
        var links = await new ReadSurveyLinksHandler(Db).HandleAsync(Actor, new ReadSurveyLinks(id, token), ct);
        var name = $"duong-dan-khao-sat-{survey.Code}";
        switch (format)
        {
            case "print":
                return Partial("_SurveyLinksPrint", new SurveyLinksPrint(survey, links, BaseUrl));
            case "xlsx":
                return File(XlsxWriter.Write([new Sheet("Đường dẫn", [LinkHeader, .. links.Select(l => (IReadOnlyList<object?>)LinkRow(l))])]),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");
            default:
                return File(CsvOutput.Bytes(csv =>
                {
                    csv.Row([.. LinkHeader.Select(h => (string?)h)]);
                    foreach (var l in links) csv.Row([.. LinkRow(l).Select(v => (string?)v)]);
                }, byteOrderMark: true), "text/csv; charset=utf-8", name + ".csv");
        }
    }, () => ShowAsync(id, ct), InviteForm);

    /// <summary>A KoboToolbox/ODK answers file (CSV or XLSX): all of it or nothing, each problem by row and column.</summary>
    public Task<IActionResult> OnPostAnswersAsync(int id, IFormFile? file, CancellationToken ct) => RunAsync(async () =>
    {
        var survey = await LoadAsync(id, ct);
        if (file is not { Length: > 0 })
            ModelState.AddModelError(AnswersForm, NoFile(L("Hãy chọn tệp phiếu trả lời (.csv hoặc .xlsx)", "Choose the answers file (.csv or .xlsx)")));
        else
            Imported = await Uploads.ImportAsync(file, path => new ImportResponsesHandler(Db, clock).HandleAsync(Actor, new ImportResponses(survey.Code, path), ct), ct);
        return await ShowAsync(id, ct);
    }, () => ShowAsync(id, ct), AnswersForm);

    public Task<IActionResult> OnPostApplyAsync(int id, int periodId, CancellationToken ct) => RunAsync(async () =>
    {
        var survey = await LoadAsync(id, ct);
        Applied = await new ApplySurveyHandler(Db, clock).HandleAsync(Actor, new ApplySurvey(survey.Code, periodId), ct);
        return await ShowAsync(id, ct);
    }, () => ShowAsync(id, ct), ApplyForm);

    /// <summary>The measures as the CLI's <c>survey results</c> writes them.</summary>
    public Task<IActionResult> OnGetResultsAsync(int id, CancellationToken ct) => RunAsync(async () =>
    {
        var survey = await LoadAsync(id, ct);
        var view = await new GetSurveyResultsHandler(Db).HandleAsync(Actor, new GetSurveyResults(survey.Code), ct);
        return File(System.Text.Encoding.UTF8.GetBytes(SurveyResultsFile.Csv(view)), "text/csv; charset=utf-8", $"ket-qua-khao-sat-{survey.Code}.csv");
    }, () => ShowAsync(id, ct));

    private static readonly string[] LinkHeader = ["unit", "unit_name", "respondent", "link"];

    private string[] LinkRow(SurveyLink l) => [l.UnitCode, l.UnitName, SurveyText.Name(l.Respondent), $"{BaseUrl}/khao-sat/{l.Token}"];

    private async Task<SurveyRow> LoadAsync(int id, CancellationToken ct) =>
        Survey = (await new ListSurveysHandler(Db).HandleAsync(Actor, new ListSurveys(id), ct)).SingleOrDefault()
            ?? throw new NotFoundException(NotFoundMessages.Survey(id.ToString(CultureInfo.InvariantCulture)));

    private async Task<IActionResult> ShowAsync(int id, CancellationToken ct)
    {
        var survey = await LoadAsync(id, ct);
        try
        {
            Results = await new GetSurveyResultsHandler(Db).HandleAsync(Actor, new GetSurveyResults(survey.Code), ct);
        }
        catch (WorkflowException e)
        {
            ResultsRefused = e.Message;
        }
        Units = (await new ListUnitsHandler(Db).HandleAsync(Actor, new ListUnits(), ct)).Units;
        Periods = await new ListPeriodsHandler(Db).HandleAsync(new ListPeriods(), ct);
        return Page();
    }
}

/// <summary>What the printable sheet of links shows.</summary>
public sealed record SurveyLinksPrint(SurveyRow Survey, IReadOnlyList<SurveyLink> Links, string BaseUrl);
