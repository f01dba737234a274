using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Surveys;

/// <summary>Loading a survey and computing its measures from the stored responses, shared by the survey use cases.</summary>
public static class SurveyData
{
    public static async Task<Survey> LoadAsync(AppDbContext db, string code, CancellationToken ct) =>
        await db.Surveys.AsNoTracking().SingleOrDefaultAsync(s => s.Code == code, ct)
        ?? throw new NotFoundException(NotFoundMessages.Survey(code));

    /// <summary>Every unit code, any case → the code as stored.</summary>
    public static async Task<Dictionary<string, string>> UnitCodesAsync(AppDbContext db, CancellationToken ct)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var code in await db.Units.Select(u => u.Code).ToListAsync(ct)) codes.TryAdd(code, code);
        return codes;
    }

    public static Questionnaire Questionnaire(Survey survey) => QuestionnaireJson.Read(survey.QuestionnaireJson, survey.Code);

    public static SurveyOptions Options(Survey survey) => new((double)survey.Threshold, survey.MinRespondents);

    /// <summary>
    /// The survey's measures per unit, per unit group and overall, with design weights N_h / n_h from the stored
    /// populations (every weight 1 when there are none). Responses are streamed from the database, never all held.
    /// </summary>
    public static async Task<SurveyResults> ComputeAsync(AppDbContext db, Survey survey, CancellationToken ct)
    {
        var counts = await db.SurveyResponses.Where(r => r.SurveyId == survey.Id)
            .GroupBy(r => new { r.UnitCode, r.Respondent }).Select(g => new { g.Key.UnitCode, g.Key.Respondent, Count = g.LongCount() }).ToListAsync(ct);
        var (weights, problems) = Weights.Design(counts.ToDictionary(c => new Stratum(c.UnitCode, c.Respondent), c => c.Count), PopulationFile.Parse(survey.PopulationsJson));
        if (problems.Count > 0)
            throw new WorkflowException($"Chưa tính được trọng số của khảo sát {survey.Code}: {string.Join("; ", problems)} / Survey {survey.Code} cannot be weighted: {string.Join("; ", problems)}");
        var groups = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Group, ct);
        var calculator = new SurveyCalculator(Questionnaire(survey), Options(survey), unit => groups.GetValueOrDefault(unit));
        await foreach (var r in db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
            .Select(r => new { r.RespondentId, r.UnitCode, r.Respondent, r.AnswersJson }).AsAsyncEnumerable().WithCancellation(ct))
            calculator.Add(new Respondent(r.RespondentId, r.UnitCode, r.Respondent, AnswersJson.Read(r.AnswersJson)), weights[new Stratum(r.UnitCode, r.Respondent)]);
        return calculator.Results();
    }
}
