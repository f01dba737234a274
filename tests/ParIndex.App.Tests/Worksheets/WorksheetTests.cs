using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Files;
using ParIndex.App.Security;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Worksheets;

/// <summary>
/// The offline worksheet round trip on World's 10-point framework. Rows of "Tự đánh giá": 1 header, 2 area "1",
/// 3 "1.1" options, 4 "1.2" tiers, 5 "1.3" manual, 6 area "2", 7 "2.1" pass/fail, 8 "2.2" deduction, 9 "2.3" survey.
/// Columns: A Mã … F Kết quả tự đánh giá, G Phiên bản, H Giải trình, … K Ngày ban hành.
/// </summary>
public abstract class WorksheetTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private const string Scores = "Tự đánh giá";
    private const string Info = "Thông tin";

    private protected async Task OpenSelfAssessmentAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 1);
    }

    private protected Task<byte[]> ExportAsync(Actor actor, string unit = "A") =>
        World.Run(db => new ExportWorksheetHandler(db, World.Clock).HandleAsync(actor, new ExportWorksheet(World.PeriodId, unit)));

    private Task<WorksheetImport> ImportAsync(Actor actor, byte[] content, string unit = "A", string file = "tu-danh-gia.xlsx") =>
        World.Run(db => new ImportWorksheetHandler(db, World.Clock).HandleAsync(actor, new ImportWorksheet(World.PeriodId, unit, content, file)));

    private protected Task<(int Scores, int Audit)> CountsAsync() =>
        World.Run(async db => (await db.Scores.CountAsync(), await db.Audit.CountAsync()));

    private protected Task<List<ScoreEntry>> LedgerAsync() =>
        World.Run(async db => (await db.Scores.AsNoTracking().ToListAsync()).OrderBy(s => s.LeafCode).ThenBy(s => s.Version).ToList());

    private Task<SubmissionState> StateAsync(string unit = "A") =>
        World.Run(db => db.Submissions.Where(s => s.PeriodId == World.PeriodId && s.Unit.Code == unit).Select(s => s.State).SingleAsync());

    /// <summary>Changes cells of the scores sheet (keyed by address, e.g. "F3") and writes the workbook again with both sheets.</summary>
    internal static byte[] Edit(byte[] workbook, params (string Address, string? Value)[] cells)
    {
        var sheets = XlsxReader.Read(workbook, "edit.xlsx");
        var written = sheets.Select(sheet =>
        {
            var rows = sheet.Rows.Select(r => r.Cast<object?>().ToList()).ToList();
            if (sheet.Name == Scores)
                foreach (var (address, value) in cells)
                {
                    var column = address[0] - 'A';
                    var row = int.Parse(address[1..]) - 1;
                    while (rows.Count <= row) rows.Add([]);
                    while (rows[row].Count <= column) rows[row].Add(null);
                    rows[row][column] = value;
                }
            return new Sheet(sheet.Name, rows.Select(r => (IReadOnlyList<object?>)r).ToList());
        }).ToList();
        return XlsxWriter.Write(written);
    }

    private static (int? Line, string? Column, string? Sheet)[] Locations(ImportException e) =>
        [.. e.Problems.Select(p => (p.Line, p.Column, p.Sheet))];

    [Fact]
    public async Task Export_lists_every_node_with_rule_guidance_version_and_identity()
    {
        await OpenSelfAssessmentAsync();
        var sheets = XlsxReader.Read(await ExportAsync(World.Editor("A")), "a.xlsx");

        Assert.Equal([Scores, Info], sheets.Select(s => s.Name));
        var scores = sheets[0];
        Assert.Equal(["Mã", "Tên tiêu chí", "Điểm tối đa", "Cách chấm", "Hướng dẫn", "Kết quả tự đánh giá", "Phiên bản", "Giải trình",
            "Tài liệu kiểm chứng yêu cầu", "Số văn bản", "Ngày ban hành", "Cơ quan ban hành", "Trích yếu", "Tài liệu đã gắn (trang, mục)"], scores.Rows[0]);
        Assert.Equal(["1", "1.1", "1.2", "1.3", "2", "2.1", "2.2", "2.3"], scores.Rows.Skip(1).Select(r => r[0]));
        Assert.Equal(["4", "1", "2", "1", "6", "2", "2", "2"], scores.Rows.Skip(1).Select(r => r[2]));
        // Areas are context rows: no input, no version.
        Assert.StartsWith("Lĩnh vực", scores.Cell(1, 3));
        Assert.Null(scores.Cell(1, 5));
        Assert.Null(scores.Cell(1, 6));
        Assert.Contains("ontime = Đúng hạn (1 điểm); late = Chậm (0,5 điểm); none = Không ban hành (0 điểm)", scores.Cell(2, 3));
        Assert.Contains("tỷ lệ, ví dụ 93% hoặc 45/50", scores.Cell(3, 3), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("điểm, bội số của 0,25", scores.Cell(4, 3));
        Assert.Contains("số lượng", scores.Cell(7, 3), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("NA nếu không áp dụng", scores.Cell(2, 3));
        Assert.Equal("Bắt buộc: Quyết định ban hành", scores.Cell(2, 8));
        Assert.Equal("0", scores.Cell(2, 6));
        Assert.StartsWith("Lấy từ điều tra xã hội học", scores.Cell(8, 3));
        Assert.Null(scores.Cell(8, 5));
        Assert.Null(scores.Cell(8, 6));

        var info = sheets[1].Rows.Where(r => r.Count >= 2).ToDictionary(r => r[0]!, r => r[1]);
        Assert.Equal(World.PeriodId.ToString(), info["Mã kỳ đánh giá"]);
        Assert.Equal("CCHC 2025", info["Kỳ đánh giá"]);
        Assert.Equal("A", info["Mã đơn vị"]);
        Assert.Equal("Sở A", info["Tên đơn vị"]);
        Assert.Equal("TEST-SO", info["Mã bộ chỉ số"]);
        Assert.Equal(await World.Run(db => db.Frameworks.Select(f => f.Sha256).SingleAsync()), info["SHA-256 bộ chỉ số"]);
        Assert.Equal("01/02/2025 09:00", info["Thời điểm xuất"]);
    }

    [Fact]
    public async Task Filled_worksheet_is_saved_as_self_assessed_scores_and_a_second_import_only_saves_what_changed()
    {
        await OpenSelfAssessmentAsync();
        var filled = Edit(await ExportAsync(World.Editor("A")),
            ("F3", "late"), ("J3", "123/QĐ-UBND"), ("K3", "15/01/2025"), ("L3", "UBND tỉnh"), ("M3", "Kế hoạch CCHC năm 2025"),
            ("F4", "45/50"), ("F5", "0,75"),
            ("F7", "đạt"), ("H7", "Quyết định công bố đang trình ký"),
            ("F8", "3"));
        var (_, auditBefore) = await CountsAsync();

        var result = await ImportAsync(World.Editor("A"), filled);

        Assert.Equal(5, result.Saved);
        Assert.Equal(0, result.Unchanged);
        var note = Assert.Single(result.Notes).ToString();
        Assert.Contains("Dòng 3 (1.1): văn bản số 123/QĐ-UBND, ngày 15/01/2025, UBND tỉnh", note);
        Assert.Contains("chưa được lưu", note);
        var ledger = await LedgerAsync();
        // 1.1 late 0.5; 1.2 45/50 = 90 % → 2; 1.3 0.75; 2.1 pass → 2; 2.2 2 − 3 × 0.5 = 0.5.
        Assert.Equal(["1.1", "1.2", "1.3", "2.1", "2.2"], ledger.Select(s => s.LeafCode));
        Assert.Equal(["late", "45/50", "0.75", "pass", "3"], ledger.Select(s => s.Input));
        Assert.Equal([0.5m, 2m, 0.75m, 2m, 0.5m], ledger.Select(s => s.Points));
        Assert.All(ledger, s => Assert.Equal((1, ScoreStage.SelfAssessed, "u-A-editor"), (s.Version, s.Stage, s.Author)));
        Assert.Equal(5.75m, ledger.Sum(s => s.Points));
        Assert.Equal("Quyết định công bố đang trình ký", ledger.Single(s => s.LeafCode == "2.1").Note);
        Assert.Equal(SubmissionState.Draft, await StateAsync());
        // One state change, five scores, one import record.
        Assert.Equal(auditBefore + 7, (await CountsAsync()).Audit);
        Assert.Equal(["score.self", "score.self", "score.self", "score.self", "score.self", "submission.state", "worksheet.import"],
            await World.Run(async db => (await db.Audit.OrderBy(a => a.Id).Skip(auditBefore).Select(a => a.Action).ToListAsync()).Order().ToList()));

        // The new export carries the saved inputs and versions; importing it untouched changes nothing.
        var again = await ExportAsync(World.Editor("A"));
        var rows = XlsxReader.Read(again, "again.xlsx")[0];
        Assert.Equal(("late", "1"), (rows.Cell(2, 5), rows.Cell(2, 6)));
        Assert.Equal("Quyết định công bố đang trình ký", rows.Cell(6, 7));
        var counts = await CountsAsync();
        var same = await ImportAsync(World.Editor("A"), again);
        Assert.Equal((0, 5), (same.Saved, same.Unchanged));
        Assert.Equal(counts, await CountsAsync());

        // An option key in another case is stored as the framework's key.
        var changed = await ImportAsync(World.Editor("A"), Edit(again, ("F3", "ONTIME")));
        Assert.Equal((1, 4), (changed.Saved, changed.Unchanged));
        var latest = (await LedgerAsync()).Where(s => s.LeafCode == "1.1").MaxBy(s => s.Version)!;
        Assert.Equal((2, "ontime", 1m), (latest.Version, latest.Input, latest.Points));
        Assert.Equal(6.25m, (await LedgerAsync()).GroupBy(s => s.LeafCode).Sum(g => g.MaxBy(s => s.Version)!.Points));
    }

    [Fact]
    public async Task Empty_input_cells_leave_scores_unchanged()
    {
        await OpenSelfAssessmentAsync();
        var result = await ImportAsync(World.Editor("A"), Edit(await ExportAsync(World.Editor("A")), ("F5", "1")));

        Assert.Equal((1, 0), (result.Saved, result.Unchanged));
        var left = Assert.Single(result.Notes);
        Assert.Equal("Để trống, giữ nguyên: 1.1, 1.2, 2.1, 2.2", left.In(Language.Vi));
        Assert.Equal("Left empty, unchanged: 1.1, 1.2, 2.1, 2.2", left.In(Language.En));
        Assert.Equal(["1.3"], (await LedgerAsync()).Select(s => s.LeafCode));
    }

    [Fact]
    public async Task Every_bad_row_is_reported_with_its_row_and_column_and_nothing_is_written()
    {
        await OpenSelfAssessmentAsync();
        var bad = Edit(await ExportAsync(World.Editor("A")),
            ("F2", "1"),              // an area takes no input
            ("F3", "sometimes"),      // not an option of 1.1
            ("F4", "120%"),           // a ratio above 100 %
            ("F5", "0,5"),            // valid, but must not be saved either
            ("F7", "đạt"), ("K7", "31/02/2025"), // a date that does not exist
            ("F9", "95%"),            // 2.3 comes from the survey
            ("A10", "9.9"), ("F10", "1")); // a code the framework does not have
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(World.Editor("A"), bad));

        Assert.Equal([(2, "F", Scores), (3, "F", Scores), (4, "F", Scores), (7, "K", Scores), (9, "F", Scores), (10, "A", Scores)], Locations(e));
        Assert.Equal(["1", "1.1", "1.2", "2.1", "2.3", "9.9"], e.Problems.Select(p => p.Node));
        Assert.All(e.Problems, p => Assert.Equal("tu-danh-gia.xlsx", p.File));
        Assert.Contains("“sometimes” không phải một lựa chọn ở đây; chọn một trong: Đúng hạn, Chậm, Không ban hành", e.Problems[1].Message);
        Assert.Contains("Tỷ lệ 120% nằm ngoài khoảng 0–100%", e.Problems[2].Message);
        Assert.Contains("31/02/2025", e.Problems[3].Message);
        Assert.Contains("điều tra xã hội học", e.Problems[4].Message);
        Assert.Contains("9.9", e.Problems[5].Message);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal(SubmissionState.NotStarted, await StateAsync());
    }

    [Fact]
    public async Task A_leaf_saved_after_the_export_is_a_conflict_naming_its_current_value_and_nothing_is_written()
    {
        await OpenSelfAssessmentAsync();
        var exported = await ExportAsync(World.Editor("A"));
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.2", "95%", 0)));
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() =>
            ImportAsync(World.Editor("A"), Edit(exported, ("F4", "80%"), ("F5", "1"))));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((4, "G", Scores, "1.2"), (problem.Line, problem.Column, problem.Sheet, problem.Node));
        Assert.Contains("tệp dựa trên phiên bản 0, hiện tại là phiên bản 1 (“0.95”)", problem.Message);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal([1], (await LedgerAsync()).Select(s => s.Version));
    }

    [Fact]
    public async Task A_save_racing_the_import_becomes_a_located_conflict_and_nothing_is_written()
    {
        await OpenSelfAssessmentAsync();
        var filled = Edit(await ExportAsync(World.Editor("A")), ("F4", "80%"), ("F5", "1"));
        var before = await CountsAsync();
        // Another editor saves 1.2 after the import checked the rows, just before its transaction starts.
        var race = new SaveAfterLedgerRead(() => World.Run(db =>
            new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.2", "95%", 0))));

        await using var db = new AppDbContext(Database.Configure(new DbContextOptionsBuilder<AppDbContext>(), World.Database.Provider, World.Database.ConnectionString)
            .AddInterceptors(race).Options);
        var e = await Assert.ThrowsAsync<ImportException>(() =>
            new ImportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ImportWorksheet(World.PeriodId, "A", filled, "race.xlsx")));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((4, "G", "1.2"), (problem.Line, problem.Column, problem.Node));
        Assert.Contains("(“0.95”)", problem.Message);
        // Only the racing save (a score, a state change and its audit entry) is there; none of the import.
        Assert.Equal((before.Scores + 1, before.Audit + 2), await CountsAsync());
        Assert.Equal(["1.2"], (await LedgerAsync()).Select(s => s.LeafCode));
    }

    [Fact]
    public async Task A_worksheet_of_another_unit_is_refused()
    {
        await OpenSelfAssessmentAsync();
        var ofA = Edit(await ExportAsync(World.Editor("A")), ("F3", "ontime"));
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(World.Editor("B"), ofA, unit: "B"));

        var problem = Assert.Single(e.Problems);
        Assert.Equal((4, "B", Info), (problem.Line, problem.Column, problem.Sheet));
        Assert.Contains("Biểu mẫu của đơn vị A, không phải đơn vị B", problem.Message);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Missing_sheet_and_missing_columns_are_reported()
    {
        await OpenSelfAssessmentAsync();
        var onlyScores = XlsxWriter.Write([new Sheet(Scores, [new object?[] { "Mã", "Tên tiêu chí" }, new object?[] { "1.1", "x" }])]);
        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(World.Editor("A"), onlyScores));
        Assert.Contains("Thông tin", Assert.Single(e.Problems).Message);

        var noInput = XlsxReader.Read(await ExportAsync(World.Editor("A")), "a.xlsx");
        var renamed = noInput.Select(s => new Sheet(s.Name, s.Rows.Select((r, i) =>
            (IReadOnlyList<object?>)r.Select((c, j) => (object?)(i == 0 && s.Name == Scores && j == 5 ? "Kết quả" : c)).ToList()).ToList())).ToList();
        e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(World.Editor("A"), XlsxWriter.Write(renamed)));
        var problem = Assert.Single(e.Problems);
        Assert.Equal((1, Scores), (problem.Line, problem.Sheet));
        Assert.Contains("Kết quả tự đánh giá", problem.Message);
    }

    [Fact]
    public async Task Random_bytes_named_xlsx_are_refused()
    {
        await OpenSelfAssessmentAsync();
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);
        var before = await CountsAsync();

        var e = await Assert.ThrowsAsync<ImportException>(() => ImportAsync(World.Editor("A"), bytes, file: "rac.xlsx"));

        Assert.Equal("rac.xlsx", Assert.Single(e.Problems).File);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Only_the_units_own_users_import_and_only_they_or_the_secretariat_export()
    {
        await OpenSelfAssessmentAsync();
        var filled = Edit(await ExportAsync(World.Editor("A")), ("F3", "ontime"));

        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(World.Editor("B"), filled));
        await Assert.ThrowsAsync<ForbiddenException>(() => ImportAsync(World.Secretariat, filled));
        await Assert.ThrowsAsync<ForbiddenException>(() => ExportAsync(World.Editor("B")));
        await Assert.ThrowsAsync<ForbiddenException>(() => ExportAsync(World.Viewer));
        Assert.NotEmpty(await ExportAsync(World.Secretariat));
        Assert.NotEmpty(await ExportAsync(World.Admin, unit: "B"));
        Assert.Empty(await LedgerAsync());
    }

    [Fact]
    public async Task Importing_after_the_self_assessment_deadline_is_refused()
    {
        await OpenSelfAssessmentAsync();
        var filled = Edit(await ExportAsync(World.Editor("A")), ("F3", "ontime"));
        World.Clock.Now = new DateTimeOffset(2025, 3, 31, 17, 1, 0, World.Vietnam);

        var e = await Assert.ThrowsAsync<WorkflowException>(() => ImportAsync(World.Lead("A"), filled));

        Assert.Contains("quá hạn", e.Message);
        Assert.Empty(await LedgerAsync());
    }

    /// <summary>
    /// Runs another save once, right after the import has read the ledger to check its rows: before its unit of work
    /// queues for the write (SQLite) or begins its transaction, as another editor's save can in real life.
    /// </summary>
    private sealed class SaveAfterLedgerRead(Func<Task> save) : DbCommandInterceptor
    {
        private bool _done;

        public override async ValueTask<InterceptionResult> DataReaderClosingAsync(DbCommand command, DataReaderClosingEventData eventData, InterceptionResult result)
        {
            if (!_done && command.CommandText.Contains("FROM \"Scores\"", StringComparison.Ordinal))
            {
                _done = true;
                await save();
            }
            return result;
        }
    }
}

public sealed class WorksheetTestsOnSqlite() : WorksheetTests(DatabaseProvider.Sqlite);

public sealed class WorksheetTestsOnPostgres() : WorksheetTests(DatabaseProvider.Postgres)
{
    /// <summary>
    /// A row committed by another writer after the import checked the ledger inside its transaction: only the
    /// unique index can catch it. (SQLite cannot get here: its write transaction excludes other writers.)
    /// </summary>
    [Fact]
    public async Task A_unique_violation_at_save_becomes_a_located_conflict_and_nothing_is_written()
    {
        await OpenSelfAssessmentAsync();
        var filled = Edit(await ExportAsync(World.Editor("A")), ("F4", "80%"), ("F5", "1"));
        var submission = await World.Run(db => db.Submissions.Where(s => s.Unit.Code == "A").Select(s => s.Id).SingleAsync());
        var before = await CountsAsync();
        var race = new InsertWhileSaving(() => World.Run(async other =>
        {
            other.Scores.Add(new ScoreEntry
            {
                SubmissionId = submission, LeafCode = "1.2", Stage = ScoreStage.SelfAssessed, Version = 1, Input = "0.95", Points = 2,
                Author = "u-A-lead", At = Moment.Of(World.Clock.GetUtcNow()),
            });
            await other.SaveChangesAsync();
        }));

        await using var db = new AppDbContext(Database.Configure(new DbContextOptionsBuilder<AppDbContext>(), World.Database.Provider, World.Database.ConnectionString)
            .AddInterceptors(race).Options);
        var e = await Assert.ThrowsAsync<ImportException>(() =>
            new ImportWorksheetHandler(db, World.Clock).HandleAsync(World.Editor("A"), new ImportWorksheet(World.PeriodId, "A", filled, "race.xlsx")));

        Assert.True(race.Done);
        var problem = Assert.Single(e.Problems);
        Assert.Equal((4, "G", "1.2"), (problem.Line, problem.Column, problem.Node));
        Assert.Contains("hiện tại là phiên bản 1 (“0.95”)", problem.Message);
        Assert.Equal((before.Scores + 1, before.Audit), await CountsAsync());
        Assert.Equal(SubmissionState.NotStarted, await World.Run(db2 => db2.Submissions.Where(s => s.Id == submission).Select(s => s.State).SingleAsync()));
    }

    private sealed class InsertWhileSaving(Func<Task> insert) : SaveChangesInterceptor
    {
        public bool Done { get; private set; }

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
            CancellationToken cancellationToken = default)
        {
            if (!Done)
            {
                Done = true;
                await insert();
            }
            return result;
        }
    }
}
