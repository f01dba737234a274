using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Tests.Crash;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Demo;
using ParIndex.App.Tests.Surveys;

namespace ParIndex.App.Tests.Cli;

/// <summary>
/// The long runs (compute, survey import, the analysis workbook) show a progress bar on a terminal and add nothing to
/// output that is redirected: the real <c>parindex</c> under a pseudo-terminal, and the same command with its output
/// read by a pipe.
/// </summary>
public sealed class ProgressBarTests
{
    private static readonly string Framework = Repo.Sample("frameworks/so-nganh.json");

    /// <summary>
    /// The sample department scores followed by blank lines (which a CSV reader skips) up to 1,234,567 bytes, so the
    /// bar's end reads 1,2 of 1,2 MB (1,234,567 / 1,000,000 = 1.23, one decimal in vi-VN).
    /// </summary>
    private static string PaddedScores()
    {
        var path = Path.Combine(Repo.TempDir(), "scores.csv");
        var sample = File.ReadAllBytes(Repo.Sample("tinh-mau/scores-so-2025.csv"));
        File.WriteAllBytes(path, [.. sample, .. Enumerable.Repeat((byte)'\n', 1_234_567 - sample.Length)]);
        Assert.Equal(1_234_567, new FileInfo(path).Length);
        return path;
    }

    private static string[] Compute(string scores, string output) =>
        ["compute", "--framework", Framework, "--units", Repo.Sample("tinh-mau/units-so-2025.csv"), "--scores", scores, "--out", output];

    [Fact]
    public async Task Compute_at_a_terminal_ends_with_the_whole_scores_file_read()
    {
        var scores = PaddedScores();
        var output = Path.Combine(Repo.TempDir(), "2025.csv");

        var (exit, screen) = await PseudoTerminal.RunAsync(Compute(scores, output));

        Assert.True(exit == 0, screen);
        Assert.Contains("Đang đọc điểm và tính", screen);
        Assert.Contains("100%", screen);
        Assert.Contains("1,2/1,2 MB", screen);
        Assert.StartsWith("rank,unit,name,points", File.ReadAllText(output));
    }

    [Fact]
    public async Task Compute_with_its_output_redirected_writes_no_bar_and_the_same_results()
    {
        var scores = PaddedScores();
        var dir = Repo.TempDir();
        var (exit, _) = await PseudoTerminal.RunAsync(Compute(scores, Path.Combine(dir, "terminal.csv")));
        Assert.Equal(0, exit);

        using var toFile = new ParIndexProcess(Compute(scores, Path.Combine(dir, "piped.csv")));
        var piped = await toFile.WaitAsync(TimeSpan.FromMinutes(2));
        using var toStdout = new ParIndexProcess(["compute", "--framework", Framework, "--units", Repo.Sample("tinh-mau/units-so-2025.csv"), "--scores", scores]);
        var printed = await toStdout.WaitAsync(TimeSpan.FromMinutes(2));

        Assert.Equal((0, "", ""), piped);
        Assert.Equal(0, printed.ExitCode);
        Assert.Equal("", printed.Error);
        var results = File.ReadAllText(Path.Combine(dir, "terminal.csv"));
        Assert.Equal(results, File.ReadAllText(Path.Combine(dir, "piped.csv")));
        Assert.Equal(results, printed.Out);
    }
}

/// <summary>A survey import at a terminal shows its bar filled, on both providers, and stores every response.</summary>
public abstract class SurveyImportProgressTests(DatabaseProvider provider) : ProviderTest(provider)
{
    [Fact]
    public async Task A_survey_import_at_a_terminal_ends_with_the_whole_file_read()
    {
        var answers = await LargeInputs.SurveyAsync(World);
        var megabytes = (new FileInfo(answers).Length / 1e6).ToString("N1", CultureInfo.GetCultureInfo("vi-VN"));

        var (exit, screen) = await PseudoTerminal.RunAsync("survey", "import", "--survey", SurveyFiles.Code, "--file", answers,
            "--provider", World.Database.Provider.ToString(), "--connection", World.Database.ConnectionString);

        Assert.True(exit == 0, screen);
        Assert.Contains("Đang nhập phiếu trả lời", screen);
        Assert.Contains("100%", screen);
        Assert.Contains($"{megabytes}/{megabytes} MB", screen);
        Assert.Equal(LargeInputs.SurveyRows, await World.Run(db => db.SurveyResponses.CountAsync()));
    }
}

public sealed class SurveyImportProgressTestsOnSqlite() : SurveyImportProgressTests(DatabaseProvider.Sqlite);

public sealed class SurveyImportProgressTestsOnPostgres() : SurveyImportProgressTests(DatabaseProvider.Postgres);

/// <summary>The analysis workbook at a terminal: its bar counts the rows written, all of them at the end.</summary>
public sealed class WorkbookProgressTests(SqliteDemoDatabase demo) : IClassFixture<SqliteDemoDatabase>
{
    [Fact]
    public async Task The_workbook_at_a_terminal_ends_with_every_row_written()
    {
        var path = Path.Combine(Repo.TempDir(), "xa-2025.xlsx");

        var (exit, screen) = await PseudoTerminal.RunAsync("report", "workbook", "--period", demo.Loaded.PeriodIds[1].ToString(CultureInfo.InvariantCulture),
            "--group", "Xã, phường", "--out", path, "--connection", demo.Database.ConnectionString);

        Assert.True(exit == 0, screen);
        Assert.Contains("Đang ghi sổ tính", screen);
        Assert.Contains("100%", screen);
        // Rows of all five sheets, done of total: the same number twice, at least the ranking's header and 39 communes.
        var rows = Regex.Matches(screen, @"100%(?:\x1b\[[0-9;]*m)* ([0-9.]+)/([0-9.]+) ").Select(m => m.Groups).Last();
        Assert.Equal(rows[1].Value, rows[2].Value);
        Assert.True(int.Parse(rows[1].Value, NumberStyles.AllowThousands, CultureInfo.GetCultureInfo("vi-VN")) > 40, screen);
        Assert.True(File.Exists(path));
    }
}
