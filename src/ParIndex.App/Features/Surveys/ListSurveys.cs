using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// The surveys for the secretariat, newest year first, each with how many questions it asks, how many responses are
/// stored (imported and answered on the web) and how many web links were issued and answered; or only the survey
/// <see cref="Id"/>.
/// </summary>
public sealed record ListSurveys(int? Id = null);

public sealed record SurveyRow(int Id, string Code, string Name, int Year, int Questions, decimal Threshold, int MinRespondents, bool Weighted,
    int Responses, int LinksIssued, int LinksAnswered);

public sealed class ListSurveysHandler(AppDbContext db)
{
    public async Task<IReadOnlyList<SurveyRow>> HandleAsync(Actor actor, ListSurveys request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ListSurveys, Role.Admin, Role.Secretariat);
        var surveys = await db.Surveys.AsNoTracking().Where(s => request.Id == null || s.Id == request.Id).ToListAsync(ct);
        var ids = surveys.Select(s => s.Id).ToList();
        var responses = await db.SurveyResponses.Where(r => ids.Contains(r.SurveyId)).GroupBy(r => r.SurveyId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        var links = await db.SurveyInvitations.Where(i => ids.Contains(i.SurveyId)).GroupBy(i => i.SurveyId)
            .Select(g => new { g.Key, Issued = g.Count(), Answered = g.Count(i => i.SubmittedAt != null) }).ToDictionaryAsync(g => g.Key, ct);
        return [.. surveys.OrderByDescending(s => s.Year).ThenBy(s => s.Code, StringComparer.Ordinal).Select(s => new SurveyRow(
            s.Id, s.Code, s.Name, s.Year, SurveyData.Questionnaire(s).Questions.Count(), s.Threshold, s.MinRespondents, s.PopulationsJson is not null,
            responses.GetValueOrDefault(s.Id), links.TryGetValue(s.Id, out var l) ? l.Issued : 0, links.TryGetValue(s.Id, out var a) ? a.Answered : 0))];
    }
}
