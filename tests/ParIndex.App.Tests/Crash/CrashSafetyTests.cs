using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using ParIndex.App.Data;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Users;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Cli;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Fuzz;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Crash;

/// <summary>
/// The real <c>parindex</c> process killed with SIGKILL while it imports a large worksheet or publishes a period, at
/// delays spread over the command's own running time (measured first on an identical copy of the database): after
/// each kill the database, opened again, holds either nothing of the work or all of it, and
/// <c>parindex audit verify</c> (and for a publication <c>parindex results verify</c>) pass.
/// </summary>
public sealed class CrashSafetyTests(ITestOutputHelper output) : ProviderTest(DatabaseProvider.Sqlite)
{
    private const int Kills = 4;
    private const int Areas = 20;
    private const int LeavesPerArea = 50;
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task A_worksheet_import_killed_at_any_moment_saves_every_row_or_none()
    {
        var (periodId, worksheet) = await LargeWorksheetAsync();

        var outcomes = await KillRepeatedlyAsync(["worksheet", "import", "--period", periodId.ToString(CultureInfo.InvariantCulture), "--unit", "A", worksheet, "--as", "a.editor"],
            $"Worksheet: {Areas * LeavesPerArea} saved", verifyResultsOf: null);

        Assert.Equal(Kills, outcomes.Before + outcomes.After);
    }

    [Fact]
    public async Task A_publication_killed_at_any_moment_publishes_whole_or_not_at_all()
    {
        await new YearScript(World).FinaliseAsync();

        var outcomes = await KillRepeatedlyAsync(["results", "publish", "--period", World.PeriodId.ToString(CultureInfo.InvariantCulture)],
            "SHA-256", verifyResultsOf: World.PeriodId);

        Assert.Equal(Kills, outcomes.Before + outcomes.After);
    }

    /// <summary>
    /// Runs the command once to the end on a copy (its duration and the state it leaves), then on fresh copies kills it
    /// at delays from 40 % to 130 % of that duration; each killed copy must equal the state before or after.
    /// </summary>
    private async Task<(int Before, int After)> KillRepeatedlyAsync(string[] command, string doneText, int? verifyResultsOf)
    {
        var prepared = DatabaseFile();
        SqliteConnection.ClearAllPools(); // the last connection closing checkpoints the WAL into the file
        var before = await StateAsync(prepared);

        var reference = Copy(prepared, "reference");
        var watch = Stopwatch.StartNew();
        using (var full = new ParIndexProcess([.. command, "--connection", Connection(reference)]))
        {
            var (code, stdout, stderr) = await full.WaitAsync(CommandTimeout);
            Assert.True(code == 0, $"exit {code}\n{stdout}\n{stderr}");
            Assert.Contains(doneText, stdout);
        }
        var duration = watch.Elapsed;
        var after = await StateAsync(reference);
        Assert.NotEqual(before.Counts, after.Counts);
        Verify(reference, verifyResultsOf, published: true);

        int wasBefore = 0, wasAfter = 0;
        for (var k = 0; k < Kills; k++)
        {
            var copy = Copy(prepared, $"kill-{k}");
            // From inside the start-up to past the measured end (a run may go faster than the reference one).
            var delay = duration * (0.4 + 0.9 * k / (Kills - 1));
            using (var process = new ParIndexProcess([.. command, "--connection", Connection(copy)]))
            {
                await Task.Delay(delay);
                process.Kill();
            }
            var state = await StateAsync(copy);
            if (state == before) wasBefore++;
            else
            {
                Assert.True(state.Counts == after.Counts, $"killed after {delay.TotalMilliseconds:0} ms: neither nothing nor everything\nbefore {before.Counts}\nafter  {after.Counts}\nfound  {state.Counts}");
                wasAfter++;
            }
            Verify(copy, verifyResultsOf, published: state != before);
        }
        var summary = $"{string.Join(' ', command[..2])}: full run {duration.TotalMilliseconds:0} ms; {Kills} kills: {wasBefore} left nothing, {wasAfter} left everything";
        output.WriteLine(summary);
        Console.WriteLine(summary);
        return (wasBefore, wasAfter);
    }

    /// <summary><c>parindex audit verify</c> and, for a published period, <c>parindex results verify</c> on the database.</summary>
    private static void Verify(string file, int? periodId, bool published)
    {
        var audit = CliRun.Of("audit", "verify", "--connection", Connection(file));
        Assert.True(audit.ExitCode == 0, audit.Out + audit.Error);
        Assert.Contains("OK", audit.Out);
        if (periodId is not { } id || !published) return;
        var results = CliRun.Of("results", "verify", "--period", id.ToString(CultureInfo.InvariantCulture), "--connection", Connection(file));
        Assert.True(results.ExitCode == 0, results.Out + results.Error);
        Assert.Contains("OK", results.Out);
    }

    private static async Task<DatabaseState> StateAsync(string file)
    {
        await using var db = ParIndex.App.Data.Database.Open(DatabaseProvider.Sqlite, Connection(file));
        var state = await DatabaseState.ReadAsync(db);
        SqliteConnection.ClearAllPools();
        return state;
    }

    private string DatabaseFile() => new SqliteConnectionStringBuilder(World.Database.ConnectionString).DataSource;

    private static string Connection(string file) => $"Data Source={file}";

    private static string Copy(string file, string name)
    {
        var copy = Path.Combine(Path.GetDirectoryName(file)!, $"{name}.db");
        File.Copy(file, copy);
        return copy;
    }

    /// <summary>
    /// A period open now (the executable runs on the real clock) under a framework of <see cref="Areas"/> ×
    /// <see cref="LeavesPerArea"/> sub-criteria, and unit A's worksheet with every one of them filled in.
    /// </summary>
    private async Task<(int PeriodId, string Worksheet)> LargeWorksheetAsync()
    {
        var framework = Path.Combine(Repo.TempDir(), "lon.json");
        await File.WriteAllTextAsync(framework, LargeFrameworkJson());
        var now = DateTimeOffset.UtcNow;
        World.Clock.Now = now;
        await World.Run(db => new ImportFrameworkHandler(db, World.Clock).HandleAsync(World.Admin, new ImportFramework(framework)));
        var deadlines = new PeriodDeadlines(now.AddDays(-1), now.AddDays(30), now.AddDays(60), now.AddDays(90), now.AddDays(120));
        var periodId = (await World.Run(db => new CreatePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat,
            new CreatePeriod(now.Year + 1, "Kỳ lớn", deadlines, ["LON"], ["A"])))).Id;
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(periodId)));
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("a.editor", "Mat-khau-dai-2026!", Role.UnitEditor, "A")));

        var exported = await World.Run(db => new ExportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ExportWorksheet(periodId, "A")));
        var sheets = XlsxReader.Read(exported, "lon.xlsx");
        var rows = sheets[0].Rows.Select(r => r.Cast<object?>().ToList()).ToList();
        foreach (var row in rows.Where(r => r.Count > 0 && r[0] is string code && code.Count(c => c == '.') == 1))
        {
            while (row.Count <= 7) row.Add(null);
            row[5] = "0.1";
            row[7] = "Đã thực hiện theo kế hoạch";
        }
        var path = Path.Combine(Repo.TempDir(), "lon-A.xlsx");
        await File.WriteAllBytesAsync(path, XlsxWriter.Write([new Sheet(sheets[0].Name, [.. rows]), .. sheets.Skip(1).Select(s => new Sheet(s.Name, [.. s.Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList())]))]));
        return (periodId, path);
    }

    private static string LargeFrameworkJson()
    {
        var json = new StringBuilder("""{"code": "LON", "name": "Bộ chỉ số lớn", "group": "Sở, ban, ngành", "bands": [{"label": "Tốt", "min": 50}, {"label": "Yếu", "min": 0}], "nodes": [""");
        for (var a = 1; a <= Areas; a++)
        {
            if (a > 1) json.Append(',');
            json.Append(CultureInfo.InvariantCulture, $$"""{"code": "{{a}}", "name": "Lĩnh vực {{a}}", "max": {{LeavesPerArea / 10m}}, "children": [""");
            for (var l = 1; l <= LeavesPerArea; l++)
                json.Append(CultureInfo.InvariantCulture, $$$"""{{{(l > 1 ? "," : "")}}}{"code": "{{{a}}}.{{{l}}}", "name": "Tiêu chí {{{a}}}.{{{l}}}", "max": 0.1, "rule": {"kind": "manual"}}""");
            json.Append("]}");
        }
        return json.Append("]}").ToString();
    }
}
