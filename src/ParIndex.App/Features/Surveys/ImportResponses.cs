using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Surveys;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// Imports responses from a CSV or XLSX file as KoboToolbox/ODK export it (see <see cref="AnswerColumns"/>): one row
/// per response, choices by code or label, a multiple choice space-separated. The file is read twice, streaming, so
/// memory does not grow with it: the first pass checks every row and collects every problem (line, column, why) —
/// any problem refuses the whole file; the second writes all new responses in one transaction, in batches. A
/// respondent id already stored with the same answers is skipped, so importing the same file again adds nothing;
/// stored with different answers it is a problem (the file and the database disagree).
/// </summary>
public sealed record ImportResponses(string Survey, string File);

public sealed record ResponsesImported(int Added, int Unchanged)
{
    public int Total => Added + Unchanged;
}

public sealed class ImportResponsesHandler(AppDbContext db, TimeProvider clock)
{
    private const int Batch = 1000;
    private const int MaxProblems = 10_000;

    public async Task<ResponsesImported> HandleAsync(Actor actor, ImportResponses request, CancellationToken ct = default)
    {
        Access.Require(actor, "nhập phiếu khảo sát / import survey responses", Role.Admin, Role.Secretariat);
        var survey = await SurveyData.LoadAsync(db, request.Survey, ct);
        var questionnaire = SurveyData.Questionnaire(survey);
        var units = await SurveyData.UnitCodesAsync(db, ct);
        var stored = await db.SurveyResponses.Where(r => r.SurveyId == survey.Id)
            .ToDictionaryAsync(r => r.RespondentId, r => r.AnswersJson, StringComparer.Ordinal, ct);

        var problems = new List<ImportProblem>();
        var inFile = new Dictionary<string, int>(StringComparer.Ordinal);
        int added = 0, unchanged = 0;
        foreach (var (respondent, line) in Read(questionnaire, request.File, units, problems))
        {
            if (problems.Count >= MaxProblems) break;
            if (respondent is null) continue;
            if (inFile.TryGetValue(respondent.Id, out var first))
            {
                problems.Add(new ImportProblem(request.File, $"respondent id '{Excerpt.Of(respondent.Id)}' is also on line {first}", line));
                continue;
            }
            inFile[respondent.Id] = line;
            if (!stored.TryGetValue(respondent.Id, out var json)) added++;
            else if (json == AnswersJson.Write(questionnaire, respondent.Answers)) unchanged++;
            else problems.Add(new ImportProblem(request.File, $"respondent id '{Excerpt.Of(respondent.Id)}' is already stored with other answers", line));
        }
        if (problems.Count >= MaxProblems) problems.Add(new ImportProblem(request.File, $"stopped after {MaxProblems} problems"));
        ImportException.ThrowIfAny(problems);
        if (added == 0) return new ResponsesImported(0, unchanged);

        var now = Moment.Of(clock.GetUtcNow());
        await db.WriteAsync(async () =>
        {
            var pending = 0;
            foreach (var (respondent, _) in Read(questionnaire, request.File, units, problems))
            {
                if (respondent is null || stored.ContainsKey(respondent.Id)) continue;
                db.SurveyResponses.Add(new SurveyResponse
                {
                    SurveyId = survey.Id, UnitCode = respondent.Unit, Respondent = respondent.Type, RespondentId = respondent.Id,
                    AnswersJson = AnswersJson.Write(questionnaire, respondent.Answers), Source = ResponseSource.Import, ReceivedAt = now,
                });
                if (++pending < Batch) continue;
                await db.SaveChangesAsync(ct);
                db.ChangeTracker.Clear();
                pending = 0;
            }
            // The file changed between the passes: refuse rather than write what was not checked.
            ImportException.ThrowIfAny(problems);
            AuditLog.Record(db, actor, now, "survey.import", "Survey", survey.Code, null,
                $"{added} phiếu mới, {unchanged} đã có / {added} new, {unchanged} already stored", Path.GetFileName(request.File));
        }, ct);
        return new ResponsesImported(added, unchanged);
    }

    private static IEnumerable<(Respondent? Respondent, int Line)> Read(Questionnaire questionnaire, string file,
        IReadOnlyDictionary<string, string> units, List<ImportProblem> problems)
    {
        AnswerColumns? columns = null;
        var spreadsheet = Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        foreach (var (line, cells) in AnswerFile.Rows(file))
        {
            if (columns is null)
            {
                columns = AnswerColumns.Read(questionnaire, cells, file, spreadsheet, line, problems);
                if (problems.Count > 0) yield break;
                continue;
            }
            yield return (AnswerRow.Read(questionnaire, columns, line, cells, file, units, problems), line);
        }
        if (columns is null) problems.Add(new ImportProblem(file, "the file is empty: expected a header row", 1));
    }
}
