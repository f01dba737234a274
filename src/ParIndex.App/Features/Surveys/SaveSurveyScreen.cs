using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// Saves one screen of a web survey (the token is the credential). The screen's answers are checked on the server
/// with the answers of the screens before it: a shown required question needs an answer, choices and scores must be
/// valid; answers to questions their condition hides are ignored (and named). Nothing is saved while anything is
/// wrong. After the last screen the whole response is checked once more and stored as the unit's response, with the
/// link spent: one response per link.
/// </summary>
public sealed record SaveSurveyScreen(string Token, int Screen, IReadOnlyDictionary<string, string?> Answers);

/// <param name="Next">The screen to show next; null once submitted or when there are problems.</param>
public sealed record SurveyScreenSaved(bool Submitted, int? Next, IReadOnlyList<SurveyProblem> Problems, IReadOnlyList<string> Ignored);

public sealed class SaveSurveyScreenHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SurveyScreenSaved> HandleAsync(SaveSurveyScreen request, CancellationToken ct = default)
    {
        var screens = await SurveyScreens.LoadAsync(db, request.Token, ct);
        var invitation = screens.Invitation;
        if (invitation.SubmittedAt is not null)
            throw new ConflictException(NotFoundMessages.SurveySent(), invitation.Version, null);
        var saved = AnswersJson.Read(invitation.AnswersJson);
        if (request.Screen < 0 || request.Screen >= screens.Sections.Count || request.Screen > invitation.ScreensDone)
            throw new NotFoundException(NotFoundMessages.SurveyScreen(request.Screen + 1));

        var section = screens.Sections[request.Screen];
        var here = section.Questions.Select(q => q.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var given = saved.Where(a => !here.Contains(a.Key)).ToDictionary(a => a.Key, a => (string?)string.Join(' ', a.Value), StringComparer.OrdinalIgnoreCase);
        foreach (var code in here)
            given[code] = request.Answers.TryGetValue(code, out var v) ? v : null;

        var upToHere = screens.Questionnaire with { Sections = [.. screens.Questionnaire.Sections.TakeWhile(s => s != section), section] };
        var later = given.Where(g => upToHere.Find(g.Key) is null).ToDictionary(g => g.Key, g => g.Value, StringComparer.OrdinalIgnoreCase);
        var (answers, problems, ignored) = ResponseValidator.CheckIgnoringHidden(upToHere, invitation.Respondent,
            given.Where(g => upToHere.Find(g.Key) is not null).ToDictionary(g => g.Key, g => g.Value, StringComparer.OrdinalIgnoreCase));
        var onScreen = problems.Where(p => p.Question is not null && here.Contains(p.Question)).ToList();
        if (onScreen.Count > 0) return new SurveyScreenSaved(false, null, onScreen, ignored);

        foreach (var (code, value) in later)
            if (!string.IsNullOrWhiteSpace(value)) answers[code] = value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var next = screens.NextWithQuestions(request.Screen + 1, answers);
        var now = clock.GetUtcNow();
        if (next is null)
        {
            var (final, finalProblems, finalIgnored) = ResponseValidator.CheckIgnoringHidden(screens.Questionnaire, invitation.Respondent,
                answers.ToDictionary(a => a.Key, a => (string?)string.Join(' ', a.Value), StringComparer.OrdinalIgnoreCase));
            if (finalProblems.Count > 0) return new SurveyScreenSaved(false, null, finalProblems, finalIgnored);
            answers = final;
            ignored = [.. ignored.Concat(finalIgnored).Distinct()];
        }

        invitation.AnswersJson = AnswersJson.Write(screens.Questionnaire, answers);
        invitation.ScreensDone = Math.Max(invitation.ScreensDone, next ?? screens.Sections.Count);
        invitation.Version++;
        try
        {
            await db.WriteAsync(() =>
            {
                if (next is not null) return Task.CompletedTask;
                invitation.SubmittedAt = Moment.Of(now);
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyId = invitation.SurveyId, UnitCode = invitation.UnitCode, Respondent = invitation.Respondent,
                    RespondentId = $"web-{invitation.Id}", AnswersJson = invitation.AnswersJson, Source = ResponseSource.Web, ReceivedAt = Moment.Of(now),
                });
                AuditLog.Record(db, Actor.Of($"{Audit.AuditActors.SurveyRespondentPrefix}{invitation.Id}", "Người trả lời khảo sát", null), now, "survey.respond", "Survey",
                    screens.Survey.Code, null, $"web-{invitation.Id} ({invitation.UnitCode})");
                return Task.CompletedTask;
            }, ct);
        }
        catch (DbUpdateException e) when (ScoreLedger.IsRace(e))
        {
            throw new ConflictException(NotFoundMessages.SurveySavedElsewhere(), invitation.Version, null);
        }
        return new SurveyScreenSaved(next is null, next, [], ignored);
    }
}
