namespace ParIndex.App.Tests.Cli;

/// <summary>
/// <c>parindex crosswalk import PERIOD FILE</c> on a SQLite file: the sample departments 2025 on PAR-SO-MAU, 2026 on
/// PAR-SO-MAU-2026, and the sample crosswalk between them (106 links) confirmed for the 2026 period only.
/// </summary>
public sealed class CrosswalkCommandTests
{
    private readonly string _dir = Repo.TempDir();

    private CliRun Run(params string[] args) => CliRun.Of([.. args, "--connection", $"Data Source={Path.Combine(_dir, "x.db")}"]);

    private static void Ok(CliRun run) => Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}\n{run.Out}\n{run.Error}");

    private void Period(int year, string framework) => Ok(Run("period", "create", "--year", $"{year}", "--name", $"CCHC {year}", "--framework", framework,
        "--self-assessment-opens", $"{year}-01-01T00:00", "--self-assessment-closes", $"{year}-03-31T17:00",
        "--appraisal-closes", $"{year}-04-30T17:00", "--appeals-close", $"{year}-05-15T17:00", "--finalisation-due", $"{year}-05-31T17:00"));

    [Fact]
    public void The_sample_crosswalk_is_confirmed_for_the_period_on_the_new_edition_and_refused_for_the_one_that_keeps_its_edition()
    {
        Ok(Run("db", "migrate"));
        Ok(Run("units", "import", Repo.Sample("tinh-mau/units-so-2025.csv")));
        Ok(Run("framework", "import", Repo.Sample("frameworks/so-nganh.json")));
        Ok(Run("framework", "import", Repo.Sample("frameworks/so-nganh-2026.json")));
        Period(2025, "PAR-SO-MAU");
        Period(2026, "PAR-SO-MAU-2026");
        var crosswalk = Repo.Sample("crosswalks/so-nganh-2025-2026.json");

        var refused = Run("crosswalk", "import", "1", crosswalk);
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("so-nganh-2025-2026.json: kỳ “CCHC 2025” dùng cùng bộ chỉ số với năm trước, không cần bảng ánh xạ", refused.Error);

        var confirmed = Run("crosswalk", "import", "2", crosswalk);
        Ok(confirmed);
        Assert.Equal("Đã xác nhận bảng ánh xạ PAR-SO-MAU → PAR-SO-MAU-2026 (106 liên kết)", confirmed.Out.Trim());
        Assert.Equal("Confirmed the crosswalk PAR-SO-MAU → PAR-SO-MAU-2026 (106 links)", Run("crosswalk", "import", "2", crosswalk, "--en").Out.Trim());
        Assert.Equal(2, Run("crosswalk", "import", "2", Path.Combine(_dir, "khong-co.json")).ExitCode);
    }
}
