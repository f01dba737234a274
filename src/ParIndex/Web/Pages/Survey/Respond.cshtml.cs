using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.Web.Pages.Survey;

/// <summary>
/// The public survey form <c>/khao-sat/{token}</c>: no account, the link's token is the credential. One section per
/// screen (<c>?trang=N</c>), checked on the server; skip logic hides questions whose conditions read earlier screens;
/// answers are saved screen by screen, so a respondent can leave and come back; the last screen sends the response.
/// </summary>
public sealed class RespondModel(AppDbContext db, TimeProvider clock, Texts texts) : PageModel
{
    public const string Prefix = "q.";

    public SurveyScreenView View { get; private set; } = null!;

    /// <summary>What the form shows in each field: the posted value after a refused save, else the saved answer.</summary>
    public IReadOnlyDictionary<string, string> Values { get; private set; } = new Dictionary<string, string>();

    public async Task<IActionResult> OnGetAsync(string token, int? trang, CancellationToken ct)
    {
        try
        {
            View = await new GetSurveyScreenHandler(db).HandleAsync(new GetSurveyScreen(token, trang - 1), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        Values = View.Answers;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string token, int trang, CancellationToken ct)
    {
        var answers = Request.Form.Keys.Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
            .ToDictionary(k => k[Prefix.Length..], k => (string?)string.Join(' ', Request.Form[k].Where(v => !string.IsNullOrWhiteSpace(v))), StringComparer.OrdinalIgnoreCase);
        SurveyScreenSaved saved;
        try
        {
            saved = await new SaveSurveyScreenHandler(db, clock).HandleAsync(new SaveSurveyScreen(token, trang - 1, answers), ct);
        }
        catch (NotFoundException)
        {
            return NotFound();
        }
        catch (ConflictException e)
        {
            ModelState.AddModelError("", e.Message);
            return await OnGetAsync(token, trang, ct);
        }
        if (saved.Problems.Count == 0)
            return Redirect(saved.Submitted ? $"/khao-sat/{Uri.EscapeDataString(token)}" : $"/khao-sat/{Uri.EscapeDataString(token)}?trang={saved.Next + 1}");

        foreach (var p in saved.Problems) ModelState.AddModelError(Prefix + (p.Question ?? ""), Message(p));
        View = await new GetSurveyScreenHandler(db).HandleAsync(new GetSurveyScreen(token, trang - 1), ct);
        var values = View.Answers.ToDictionary(a => a.Key, a => a.Value, StringComparer.OrdinalIgnoreCase);
        foreach (var (code, value) in answers) values[code] = value ?? "";
        Values = values;
        return Page();
    }

    public string Value(string code) => Values.TryGetValue(code, out var v) ? v : "";

    public bool Chosen(string code, string choice) => Value(code).Split(' ').Contains(choice, StringComparer.OrdinalIgnoreCase);

    public string? Error(string code) => ModelState[Prefix + code]?.Errors is { Count: > 0 } errors ? string.Join(" ", errors.Select(e => e.ErrorMessage)) : null;

    private string Message(SurveyProblem p) => p.Message switch
    {
        var m when m.StartsWith("a required question", StringComparison.Ordinal) => texts["Vui lòng trả lời câu hỏi này.", "Please answer this question."],
        var m when m.Contains("is not a score", StringComparison.Ordinal) => texts["Chọn một mức từ 1 đến 5.", "Choose a score from 1 to 5."],
        var m when m.Contains("is not one of the choices", StringComparison.Ordinal) => texts["Chọn trong các phương án đã cho.", "Choose one of the options given."],
        var m when m.Contains("is not a number", StringComparison.Ordinal) => texts["Nhập một số, ví dụ 3 hoặc 2.5.", "Enter a number, e.g. 3 or 2.5."],
        var m => m,
    };
}
