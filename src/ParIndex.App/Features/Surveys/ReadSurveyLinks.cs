using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// The web survey links just issued, to send out or print: the tokens come back from the secretariat's own page
/// (only their hashes are stored), and each is kept only while it is an unanswered link of survey
/// <see cref="SurveyId"/>, with the unit it is about (its name for the printed sheet) and the respondent type.
/// </summary>
public sealed record ReadSurveyLinks(int SurveyId, IReadOnlyList<string> Tokens);

public sealed record SurveyLink(string Token, string UnitCode, string UnitName, RespondentType Respondent);

public sealed class ReadSurveyLinksHandler(AppDbContext db)
{
    public const int MaxTokens = IssueSurveyInvitationsHandler.MaxCount;

    public async Task<IReadOnlyList<SurveyLink>> HandleAsync(Actor actor, ReadSurveyLinks request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.IssueSurveyLinks, Role.Admin, Role.Secretariat);
        var tokens = request.Tokens.Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim()).Distinct().Take(MaxTokens).ToList();
        var hashes = tokens.Select(SurveyToken.Hash).ToList();
        var open = await db.SurveyInvitations.AsNoTracking()
            .Where(i => i.SurveyId == request.SurveyId && i.SubmittedAt == null && hashes.Contains(i.Sha256))
            .Select(i => new { i.Sha256, i.UnitCode, i.Respondent }).ToListAsync(ct);
        var codes = open.Select(i => i.UnitCode).Distinct().ToList();
        var names = await db.Units.AsNoTracking().Where(u => codes.Contains(u.Code)).ToDictionaryAsync(u => u.Code, u => u.Name, ct);
        var found = open.ToDictionary(i => i.Sha256);
        return [.. tokens.Where(t => found.ContainsKey(SurveyToken.Hash(t))).Select(t =>
        {
            var i = found[SurveyToken.Hash(t)];
            return new SurveyLink(t, i.UnitCode, names.GetValueOrDefault(i.UnitCode, i.UnitCode), i.Respondent);
        })];
    }
}
