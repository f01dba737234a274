using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Security;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// Defines a survey from a questionnaire file (.json or .xlsx), or updates one: its code (default the questionnaire's),
/// year, satisfaction threshold (1–5, default 4), minimum respondents per unit (default 30) and, optionally, a file of
/// stratum populations (<c>unit,respondent,population</c>) for design weights. Once responses exist the questions can
/// no longer change (the same questionnaire may be defined again to change the settings).
/// </summary>
public sealed record DefineSurvey(string File, int Year, string? Code = null, decimal Threshold = 4m, int MinRespondents = 30, string? PopulationsFile = null);

public sealed record SurveyDefined(string Code, string Name, int Questions, bool Created, string Sha256);

public sealed class DefineSurveyHandler(AppDbContext db, TimeProvider clock)
{
    public async Task<SurveyDefined> HandleAsync(Actor actor, DefineSurvey request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.DefineSurvey, Role.Admin, Role.Secretariat);
        if (request.Threshold is < 1m or > 5m)
            throw new WorkflowException(SurveyMessages.Threshold(request.Threshold));
        if (request.MinRespondents < 1)
            throw new WorkflowException(SurveyMessages.MinRespondents());
        var questionnaire = QuestionnaireFiles.Load(request.File);
        var json = QuestionnaireJson.Write(questionnaire);
        var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(json)));
        var populations = request.PopulationsFile is { } file ? PopulationFile.Read(file, await SurveyData.UnitCodesAsync(db, ct)) : null;
        var code = (request.Code ?? questionnaire.Code).Trim();
        if (code.Length is 0 or > Survey.MaxCode)
            throw new ImportException([new ImportProblem(request.Code is null ? request.File : "--code",
                SurveyMessages.CodeLength(Survey.MaxCode), Column: "code")]);
        var now = clock.GetUtcNow();

        return await db.WriteAsync(async () =>
        {
            var survey = await db.Surveys.SingleOrDefaultAsync(s => s.Code == code, ct);
            var created = survey is null;
            if (survey is null)
            {
                survey = new Survey { Code = code, Name = questionnaire.Name, QuestionnaireJson = json, Sha256 = sha, CreatedAt = Moment.Of(now) };
                db.Surveys.Add(survey);
            }
            else if (survey.Sha256 != sha && await db.SurveyResponses.AnyAsync(r => r.SurveyId == survey.Id, ct))
                throw new ConflictException(NotFoundMessages.SurveyHasResponses(code), 0, survey.Sha256);
            var old = created ? null : $"{survey.Sha256[..12]} {survey.Year} ≥{survey.Threshold} n≥{survey.MinRespondents}";
            survey.Name = questionnaire.Name;
            survey.QuestionnaireJson = json;
            survey.Sha256 = sha;
            survey.Year = request.Year;
            survey.Threshold = request.Threshold;
            survey.MinRespondents = request.MinRespondents;
            survey.PopulationsJson = populations ?? survey.PopulationsJson;
            survey.UpdatedAt = Moment.Of(now);
            AuditLog.Record(db, actor, now, created ? "survey.define" : "survey.update", "Survey", code, old,
                $"{sha[..12]} {request.Year} ≥{request.Threshold} n≥{request.MinRespondents}");
            return new SurveyDefined(code, questionnaire.Name, questionnaire.Questions.Count(), created, sha);
        }, ct);
    }
}
