using Microsoft.Data.Sqlite;
using Npgsql;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Surveys;
using ParIndex.App.Features.Users;
using ParIndex.App.Features.Worksheets;
using ParIndex.App.Spreadsheets;
using ParIndex.App.Tests.Data;
using ParIndex.App.Tests.Surveys;

namespace ParIndex.App.Tests.Authorization;

/// <summary>The points of the year at which the matrix calls a use case; each is where that use case would succeed.</summary>
public enum Stage
{
    /// <summary>Period 2025 still a draft; appraisers already assigned.</summary>
    Draft,
    /// <summary>
    /// Self-assessment open (10/02): A has answered everything (draft, complete) and has two evidence documents with
    /// files, one supporting 1.1 (area 1) and one 2.1 (area 2); B has one on 1.1; B, C and D submitted.
    /// </summary>
    SelfAssessment,
    /// <summary>Appraisal (07/04): every unit submitted, nothing appraised yet.</summary>
    Appraisal,
    /// <summary>Appeals (05/05): every unit appraised (A's 1.3 and 2.2 adjusted), no appeal yet.</summary>
    Appeals,
    /// <summary>Appeals (05/05): A's leader appealed 1.3 and 2.2; both open.</summary>
    AppealsOpen,
    /// <summary>Finalisation (20/05): every appeal decided, nothing published.</summary>
    Finalisation,
    /// <summary>Published (01/06).</summary>
    Published,
}

/// <summary>What the use cases of a row need to name: ids made while staging the year, and input files.</summary>
internal sealed record Facts(
    int PeriodId,
    int OtherPeriodId,
    int AppealOn13,
    int AppealOn22,
    byte[] WorksheetOfA,
    string NewFrameworkFile,
    string UnitsFile,
    string LineageFile,
    IEvidenceStore Store,
    int DocumentOfAOn11,
    int DocumentOfAOn21,
    int DocumentOfB,
    string NewSurveyFile,
    string NewAnswersFile);

/// <summary>
/// One assessment year staged once per provider, frozen at every <see cref="Stage"/> as a template database; each
/// matrix row then runs on its own copy of a template, so a call that succeeds (or wrongly succeeds) changes nothing
/// any other row sees. SQLite templates are file copies; PostgreSQL ones are <c>CREATE DATABASE … TEMPLATE</c>, which
/// takes about a second here, so on PostgreSQL the rows that cannot change anything when they behave as expected
/// (reads, and refusals) share one copy per stage, which is thrown away as soon as a row wrote to it (a new audit entry).
/// The year follows <see cref="ParIndex.App.Tests.Workflow.FullYearTests"/>: A is the unit acted on, B is "another unit".
/// Appraisers in period 2025: tham-dinh-1 → unit A; tham-dinh-2 → area 2 of every unit; tham-dinh-b → unit B;
/// tham-dinh-3 → nothing; tham-dinh-cu → unit A, but in another period (2024).
/// </summary>
public abstract class StagedYear(DatabaseProvider provider) : IAsyncLifetime
{
    public static readonly string[] ExtraAppraisers = ["tham-dinh-3", "tham-dinh-b", "tham-dinh-cu"];

    /// <summary>An account of unit A's (an editor, with a password), which the account use cases manage.</summary>
    public const string UnitAccount = "can-bo-a";

    private readonly Dictionary<Stage, string> _templates = [];
    private readonly Dictionary<Stage, StageCopy> _shared = [];
    private readonly List<Task> _drops = [];
    private readonly string _dir = Repo.TempDir();
    private TestDatabase _live = null!;
    private int _copies;

    internal World World { get; private set; } = null!;

    internal Facts Facts { get; private set; } = null!;

    public DatabaseProvider Provider => provider;

    /// <summary>The time at which a row's call is made in each stage.</summary>
    public static DateTimeOffset TimeOf(Stage stage) => stage switch
    {
        Stage.Draft => World.On(1, 2),
        Stage.SelfAssessment => World.On(2, 10),
        Stage.Appraisal => World.On(4, 7),
        Stage.Appeals or Stage.AppealsOpen => World.On(5, 5),
        Stage.Finalisation => World.On(5, 20),
        Stage.Published => World.On(6, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(stage)),
    };

    public async Task InitializeAsync()
    {
        _live = await TestDatabase.CreateAsync(provider);
        World = await new World(_live).SetUpAsync();
        await StageAsync();
    }

    public async Task DisposeAsync()
    {
        foreach (var copy in _shared.Values) await ReleaseAsync(copy);
        await Task.WhenAll(_drops);
        if (provider == DatabaseProvider.Postgres)
            foreach (var name in _templates.Values)
                await DropAsync(name);
        await _live.DisposeAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>A private copy of the database as it was at <paramref name="stage"/>, with a clock at that stage's time.</summary>
    internal async Task<StageCopy> CopyAsync(Stage stage)
    {
        var n = Interlocked.Increment(ref _copies);
        if (provider == DatabaseProvider.Sqlite)
        {
            var file = Path.Combine(_dir, $"row-{n}.db");
            File.Copy(_templates[stage], file);
            return new StageCopy(this, $"Data Source={file}", file, null, new TestClock(TimeOf(stage)));
        }
        var name = $"{LiveName}_r{n}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{_templates[stage]}\"");
        return new StageCopy(this, WithDatabase(name), null, name, new TestClock(TimeOf(stage)));
    }

    /// <summary>
    /// A copy for a row that, as expected, changes nothing: the stage's shared copy on PostgreSQL, a private one on
    /// SQLite (where copies cost nothing). Give it back with <see cref="ReturnAsync"/>.
    /// </summary>
    internal async Task<StageCopy> BorrowAsync(Stage stage)
    {
        if (provider == DatabaseProvider.Sqlite) return await CopyAsync(stage);
        if (!_shared.TryGetValue(stage, out var copy)) _shared[stage] = copy = await CopyAsync(stage);
        return copy;
    }

    /// <param name="changed">The row wrote to the copy: nobody may use it again.</param>
    internal async Task ReturnAsync(Stage stage, StageCopy copy, bool changed)
    {
        if (_shared.TryGetValue(stage, out var shared) && shared == copy)
        {
            if (!changed) return;
            _shared.Remove(stage);
        }
        await ReleaseAsync(copy);
    }

    internal Task ReleaseAsync(StageCopy copy)
    {
        if (copy.File is { } file)
        {
            using (var c = new SqliteConnection(copy.ConnectionString)) SqliteConnection.ClearPool(c);
            File.Delete(file);
        }
        else if (copy.PostgresName is { } name)
        {
            using (var c = new NpgsqlConnection(copy.ConnectionString)) NpgsqlConnection.ClearPool(c);
            // Dropping takes as long as copying; the server does it while the next rows run.
            lock (_drops) _drops.Add(DropAsync(name));
        }
        return Task.CompletedTask;
    }

    private async Task StageAsync()
    {
        var w = World;
        var clock = w.Clock;
        var period = w.PeriodId;

        // Draft: extra appraisers, a 2024 period, the assignments, and the files the import use cases read.
        await w.Run(async db =>
        {
            foreach (var name in ExtraAppraisers)
                db.Users.Add(new AppUser { Id = $"u-{name}", UserName = name, NormalizedUserName = name.ToUpperInvariant() });
            await db.SaveChangesAsync();
        });
        await w.Run(db => new AddUserHandler(db, clock).HandleAsync(w.Admin, new AddUser(UnitAccount, "Mat-khau-2025", ParIndex.Domain.Workflow.Role.UnitEditor, "A", "Cán bộ Sở A")));
        var otherPeriod = (await w.Run(db => new CreatePeriodHandler(db, clock).HandleAsync(w.Secretariat,
            new CreatePeriod(2024, "CCHC 2024", World.Deadlines, ["TEST-SO"])))).Id;
        foreach (var (user, unit, area, inPeriod) in new (string, string?, string?, int)[]
                 {
                     ("tham-dinh-1", "A", null, period), ("tham-dinh-2", null, "2", period), ("tham-dinh-b", "B", null, period),
                     ("tham-dinh-cu", "A", null, otherPeriod),
                 })
            await w.Run(db => new AssignAppraiserHandler(db, clock).HandleAsync(w.Secretariat, new AssignAppraiser(inPeriod, user, unit, area)));
        var frameworkFile = Path.Combine(_dir, "framework-2.json");
        await File.WriteAllTextAsync(frameworkFile, World.FrameworkJson.Replace("\"TEST-SO\"", "\"TEST-SO-2\"", StringComparison.Ordinal));
        var unitsFile = Path.Combine(_dir, "units.csv");
        await File.WriteAllTextAsync(unitsFile, "code,name,group\nE,Sở E,\"Sở, ban, ngành\"\n");
        var lineageFile = Path.Combine(_dir, "lineage.csv");
        await File.WriteAllTextAsync(lineageFile, "from,to,kind,date\nC,D,merge,2025-07-01\n");
        // Survey KS-TEST with a response for every unit, a minimum of one: applied, it writes 2.3 of all four.
        await w.Run(db => new DefineSurveyHandler(db, clock).HandleAsync(w.Secretariat,
            new DefineSurvey(SurveyFiles.Write(_dir, "ks.json", SurveyFiles.QuestionnaireJson), 2025, MinRespondents: 1)));
        await w.Run(db => new ImportResponsesHandler(db, clock).HandleAsync(w.Secretariat,
            new ImportResponses(SurveyFiles.Code, SurveyFiles.Write(_dir, "answers.csv", SurveyFiles.AnswersCsv))));
        var newSurveyFile = SurveyFiles.Write(_dir, "ks-moi.json", SurveyFiles.QuestionnaireJson.Replace("\"KS-TEST\"", "\"KS-MOI\"", StringComparison.Ordinal));
        var newAnswersFile = SurveyFiles.Write(_dir, "answers-new.csv", "_uuid,unit,kenh,q1\nn1,A,1,4\n");
        await FreezeAsync(Stage.Draft);

        // Self-assessment: everyone answers; B, C and D submit; A stays a complete draft.
        clock.Now = TimeOf(Stage.SelfAssessment);
        await w.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(w.Secretariat, new AdvancePeriod(period)));
        foreach (var unit in World.UnitCodes)
        foreach (var (leaf, input) in new[] { ("1.1", "ontime"), ("1.2", "95%"), ("1.3", "0.75"), ("2.1", "pass"), ("2.2", "1") })
            await w.Run(db => new SaveScoreHandler(db, clock).HandleAsync(w.Editor(unit),
                new SaveScore(period, unit, leaf, input, 0, leaf is "1.1" or "2.1" ? "Văn bản lưu tại đơn vị" : null)));
        var store = new FileSystemEvidenceStore(new EvidenceStoreOptions(Path.Combine(_dir, "evidence")));
        async Task<int> Document(string unit, string leaf, string number) => (await w.Run(db => new AddEvidenceHandler(db, clock, store).HandleAsync(w.Editor(unit),
            new AddEvidence(period, unit, number, new DateOnly(2025, 1, 15), "UBND tỉnh", $"Văn bản cho {leaf}",
                new MemoryStream(ParIndex.App.Features.Demo.DemoPdf.Create($"{unit} {leaf}", [$"{unit} {leaf}"])), $"{unit}-{leaf}.pdf", [leaf])))).Id;
        var documentOfA11 = await Document("A", "1.1", "12/KH-A");
        var documentOfA21 = await Document("A", "2.1", "34/TB-A");
        var documentOfB = await Document("B", "1.1", "56/KH-B");
        foreach (var unit in new[] { "B", "C", "D" })
            await w.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(w.Lead(unit), new SubmitSelfAssessment(period, unit)));
        var worksheet = Filled(await w.Run(db => new ExportWorksheetHandler(db, clock).HandleAsync(w.Editor("A"), new ExportWorksheet(period, "A"))));
        await FreezeAsync(Stage.SelfAssessment);

        // Appraisal: A submits too.
        await w.Run(db => new SubmitSelfAssessmentHandler(db, clock).HandleAsync(w.Lead("A"), new SubmitSelfAssessment(period, "A")));
        clock.Now = TimeOf(Stage.Appraisal);
        await w.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(w.Secretariat, new AdvancePeriod(period)));
        await FreezeAsync(Stage.Appraisal);

        // Appeals: A adjusted by its two appraisers, the survey entered, every appraisal completed.
        await w.Run(db => new AppraiseScoreHandler(db, clock).HandleAsync(w.Appraiser("tham-dinh-1"), new AppraiseScore(period, "A", "1.3", "0.5", "Chỉ có 2 tin bài", 0)));
        await w.Run(db => new AppraiseScoreHandler(db, clock).HandleAsync(w.Appraiser("tham-dinh-2"), new AppraiseScore(period, "A", "2.2", "2", "Có 2 hồ sơ trễ hạn", 0)));
        foreach (var unit in World.UnitCodes)
        {
            await w.Run(db => new AppraiseScoreHandler(db, clock).HandleAsync(w.Secretariat, new AppraiseScore(period, unit, "2.3", "0.85", "Điều tra xã hội học", 0)));
            await w.Run(db => new CompleteAppraisalHandler(db, clock).HandleAsync(w.Secretariat, new CompleteAppraisal(period, unit)));
        }
        clock.Now = TimeOf(Stage.Appeals);
        await w.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(w.Secretariat, new AdvancePeriod(period)));
        await FreezeAsync(Stage.Appeals);

        // Appeals open: A's leader appeals both adjusted items.
        var appeals = await w.Run(db => new SubmitAppealHandler(db, clock).HandleAsync(w.Lead("A"), new SubmitAppeal(period, "A",
            [new AppealItem("1.3", "0.75", "Có 3 tin bài, kèm đường dẫn"), new AppealItem("2.2", "1", "Một hồ sơ trễ do lỗi hệ thống")])));
        await FreezeAsync(Stage.AppealsOpen);

        // Finalisation: both appeals decided.
        await w.Run(db => new DecideAppealHandler(db, clock).HandleAsync(w.Council, new DecideAppeal(appeals[0].Id, true, "Văn bản hợp lệ")));
        await w.Run(db => new DecideAppealHandler(db, clock).HandleAsync(w.Council, new DecideAppeal(appeals[1].Id, false, "Lỗi hệ thống không được xác nhận")));
        clock.Now = TimeOf(Stage.Finalisation);
        await w.Run(db => new AdvancePeriodHandler(db, clock).HandleAsync(w.Secretariat, new AdvancePeriod(period)));
        await FreezeAsync(Stage.Finalisation);

        clock.Now = World.On(5, 25);
        await w.Run(db => new PublishResultsHandler(db, clock).HandleAsync(w.Council, new PublishResults(period)));
        await FreezeAsync(Stage.Published);

        Facts = new Facts(period, otherPeriod, appeals.Single(a => a.LeafCode == "1.3").Id, appeals.Single(a => a.LeafCode == "2.2").Id,
            worksheet, frameworkFile, unitsFile, lineageFile, store, documentOfA11, documentOfA21, documentOfB, newSurveyFile, newAnswersFile);
    }

    /// <summary>A's exported worksheet with 1.3 changed from 0.75 (version 1) to 0.5, as a unit would fill it offline.</summary>
    private static byte[] Filled(byte[] exported)
    {
        var sheets = XlsxReader.Read(exported, "A.xlsx");
        var scores = sheets.Single(s => s.Name == WorksheetLayout.ScoresSheet);
        var header = scores.Rows[0];
        var code = header.ToList().IndexOf(WorksheetLayout.Code);
        var input = header.ToList().IndexOf(WorksheetLayout.Input);
        var rows = scores.Rows.Select(r => r.Cast<object?>().ToList()).ToList();
        var row = rows.Single(r => r.Count > code && (string?)r[code] == "1.3");
        while (row.Count <= input) row.Add(null);
        row[input] = "0.5";
        var info = sheets.Single(s => s.Name == WorksheetLayout.InfoSheet).Rows.Select(r => (IReadOnlyList<object?>)r.Cast<object?>().ToList()).ToList();
        return XlsxWriter.Write([new Sheet(WorksheetLayout.ScoresSheet, [.. rows]), new Sheet(WorksheetLayout.InfoSheet, info)]);
    }

    private async Task FreezeAsync(Stage stage)
    {
        if (provider == DatabaseProvider.Sqlite)
        {
            using (var c = new SqliteConnection(_live.ConnectionString)) SqliteConnection.ClearPool(c);
            var file = Path.Combine(_dir, $"{stage}.db");
            File.Copy(new SqliteConnectionStringBuilder(_live.ConnectionString).DataSource, file, overwrite: true);
            _templates[stage] = file;
            return;
        }
        using (var c = new NpgsqlConnection(_live.ConnectionString)) NpgsqlConnection.ClearPool(c);
        var name = $"{LiveName}_{stage.ToString().ToLowerInvariant()}";
        await ExecuteAsync($"CREATE DATABASE \"{name}\" TEMPLATE \"{LiveName}\"");
        _templates[stage] = name;
    }

    private string LiveName => new NpgsqlConnectionStringBuilder(_live.ConnectionString).Database!;

    private string WithDatabase(string name) => new NpgsqlConnectionStringBuilder(_live.ConnectionString) { Database = name }.ConnectionString;

    private async Task ExecuteAsync(string sql)
    {
        await using var admin = new NpgsqlConnection(WithDatabase("postgres"));
        await admin.OpenAsync();
        await using var command = new NpgsqlCommand(sql, admin);
        await command.ExecuteNonQueryAsync();
    }

    private Task DropAsync(string name) => ExecuteAsync($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)");
}

public sealed class StagedYearOnSqlite() : StagedYear(DatabaseProvider.Sqlite);

public sealed class StagedYearOnPostgres() : StagedYear(DatabaseProvider.Postgres);

/// <summary>One row's private database, at its stage's time.</summary>
internal sealed class StageCopy(StagedYear owner, string connectionString, string? file, string? postgresName, TestClock clock) : IAsyncDisposable
{
    public string ConnectionString { get; } = connectionString;

    public string? File { get; } = file;

    public string? PostgresName { get; } = postgresName;

    public TestClock Clock { get; } = clock;

    public AppDbContext Open() => ParIndex.App.Data.Database.Open(owner.Provider, ConnectionString);

    public async Task<T> Run<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var db = Open();
        return await action(db);
    }

    public ValueTask DisposeAsync() => new(owner.ReleaseAsync(this));
}
