using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Surveys;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Surveys;
using ParIndex.Domain.Workflow;
using ParIndex.Domain.Text;

namespace ParIndex.App.Features.Surveys;

/// <summary>
/// Imports responses from a CSV or XLSX file as KoboToolbox/ODK export it (see <see cref="AnswerColumns"/>): one row
/// per response, choices by code or label, a multiple choice space-separated. The file is read once, streaming, inside
/// one transaction: every row is checked (every problem collected with line, column and why) and, while none is found,
/// appended in batches (<see cref="ResponseBulkWriter"/>: binary COPY on PostgreSQL, multi-row inserts on SQLite). Any
/// problem refuses the whole file and the transaction is rolled back. Memory holds one row and a 16-byte digest per
/// respondent id, whatever the file's length. A respondent id already stored with the same answers is skipped, so
/// importing the same file again adds nothing; stored with different answers it is a problem (the file and the
/// database disagree).
/// </summary>
public sealed record ImportResponses(string Survey, string File);

public sealed record ResponsesImported(int Added, int Unchanged)
{
    public int Total => Added + Unchanged;
}

public sealed class ImportResponsesHandler(AppDbContext db, TimeProvider clock)
{
    private const int MaxProblems = 10_000;

    /// <param name="progress">Told the bytes of the file read, a few times a second.</param>
    public async Task<ResponsesImported> HandleAsync(Actor actor, ImportResponses request, CancellationToken ct = default, IProgress<WorkProgress>? progress = null)
    {
        Access.Require(actor, Act.ImportResponses, Role.Admin, Role.Secretariat);
        var survey = await SurveyData.LoadAsync(db, request.Survey, ct);
        var questionnaire = SurveyData.Questionnaire(survey);
        var units = await SurveyData.UnitCodesAsync(db, ct);
        var stored = new Dictionary<UInt128, UInt128>();
        await foreach (var r in db.SurveyResponses.AsNoTracking().Where(r => r.SurveyId == survey.Id)
                           .Select(r => new { r.RespondentId, r.AnswersJson }).AsAsyncEnumerable().WithCancellation(ct))
            stored[Digest(r.RespondentId)] = Digest(r.AnswersJson);

        var now = Moment.Of(clock.GetUtcNow());
        var problems = new List<ImportProblem>();
        int added = 0, unchanged = 0;
        await db.WriteAsync(async () =>
        {
            await using var writer = await ResponseBulkWriter.OpenAsync(db, ct);
            var inFile = new Dictionary<UInt128, int>();
            foreach (var (respondent, line) in Read(questionnaire, request.File, units, problems, progress))
            {
                if (problems.Count >= MaxProblems) break;
                if (respondent is null) continue;
                var id = Digest(respondent.Id);
                if (!inFile.TryAdd(id, line))
                {
                    problems.Add(new ImportProblem(request.File, $"respondent id '{Excerpt.Of(respondent.Id)}' is also on line {inFile[id]}", line));
                    continue;
                }
                var json = AnswersJson.Write(questionnaire, respondent.Answers);
                if (stored.TryGetValue(id, out var answers))
                {
                    if (answers == Digest(json)) unchanged++;
                    else problems.Add(new ImportProblem(request.File, $"respondent id '{Excerpt.Of(respondent.Id)}' is already stored with other answers", line));
                    continue;
                }
                added++;
                if (problems.Count == 0)
                    await writer.AddAsync(new SurveyResponse
                    {
                        SurveyId = survey.Id, UnitCode = respondent.Unit, Respondent = respondent.Type, RespondentId = respondent.Id,
                        AnswersJson = json, Source = ResponseSource.Import, ReceivedAt = now,
                    }, ct);
            }
            if (problems.Count >= MaxProblems) problems.Add(new ImportProblem(request.File, ReaderMessages.StoppedAfter(MaxProblems)));
            ImportException.ThrowIfAny(problems);
            await writer.CompleteAsync(ct);
            if (added > 0)
                AuditLog.Record(db, actor, now, "survey.import", "Survey", survey.Code, null,
                    $"{added} phiếu mới, {unchanged} đã có", Path.GetFileName(request.File));
        }, ct);
        return new ResponsesImported(added, unchanged);
    }

    /// <summary>A 128-bit digest of a text: respondent ids and answers are compared by it, so memory holds 16 bytes each.</summary>
    private static UInt128 Digest(string text)
    {
        Span<byte> hash = stackalloc byte[32];
        System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text), hash);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private static IEnumerable<(Respondent? Respondent, int Line)> Read(Questionnaire questionnaire, string file,
        IReadOnlyDictionary<string, string> units, List<ImportProblem> problems, IProgress<WorkProgress>? progress)
    {
        AnswerColumns? columns = null;
        var spreadsheet = Path.GetExtension(file).Equals(".xlsx", StringComparison.OrdinalIgnoreCase);
        foreach (var (line, cells) in AnswerFile.Rows(file, progress))
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
