using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Surveys;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// One screen of a web survey for the holder of a link (no account: the token is the credential). Without a screen
/// number, the first screen not yet saved, so a respondent who left comes back where they stopped; a respondent may go
/// back to any saved screen, not ahead of the first unsaved one.
/// </summary>
public sealed record GetSurveyScreen(string Token, int? Screen = null);

/// <param name="SurveyNameEn">The questionnaire's English name, if it has one.</param>
public sealed record SurveyScreenView(
    string SurveyName, string? SurveyNameEn, string UnitCode, string UnitName, RespondentType Respondent, bool Submitted,
    int Screen, int Screens, Section? Section, IReadOnlyList<ScreenQuestion> Questions, IReadOnlyDictionary<string, string> Answers);

public sealed class GetSurveyScreenHandler(AppDbContext db)
{
    public async Task<SurveyScreenView> HandleAsync(GetSurveyScreen request, CancellationToken ct = default)
    {
        var screens = await SurveyScreens.LoadAsync(db, request.Token, ct);
        var invitation = screens.Invitation;
        var unitName = await db.Units.Where(u => u.Code == invitation.UnitCode).Select(u => u.Name).SingleAsync(ct);
        var answers = AnswersJson.Read(invitation.AnswersJson);
        var text = answers.ToDictionary(a => a.Key, a => string.Join(' ', a.Value), StringComparer.OrdinalIgnoreCase);
        var count = screens.Sections.Count;
        if (invitation.SubmittedAt is not null)
            return new SurveyScreenView(screens.Survey.Name, screens.Questionnaire.NameEn, invitation.UnitCode, unitName, invitation.Respondent, true, count, count, null, [], text);
        var furthest = screens.NextWithQuestions(Math.Min(invitation.ScreensDone, count), answers) ?? screens.NextWithQuestions(0, answers) ?? 0;
        var screen = request.Screen is { } asked && asked >= 0 && asked <= furthest && screens.Visible(asked, answers).Count > 0 ? asked : furthest;
        return new SurveyScreenView(screens.Survey.Name, screens.Questionnaire.NameEn, invitation.UnitCode, unitName, invitation.Respondent, false,
            screen, count, screens.Sections[screen], screens.Visible(screen, answers), text);
    }
}
