using System.Globalization;
using ParIndex.App.Data;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Crash;

/// <summary>
/// The real <c>parindex</c> process killed with SIGKILL while it imports a large worksheet, imports a large survey
/// answers file or publishes a period, at delays spread over the command's own running time (see <see cref="KillLoop"/>):
/// after each kill the database, opened again, holds either nothing of the work or all of it, and
/// <c>parindex audit verify</c> (and for a publication <c>parindex results verify</c>) pass. On PostgreSQL the state is
/// read only once the server has ended the killed client's backend, so the rollback of its open transaction is checked.
/// </summary>
public abstract class CrashSafetyTests(DatabaseProvider provider, ITestOutputHelper output) : ProviderTest(provider)
{
    [Fact]
    public async Task A_worksheet_import_killed_at_any_moment_saves_every_row_or_none()
    {
        var (periodId, worksheet) = await LargeInputs.WorksheetAsync(World);

        await KillLoop.RunAsync(World.Database, ["worksheet", "import", "--period", periodId.ToString(CultureInfo.InvariantCulture), "--unit", "A", worksheet, "--as", "a.editor"],
            $"Phiếu: {LargeInputs.WorksheetRows} mục đã lưu", output);
    }

    [Fact]
    public async Task A_survey_import_killed_at_any_moment_stores_every_response_or_none()
    {
        var answers = await LargeInputs.SurveyAsync(World);

        await KillLoop.RunAsync(World.Database, ["survey", "import", "--survey", SurveyFiles.Code, "--file", answers],
            $"Phiếu trả lời: {LargeInputs.SurveyRows} thêm mới", output);
    }

    [Fact]
    public async Task A_publication_killed_at_any_moment_publishes_whole_or_not_at_all()
    {
        await new YearScript(World).FinaliseAsync();

        await KillLoop.RunAsync(World.Database, ["results", "publish", "--period", World.PeriodId.ToString(CultureInfo.InvariantCulture)],
            "SHA-256", output, verifyResultsOf: World.PeriodId);
    }
}

public sealed class CrashSafetyTestsOnSqlite(ITestOutputHelper output) : CrashSafetyTests(DatabaseProvider.Sqlite, output);

public sealed class CrashSafetyTestsOnPostgres(ITestOutputHelper output) : CrashSafetyTests(DatabaseProvider.Postgres, output);
