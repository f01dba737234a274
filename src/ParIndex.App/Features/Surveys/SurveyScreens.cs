using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Features.Surveys;

/// <summary>A question as a screen shows it: <see cref="Conditional"/> when its show-if reads an answer on the same screen (the form says when to answer it).</summary>
public sealed record ScreenQuestion(Question Question, bool Conditional);

/// <summary>
/// The screens of a web survey: one per section with a question for the respondent. On a screen, a question is shown
/// unless its show-if, reading earlier screens only, is false; one whose show-if reads the same screen is shown with
/// its condition, and its answer is ignored when the condition turns out false.
/// </summary>
internal sealed record SurveyScreens(SurveyInvitation Invitation, Survey Survey, Questionnaire Questionnaire)
{
    public static async Task<SurveyScreens> LoadAsync(AppDbContext db, string token, CancellationToken ct)
    {
        var hash = SurveyToken.Hash(token ?? "");
        var invitation = await db.SurveyInvitations.SingleOrDefaultAsync(i => i.Sha256 == hash, ct)
            ?? throw new NotFoundException(NotFoundMessages.SurveyLink());
        var survey = await db.Surveys.AsNoTracking().SingleAsync(s => s.Id == invitation.SurveyId, ct);
        return new SurveyScreens(invitation, survey, SurveyData.Questionnaire(survey));
    }

    public IReadOnlyList<Section> Sections =>
        [.. Questionnaire.Sections.Where(s => s.Questions.Any(q => Questionnaire.IsFor(q, Invitation.Respondent)))];

    public IReadOnlyList<ScreenQuestion> Visible(int screen, IReadOnlyDictionary<string, string[]> answers)
    {
        var section = Sections[screen];
        var here = section.Questions.Select(q => q.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var visible = new List<ScreenQuestion>();
        foreach (var q in section.Questions.Where(q => Questionnaire.IsFor(q, Invitation.Respondent)))
        {
            var sameScreen = q.ShowIf?.Questions.Any(here.Contains) ?? false;
            if (sameScreen || q.ShowIf is null || q.ShowIf.Holds(answers)) visible.Add(new ScreenQuestion(q, sameScreen));
        }
        return visible;
    }

    /// <summary>The first screen at or after <paramref name="from"/> with a question to show, or null when there is none.</summary>
    public int? NextWithQuestions(int from, IReadOnlyDictionary<string, string[]> answers)
    {
        for (var i = from; i < Sections.Count; i++)
            if (Visible(i, answers).Count > 0) return i;
        return null;
    }
}
