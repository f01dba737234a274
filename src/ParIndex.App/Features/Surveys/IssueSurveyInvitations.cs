using System.Security.Cryptography;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// The secretariat issues links to answer a survey about one unit, for one kind of respondent (1–1000 at a time). Each
/// token is 128 random bits, shown once (the link is <c>/khao-sat/{token}</c>) and stored only as its SHA-256.
/// </summary>
public sealed record IssueSurveyInvitations(string Survey, string UnitCode, RespondentType Respondent, int Count);

public sealed class IssueSurveyInvitationsHandler(AppDbContext db, TimeProvider clock)
{
    public const int MaxCount = 1000;

    public async Task<IReadOnlyList<string>> HandleAsync(Actor actor, IssueSurveyInvitations request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.IssueSurveyLinks, Role.Admin, Role.Secretariat);
        if (request.Count is < 1 or > MaxCount)
            throw new WorkflowException(SurveyMessages.InvitationCount(MaxCount));
        var survey = await SurveyData.LoadAsync(db, request.Survey, ct);
        if (!(await SurveyData.UnitCodesAsync(db, ct)).TryGetValue(request.UnitCode, out var unit))
            throw new NotFoundException(NotFoundMessages.Unit(request.UnitCode));
        var now = clock.GetUtcNow();
        var tokens = Enumerable.Range(0, request.Count).Select(_ => SurveyToken.New()).ToList();
        await db.WriteAsync(() =>
        {
            foreach (var token in tokens)
                db.SurveyInvitations.Add(new SurveyInvitation
                {
                    SurveyId = survey.Id, UnitCode = unit, Respondent = request.Respondent, Sha256 = SurveyToken.Hash(token),
                    AnswersJson = "{}", IssuedAt = Moment.Of(now),
                });
            AuditLog.Record(db, actor, now, "survey.invite", "Survey", survey.Code, null,
                $"{request.Count} phiếu cho {unit} ({SurveyText.Vi(request.Respondent)})");
            return Task.CompletedTask;
        }, ct);
        return tokens;
    }
}

/// <summary>A survey link's token: 22 URL-safe characters (128 random bits); only its SHA-256 is stored.</summary>
public static class SurveyToken
{
    public static string New() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string token) => Features.Tokens.ApiTokenText.Hash(token);
}
