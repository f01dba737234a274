using ParIndex.App.Data;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.Data;

/// <summary>
/// A small province for use-case tests: four departments (A, B, C, D) and a 10-point framework whose points can be
/// worked out by hand:
/// area 1 (4): 1.1 options ontime 1 / late 0.5 / none 0 (evidence required), 1.2 tiers ≥ 90 % → 2, ≥ 70 % → 1,
/// 1.3 manual step 0.25 (max 1); area 2 (6): 2.1 pass/fail 2 (evidence required), 2.2 deduction 0.5 per case (max 2),
/// 2.3 survey indicator × 2.
/// Deadlines (Vietnam time, UTC+7): self-assessment 01/01 – 31/03/2025 17:00, appraisal 30/04, appeals 15/05,
/// finalisation 31/05.
/// </summary>
internal sealed class World
{
    public const string Group = "Sở, ban, ngành";
    public static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);
    public static DateTimeOffset On(int month, int day, int hour = 9) => new(2025, month, day, hour, 0, 0, Vietnam);

    public static readonly PeriodDeadlines Deadlines = new(On(1, 1, 0), On(3, 31, 17), On(4, 30, 17), On(5, 15, 17), On(5, 31, 17));

    public const string FrameworkJson = """
        {"code": "TEST-SO", "name": "Bộ chỉ số thử", "group": "Sở, ban, ngành",
         "bands": [{"label": "Xuất sắc", "min": 90}, {"label": "Tốt", "min": 80}, {"label": "Khá", "min": 70},
                   {"label": "Trung bình", "min": 50}, {"label": "Yếu", "min": 0}],
         "nodes": [
          {"code": "1", "name": "Chỉ đạo, điều hành", "max": 4, "children": [
            {"code": "1.1", "name": "Kế hoạch CCHC", "max": 1, "evidence": {"required": true, "what": "Quyết định ban hành"},
             "rule": {"kind": "options", "options": [{"key": "ontime", "label": "Đúng hạn", "points": 1},
                     {"key": "late", "label": "Chậm", "points": 0.5}, {"key": "none", "label": "Không ban hành", "points": 0}]}},
            {"code": "1.2", "name": "Hoàn thành kế hoạch", "max": 2,
             "rule": {"kind": "tiers", "tiers": [{"min": 0.9, "points": 2}, {"min": 0.7, "points": 1}, {"min": 0, "points": 0}]}},
            {"code": "1.3", "name": "Tuyên truyền", "max": 1, "rule": {"kind": "manual", "step": 0.25}}]},
          {"code": "2", "name": "Thủ tục hành chính", "max": 6, "children": [
            {"code": "2.1", "name": "Công khai TTHC", "max": 2, "evidence": {"required": true},
             "rule": {"kind": "passFail"}},
            {"code": "2.2", "name": "Hồ sơ trễ hạn", "max": 2, "rule": {"kind": "deduction", "perOccurrence": 0.5}},
            {"code": "2.3", "name": "Sự hài lòng", "max": 2, "rule": {"kind": "survey", "indicator": "SIPAS"}}]}]}
        """;

    public static readonly string[] UnitCodes = ["A", "B", "C", "D"];

    public World(TestDatabase database)
    {
        Database = database;
        Clock = new TestClock(On(1, 2));
    }

    public TestDatabase Database { get; }

    public TestClock Clock { get; }

    public Actor Admin { get; } = Actor.Operator("test");

    public Actor Secretariat { get; } = Actor.Of("u-snv", "Sở Nội vụ", null, Role.Secretariat);

    public Actor Council { get; } = Actor.Of("u-council", "Hội đồng", null, Role.Council);

    public Actor Viewer { get; } = Actor.Of("u-viewer", "Người xem", null, Role.Viewer);

    public Dictionary<string, int> UnitIds { get; } = [];

    public int PeriodId { get; set; }

    public Actor Editor(string unit) => Actor.Of($"u-{unit}-editor", $"Cán bộ {unit}", UnitIds[unit], Role.UnitEditor);

    public Actor Lead(string unit) => Actor.Of($"u-{unit}-lead", $"Lãnh đạo {unit}", UnitIds[unit], Role.UnitLead);

    public Actor Appraiser(string name) => Actor.Of($"u-{name}", name, null, Role.Appraiser);

    public AppDbContext Open() => Database.Open();

    /// <summary>Units, users, the framework, and a draft 2025 period assessing A–D.</summary>
    public async Task<World> SetUpAsync()
    {
        await using (var db = Open())
        {
            foreach (var code in UnitCodes)
                db.Units.Add(new Unit { Code = code, Name = $"Sở {code}", Type = UnitType.Department, Group = Group });
            foreach (var name in new[] { "tham-dinh-1", "tham-dinh-2" })
                db.Users.Add(new AppUser { Id = $"u-{name}", UserName = name, NormalizedUserName = name.ToUpperInvariant() });
            await db.SaveChangesAsync();
            foreach (var u in db.Units) UnitIds[u.Code] = u.Id;
        }
        var file = Path.Combine(Repo.TempDir(), "framework.json");
        await File.WriteAllTextAsync(file, FrameworkJson);
        await using (var db = Open()) await new ImportFrameworkHandler(db, Clock).HandleAsync(Admin, new ImportFramework(file));
        await using (var db = Open())
            PeriodId = (await new CreatePeriodHandler(db, Clock).HandleAsync(Secretariat, new CreatePeriod(2025, "CCHC 2025", Deadlines, ["TEST-SO"]))).Id;
        return this;
    }

    /// <summary>The period's next stage change with what is still open, as the secretariat sees it.</summary>
    public Task<StageChecklist?> ChecklistAsync() =>
        Run(db => new GetStageChecklistHandler(db).HandleAsync(Secretariat, new GetStageChecklist(PeriodId)));

    /// <summary>Moves the period on as the secretariat, confirming the open items its checklist names (what <c>period advance --yes</c> does).</summary>
    public async Task<PeriodMove> AdvanceConfirmedAsync()
    {
        var checklist = await ChecklistAsync();
        return await Run(db => new AdvancePeriodHandler(db, Clock).HandleAsync(Secretariat, new AdvancePeriod(PeriodId, Confirmed: checklist!.Fingerprint)));
    }

    /// <summary>Runs a use case on a fresh context, as each web request or CLI call does.</summary>
    public async Task<T> Run<T>(Func<AppDbContext, Task<T>> action)
    {
        await using var db = Open();
        return await action(db);
    }

    public async Task Run(Func<AppDbContext, Task> action)
    {
        await using var db = Open();
        await action(db);
    }
}
