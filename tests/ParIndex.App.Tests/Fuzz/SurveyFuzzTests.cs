using System.Text;
using ParIndex.App.Data;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Fuzz;

/// <summary>
/// Hostile questionnaires and answer files (the Kobo/ODK CSV export) fed to the survey use cases: each is defined or
/// imported, or refused with located problems and no write at all; afterwards the audit chain verifies.
/// </summary>
public abstract class SurveyFuzzTests(DatabaseProvider provider, ITestOutputHelper output) : ProviderTest(provider)
{
    private readonly int _share = provider == DatabaseProvider.Postgres ? 3 : 1;

    private readonly string _dir = Repo.TempDir();

    private Task<DatabaseState> StateAsync() => World.Run(DatabaseState.ReadAsync);

    private string WriteCase(int index, string extension, byte[] bytes)
    {
        var path = Path.Combine(_dir, $"case-{index}{extension}");
        File.WriteAllBytes(path, bytes);
        return path;
    }

    [Fact]
    public async Task Questionnaires_are_defined_or_refused_whole()
    {
        byte[][] valid = [File.ReadAllBytes(Repo.Sample("surveys/sipas.json")), File.ReadAllBytes(Repo.Sample("surveys/ddci-doanh-nghiep.json")),
            Encoding.UTF8.GetBytes(SurveyFiles.QuestionnaireJson)];
        var run = new FuzzRun("questionnaire.json", output, _share);
        await run.RunAsync((i, m) => m.Text(valid[i % valid.Length]),
            (i, bytes) => World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat,
                new DefineSurvey(WriteCase(i, ".json", bytes), 2025, Code: $"FZ-{i}"))),
            StateAsync);
        Assert.True(run.Refused > 0, $"{run.Accepted} accepted, {run.Refused} refused");
        Assert.Null(await World.Run(db => Audit.AuditChain.VerifyAsync(db, CancellationToken.None)));
    }

    [Fact]
    public async Task Answer_files_are_imported_or_refused_whole()
    {
        await World.Run(db => new DefineSurveyHandler(db, World.Clock).HandleAsync(World.Secretariat, new DefineSurvey(
            SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, MinRespondents: 2,
            PopulationsFile: SurveyFiles.Write(_dir, "pop.csv", SurveyFiles.PopulationsCsv))));
        var valid = Encoding.UTF8.GetBytes(SurveyFiles.AnswersCsv);
        var run = new FuzzRun("answers.csv", output, _share);
        await run.RunAsync((_, m) => m.Text(valid),
            (i, bytes) => World.Run(db => new ImportResponsesHandler(db, World.Clock).HandleAsync(World.Secretariat,
                new ImportResponses(SurveyFiles.Code, WriteCase(i, ".csv", bytes)))),
            StateAsync);
        Assert.True(run.Refused > 0 && run.Accepted > 0, $"{run.Accepted} accepted, {run.Refused} refused");
        Assert.Null(await World.Run(db => Audit.AuditChain.VerifyAsync(db, CancellationToken.None)));
    }
}

public sealed class SurveyFuzzTestsOnSqlite(ITestOutputHelper output) : SurveyFuzzTests(DatabaseProvider.Sqlite, output);

public sealed class SurveyFuzzTestsOnPostgres(ITestOutputHelper output) : SurveyFuzzTests(DatabaseProvider.Postgres, output);
