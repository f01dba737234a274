using Microsoft.AspNetCore.Mvc;
using ParIndex.App.Data;
using ParIndex.App.Features.Surveys;

namespace ParIndex.Web.Pages.Secretariat;

/// <summary><c>/quan-tri/khao-sat</c>: the surveys with their responses and links, and defining one from its questionnaire file.</summary>
[RequestSizeLimit(Uploads.MaxBytes)]
public sealed class SurveysModel(AppDbContext db, TimeProvider clock) : WorkPage(db)
{
    public const string Form = "define";

    public IReadOnlyList<SurveyRow> Surveys { get; private set; } = [];

    [BindProperty]
    public int Year { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    [BindProperty]
    public decimal Threshold { get; set; } = 4m;

    [BindProperty]
    public int MinRespondents { get; set; } = 30;

    public Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        Year = clock.GetUtcNow().Year;
        return RunAsync(() => ShowAsync(ct), () => ShowAsync(ct));
    }

    /// <summary>Defines (or updates) a survey from the questionnaire, with the stratum populations when given; then opens it.</summary>
    public Task<IActionResult> OnPostAsync(IFormFile? file, IFormFile? populations, CancellationToken ct) => RunAsync(async () =>
    {
        if (file is not { Length: > 0 })
        {
            ModelState.AddModelError(Form, NoFile(L("Hãy chọn tệp phiếu khảo sát (.json hoặc .xlsx)", "Choose the questionnaire file (.json or .xlsx)")));
            return await ShowAsync(ct);
        }
        Task<SurveyDefined> Define(string questionnaire, string? populationsFile) =>
            new DefineSurveyHandler(Db, clock).HandleAsync(Actor, new DefineSurvey(questionnaire, Year, string.IsNullOrWhiteSpace(Code) ? null : Code, Threshold, MinRespondents, populationsFile), ct);
        var defined = await Uploads.ImportAsync(file, path => populations is { Length: > 0 }
            ? Uploads.ImportAsync(populations, p => Define(path, p), ct)
            : Define(path, null), ct);
        var id = (await new ListSurveysHandler(Db).HandleAsync(Actor, new ListSurveys(), ct)).Single(s => s.Code == defined.Code).Id;
        TempData["Done"] = defined.Created
            ? L($"Đã tạo khảo sát {defined.Code}: {defined.Questions} câu hỏi", $"Survey {defined.Code} created: {defined.Questions} questions")
            : L($"Đã cập nhật khảo sát {defined.Code}", $"Survey {defined.Code} updated");
        return Redirect($"/quan-tri/khao-sat/{id}");
    }, () => ShowAsync(ct), Form);

    private async Task<IActionResult> ShowAsync(CancellationToken ct)
    {
        Surveys = await new ListSurveysHandler(Db).HandleAsync(Actor, new ListSurveys(), ct);
        return Page();
    }
}
