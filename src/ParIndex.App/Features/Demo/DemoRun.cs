using System.Security.Cryptography;
using ParIndex.App.Data;
using ParIndex.App.Evidence.Storage;
using ParIndex.App.Features.Appeals;
using ParIndex.App.Features.Appraisal;
using ParIndex.App.Features.Evidence;
using ParIndex.App.Features.Frameworks;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Units;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Workflow;
using DomainUnit = ParIndex.Domain.Results.Unit;

namespace ParIndex.App.Features.Demo;

/// <summary>
/// The demo's script: who does what, when, through which use case. Every step opens its own context and runs on the
/// demo clock, which only moves forward.
/// </summary>
internal sealed partial class DemoRun(Func<AppDbContext> open, IEvidenceStore store, DemoSamples samples, Actor caller, DateTimeOffset realNow,
    IProgress<Message>? progress, CancellationToken ct)
{
    private static readonly TimeSpan Vietnam = Moment.VietnamOffset;

    /// <summary>The departments appraiser 1 is assigned to (whole units); appraiser 2 has area 3 in every unit.</summary>
    private static readonly string[] AppraiserUnits = ["SNV", "STC", "SGTVT", "SVHTTDL", "SGDDT", "SKHDT"];

    private const string ProceduresArea = "3";

    /// <summary>Units that attach real documents (files) to their sub-criteria; the others explain where the paper copies are.</summary>
    private static readonly string[] EvidenceUnits = ["SNV", "STC", "X001"];

    private const string PaperEvidence = "Tài liệu kiểm chứng bản giấy lưu tại đơn vị, đã gửi kèm hồ sơ tự đánh giá về Sở Nội vụ";

    private readonly DemoClock _clock = new();
    private readonly Dictionary<string, Actor> _actors = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, string> _unitNames = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A clock the demo sets, forward only, so the audit log reads in time order like a real province's.</summary>
    private sealed class DemoClock : TimeProvider
    {
        private DateTimeOffset _now = DateTimeOffset.MinValue;

        public override DateTimeOffset GetUtcNow() => _now.ToUniversalTime();

        public DateTimeOffset Now => _now;

        public void MoveTo(DateTimeOffset at)
        {
            if (at < _now) throw new InvalidOperationException($"the demo clock only moves forward ({_now:O} → {at:O})");
            _now = at;
        }
    }

    private static DateTimeOffset Vn(int year, int month, int day, int hour = 8, int minute = 0) => new(year, month, day, hour, minute, 0, Vietnam);

    private void At(DateTimeOffset at) => _clock.MoveTo(at);

    private DateOnly Today => DateOnly.FromDateTime(Moment.InVietnam(_clock.Now).DateTime);

    private async Task<T> Run<T>(Func<AppDbContext, Task<T>> work)
    {
        await using var db = open();
        return await work(db);
    }

    private Task Run(Func<AppDbContext, Task> work) => Run(async db => { await work(db); return true; });

    private void Report(Message message) => progress?.Report(message);

    private Actor Admin => _actors["admin"];

    private Actor Secretariat => _actors["thuongtruc"];

    private Actor Council => _actors["hoidong"];

    /// <summary>The user name of a unit's leader: <c>snv.lead</c>.</summary>
    public static string LeadOf(string unit) => unit.ToLowerInvariant() + ".lead";

    private Actor Lead(string unit) => _actors[LeadOf(unit)];

    /// <summary>Who enters the unit's scores: its editor where the demo has one, otherwise its leader (who may too).</summary>
    private Actor Editor(string unit) => _actors.TryGetValue(unit.ToLowerInvariant() + ".editor", out var editor) ? editor : Lead(unit);

    public async Task<(IReadOnlyList<DemoPeriod> Periods, IReadOnlyList<DemoSurveyLink> SurveyLinks)> RunAsync()
    {
        foreach (var g in samples.Groups)
            foreach (var y in g.Years.Values)
                foreach (var u in y.Units) _unitNames[u.Code] = u.Name;

        await SetUpAsync();
        var periods = new List<DemoPeriod>();
        foreach (var story in Stories())
        {
            if (story.Year == 2025) await ReorganiseAsync();
            periods.Add(new DemoPeriod(await PublishedYearAsync(story), $"Kỳ đánh giá {story.Year}", PeriodState.Published));
        }
        var (inProgress, links) = await InProgressAsync();
        return ([.. periods, .. inProgress], links);
    }

    /// <summary>
    /// The units and sub-criteria the script names (returns, extensions, adjustments, appeals, the 2026 drafts) must be
    /// in the samples of their year; checked before anything is written, every one missing listed.
    /// </summary>
    public static void Check(DemoSamples samples)
    {
        var problems = new List<Files.ImportProblem>();
        void Need(int year, string unit, string? leaf = null)
        {
            var group = samples.Groups.FirstOrDefault(g => g.Years[year].Units.Any(u => u.Code == unit));
            if (group is null)
                problems.Add(new Files.ImportProblem(samples.Folder, DemoMessages.NeedsUnit(unit, year)));
            else if (leaf is not null && (group.Framework.NodeIndex(leaf) is not { } node || group.Framework.LeafOrdinal(node) < 0))
                problems.Add(new Files.ImportProblem(group.FrameworkPath, DemoMessages.NeedsLeaf(leaf), Node: leaf));
        }
        foreach (var story in Stories())
        {
            Need(story.Year, story.Returned, "1.1.1");
            Need(story.Year, story.Late);
            foreach (var a in story.Adjustments) Need(story.Year, a.Unit, a.Leaf);
            foreach (var a in story.Appeals) Need(story.Year, a.Unit, a.Leaf);
        }
        foreach (var unit in EvidenceUnits.Concat(AppraiserUnits).Where(u => !u.StartsWith('X'))) Need(2025, unit);
        foreach (var unit in new[] { "SKHDT", "SYT" }) Need(2025, unit);
        foreach (var (unit, leaf) in InProgressNeeds()) Need(2025, unit, leaf);
        Files.ImportException.ThrowIfAny(problems);
    }

    // ---- set-up: accounts, frameworks, 2024 units ------------------------------------------------------------

    private async Task SetUpAsync()
    {
        Report(DemoMessages.StepSetup());
        At(Vn(2024, 12, 2, 8));
        // The operator creates the demo administrator, who creates everyone else.
        var admin = LoadDemoHandler.Accounts[0];
        await AddUserAsync(caller, admin, "Quản trị hệ thống (demo)");
        foreach (var account in LoadDemoHandler.Accounts.Skip(1).Where(a => a.UnitCode is null))
            await AddUserAsync(Admin, account, account.UserName switch
            {
                "thuongtruc" => "Phòng Cải cách hành chính, Sở Nội vụ",
                "hoidong" => "Hội đồng thẩm định Chỉ số CCHC tỉnh",
                "nguoixem" => "Người xem (demo)",
                "thamdinh1" => "Lê Thị Thu (thẩm định khối sở)",
                _ => "Phạm Quốc Việt (thẩm định TTHC)",
            });

        At(Vn(2024, 12, 2, 9));
        foreach (var g in samples.Groups)
            await Run(db => new ImportFrameworkHandler(db, _clock).HandleAsync(Secretariat, new ImportFramework(g.FrameworkPath), ct));
        foreach (var g in samples.Groups)
            await Run(db => new ImportUnitsHandler(db, _clock).HandleAsync(Secretariat, new ImportUnits(g.Years[2024].UnitsPath), ct));

        At(Vn(2024, 12, 2, 10));
        await AddUnitUsersAsync(samples.Groups.SelectMany(g => g.Years[2024].Units));
    }

    /// <summary>
    /// 1 July 2025: the reorganised units of 2025, the lineage (merger, rename, split), the new units' leaders, and the
    /// province's external indices up to 2024 (sample figures).
    /// </summary>
    private async Task ReorganiseAsync()
    {
        Report(DemoMessages.StepReorganisation());
        At(Vn(2025, 7, 1, 8));
        foreach (var g in samples.Groups)
            await Run(db => new ImportUnitsHandler(db, _clock).HandleAsync(Secretariat, new ImportUnits(g.Years[2025].UnitsPath), ct));
        await Run(db => new ImportLineageHandler(db, _clock).HandleAsync(Secretariat, new ImportLineage(samples.LineagePath), ct));
        At(Vn(2025, 7, 1, 9));
        await AddUnitUsersAsync(samples.Groups.SelectMany(g => g.Years[2025].Units));
        At(Vn(2025, 7, 1, 10));
        await Run(db => new ImportScoreboardHandler(db, _clock).HandleAsync(Secretariat, new ImportScoreboard(samples.ScoreboardPath), ct));
    }

    private async Task AddUserAsync(Actor by, DemoAccount account, string displayName)
    {
        var role = Enum.Parse<Role>(account.Role);
        await Run(db => new AddUserHandler(db, _clock).HandleAsync(by, new AddUser(account.UserName, account.Password, role, account.UnitCode, displayName), ct));
        _actors[account.UserName] = await Run(db => new GetActorHandler(db).HandleAsync(new GetActor(account.UserName), ct));
    }

    /// <summary>
    /// A leader for every unit that has none yet (the printed one where the demo has it, else a random password nobody
    /// is shown), and the demo's editors.
    /// </summary>
    private async Task AddUnitUsersAsync(IEnumerable<DomainUnit> units)
    {
        var people = new Dictionary<string, string>
        {
            ["snv.editor"] = "Trần Thị Bình", ["snv.lead"] = "Nguyễn Văn An",
            ["stc.editor"] = "Hoàng Minh Châu", ["stc.lead"] = "Đỗ Văn Dũng",
            ["x001.editor"] = "Vũ Thị Hà", ["x001.lead"] = "Bùi Văn Khánh",
        };
        foreach (var unit in units)
        {
            var lead = LeadOf(unit.Code);
            if (_actors.ContainsKey(lead)) continue;
            foreach (var account in LoadDemoHandler.Accounts.Where(a => string.Equals(a.UnitCode, unit.Code, StringComparison.OrdinalIgnoreCase)))
                await AddUserAsync(Admin, account, $"{people.GetValueOrDefault(account.UserName, account.UserName)} ({unit.Name})");
            if (!_actors.ContainsKey(lead))
                await AddUserAsync(Admin, new DemoAccount(lead, RandomPassword(), nameof(Role.UnitLead), unit.Code, Message.Plain("")), $"Lãnh đạo {unit.Name}");
        }
    }

    private static string RandomPassword() => "Dl7-" + Convert.ToHexString(RandomNumberGenerator.GetBytes(16)) + "-x";

    // ---- the two published years --------------------------------------------------------------------------

    private sealed record Adjustment(string Appraiser, string Unit, string Leaf, string Input, string Reason);

    /// <summary>An appeal for the unit's own self-assessed input; <see cref="Document"/> makes its supporting document from the unit's name.</summary>
    private sealed record AppealPlan(string Unit, string Leaf, string Argument, bool Accept, string Decider, string Decision, Func<string, DemoDocument>? Document = null);

    private sealed record YearStory(int Year, string Returned, string ReturnReason, string Late, string ExtensionReason,
        IReadOnlyList<Adjustment> Adjustments, IReadOnlyList<AppealPlan> Appeals);

    private static IEnumerable<YearStory> Stories()
    {
        yield return new YearStory(2024,
            "STC", "Tiêu chí 1.1.1 mới có giải trình, chưa kèm Quyết định ban hành Kế hoạch CCHC năm 2024 của Sở; đề nghị bổ sung tài liệu kiểm chứng và nộp lại trước hạn.",
            "X026", "UBND xã đề nghị gia hạn (Văn bản số 18/UBND-VP ngày 28/3/2025): công chức phụ trách CCHC nghỉ chế độ thai sản, đang bàn giao công việc.",
            [
                new("thamdinh2", "SCT", "3.2.1", "0.94", "Báo cáo trích xuất từ Hệ thống thông tin giải quyết TTHC: 1.128/1.200 hồ sơ đúng hạn (94%), dưới mức 95%."),
                new("thamdinh1", "SGTVT", "1.4.3", "1", "Chỉ 01 sáng kiến có quyết định công nhận của UBND tỉnh; 02 mô hình còn lại chưa được cấp có thẩm quyền công nhận."),
                new("thamdinh1", "SVHTTDL", "1.3.2", "0.5", "Hình thức tuyên truyền chủ yếu là đăng tin trên trang thông tin điện tử; chưa tổ chức hội nghị, cuộc thi hay tọa đàm về CCHC."),
                new("thamdinh2", "X040", "3.3.2", "0.8", "Số liệu Cổng dịch vụ công: 80% hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến, không phải 86% như đơn vị tự chấm."),
            ],
            [
                new("SCT", "3.2.1",
                    "12 hồ sơ bị tính trễ hạn đã được gia hạn hợp lệ do phải xác minh thực địa (văn bản kèm theo); loại trừ số này, tỷ lệ đúng hạn là 1.140/1.200 = 95%, đạt mức tối thiểu của khung điểm.",
                    true, "thamdinh2", "Chấp nhận: 12 hồ sơ được gia hạn hợp lệ; tỷ lệ đúng hạn 95%, mức tối thiểu được tính là đạt.",
                    name => DemoDocuments.ForAppeal("SCT", name, 2024, "SCT-VP", new DateOnly(2024, 12, 16),
                        "Thông báo gia hạn thời hạn giải quyết 12 hồ sơ thủ tục hành chính do phải xác minh thực địa")),
                new("SGTVT", "1.4.3",
                    "Hai mô hình \"Một cửa điện tử liên thông đăng kiểm\" và \"Bản đồ số hạ tầng giao thông\" đã được áp dụng và mang lại hiệu quả rõ rệt.",
                    false, "hoidong", "Không chấp nhận: sáng kiến, mô hình chỉ được tính khi có quyết định công nhận của cấp có thẩm quyền trong năm đánh giá."),
            ]);
        yield return new YearStory(2025,
            "X001", "Tiêu chí 1.1.1 mới có giải trình, chưa kèm Quyết định ban hành Kế hoạch CCHC năm 2025 của UBND phường; đề nghị bổ sung tài liệu kiểm chứng và nộp lại trước hạn.",
            "SNNMT", "Sở Nông nghiệp và Môi trường mới hợp nhất, đang kiện toàn bộ máy và tổng hợp số liệu của hai sở cũ (Văn bản đề nghị số 215/SNNMT-VP).",
            [
                new("thamdinh1", "STC", "1.3.1", "9", "Chỉ 9/13 tin, bài có nội dung về CCHC; 4 tin còn lại là tin hoạt động chung của Sở."),
                new("thamdinh2", "SGDDT", "3.2.2", "fail", "Có 7 hồ sơ trễ hạn nhưng chỉ có 3 phiếu xin lỗi và hẹn lại ngày trả kết quả."),
                new("thamdinh2", "X040", "3.3.2", "0.7", "Số liệu Cổng dịch vụ công năm 2025: 70% hồ sơ có nghĩa vụ tài chính được thanh toán trực tuyến, không phải 78%."),
            ],
            [
                new("STC", "1.3.1",
                    "Gửi kèm danh sách 13 tin, bài về CCHC có đường dẫn; cả 13 tin, bài đều phản ánh nhiệm vụ CCHC (số hóa hồ sơ, dịch vụ công trực tuyến, tinh gọn bộ máy).",
                    true, "thamdinh1", "Chấp nhận: đã đối chiếu 13 đường dẫn, các tin, bài đều có nội dung về CCHC.",
                    name => DemoDocuments.ForAppeal("STC", name, 2025, "BC-STC", new DateOnly(2025, 12, 22),
                        "Danh sách tin, bài về cải cách hành chính đăng trên Trang thông tin điện tử Sở Tài chính năm 2025")),
                new("SGDDT", "3.2.2",
                    "Bốn hồ sơ trễ hạn còn lại do lỗi kết nối của hệ thống một cửa điện tử, không do lỗi của đơn vị.",
                    false, "hoidong", "Không chấp nhận: quy định yêu cầu xin lỗi bằng văn bản với mọi hồ sơ trễ hạn, kể cả khi do lỗi hệ thống."),
            ]);
    }

    /// <summary>
    /// A whole year, assessed in the following year: created in December, self-assessment from 2 January to 31 March
    /// 17:00, appraisal to 30 April, appeals to 15 May, published at the end of May.
    /// </summary>
    private async Task<int> PublishedYearAsync(YearStory story)
    {
        var year = story.Year;
        var next = year + 1;
        Report(DemoMessages.StepPeriod(year));
        var deadlines = new PeriodDeadlines(Vn(next, 1, 2, 0), Vn(next, 3, 31, 17), Vn(next, 4, 30, 17), Vn(next, 5, 15, 17), Vn(next, 5, 29, 17));
        var units = samples.Groups.SelectMany(g => g.Years[year].Units.Select(u => (Group: g, Data: g.Years[year], u.Code))).ToList();

        At(Vn(year, 12, 16, 9));
        var periodId = (await Run(db => new CreatePeriodHandler(db, _clock).HandleAsync(Secretariat,
            new CreatePeriod(year, $"Kỳ đánh giá {year}", deadlines, [.. samples.Groups.Select(g => g.Code)], [.. units.Select(u => u.Code)]), ct))).Id;
        At(Vn(year, 12, 16, 10));
        await AssignAsync(periodId, units.Select(u => u.Code));
        At(Vn(next, 1, 2, 8));
        await Run(db => new AdvancePeriodHandler(db, _clock).HandleAsync(Secretariat, new AdvancePeriod(periodId, PeriodState.Draft), ct));

        // Self-assessment: two units a day from 3 February, each saving in the morning or at noon and submitting
        // three hours later; the returned unit first keeps its plan decision back.
        Report(DemoMessages.StepSelfAssessment(year));
        var onTime = units.Where(u => u.Code != story.Late).ToList();
        for (var i = 0; i < onTime.Count; i++)
        {
            var (group, data, code) = onTime[i];
            var start = Vn(next, 2, 3, 8, 30).AddDays(i / 2).AddHours(i % 2 * 4);
            await SelfAssessAsync(periodId, group, data, code, start, withheld: code == story.Returned ? DemoDocument.Plan : null);
            At(start.AddHours(3));
            await SubmitAsync(periodId, code);
        }

        // Returned for revision, completed and submitted again before the deadline.
        var returned = units.Single(u => u.Code == story.Returned);
        At(Vn(next, 3, 10, 10));
        await Run(db => new ReturnSubmissionHandler(db, _clock).HandleAsync(Secretariat, new ReturnSubmission(periodId, story.Returned, story.ReturnReason), ct));
        At(Vn(next, 3, 11, 9));
        var plan = Documents(returned.Group, returned.Code, year).Single(d => d.Kind == DemoDocument.Plan);
        await Run(db => new AddEvidenceHandler(db, _clock, store).HandleAsync(Editor(story.Returned), plan.Request(periodId, story.Returned, plan.Leaves), ct));
        At(Vn(next, 3, 11, 9, 30));
        var leaf = plan.Leaves[0];
        await Run(db => new SaveScoreHandler(db, _clock).HandleAsync(Editor(story.Returned),
            new SaveScore(periodId, story.Returned, leaf, returned.Data.Text(story.Returned, returned.Group.Leaf(leaf)), 1), ct));
        At(Vn(next, 3, 12, 14));
        await SubmitAsync(periodId, story.Returned);

        // Late: nothing by 31 March 17:00; the secretariat extends the unit's deadline, and it submits in time for that.
        var late = units.Single(u => u.Code == story.Late);
        At(Vn(next, 4, 1, 9));
        await Run(db => new GrantExtensionHandler(db, _clock).HandleAsync(Secretariat, new GrantExtension(periodId, story.Late, Vn(next, 4, 4, 17), story.ExtensionReason), ct));
        await SelfAssessAsync(periodId, late.Group, late.Data, late.Code, Vn(next, 4, 2, 14));
        At(Vn(next, 4, 3, 10));
        await SubmitAsync(periodId, story.Late);

        // Appraisal: adjustments with reasons, the survey's results entered by the secretariat, then each closed.
        Report(DemoMessages.StepAppraisal(year));
        At(Vn(next, 4, 7, 8));
        await AdvanceAsync(periodId);
        var at = Vn(next, 4, 9, 9);
        foreach (var a in story.Adjustments)
        {
            At(at);
            at = at.AddHours(1);
            await Run(db => new AppraiseScoreHandler(db, _clock).HandleAsync(_actors[a.Appraiser], new AppraiseScore(periodId, a.Unit, a.Leaf, a.Input, a.Reason, 0), ct));
        }
        at = Vn(next, 4, 14, 8);
        foreach (var (group, data, code) in units)
        {
            At(at);
            at = at.AddMinutes(5);
            foreach (var (surveyLeaf, node) in group.Leaves.Where(l => group.IsSurvey(l.Leaf)))
                await Run(db => new AppraiseScoreHandler(db, _clock).HandleAsync(Secretariat, new AppraiseScore(periodId, code, node.Code, data.Text(code, surveyLeaf),
                    $"Kết quả điều tra xã hội học năm {year} do Sở Nội vụ tổng hợp", 0), ct));
        }
        at = Vn(next, 4, 24, 9);
        foreach (var (_, _, code) in units)
        {
            At(at);
            at = at.AddMinutes(3);
            var by = AppraiserUnits.Contains(code) ? _actors["thamdinh1"] : Secretariat;
            await Run(db => new CompleteAppraisalHandler(db, _clock).HandleAsync(by, new CompleteAppraisal(periodId, code), ct));
        }

        // Appeals: each unit asks for its own self-assessed input back; one is accepted, one rejected.
        Report(DemoMessages.StepAppeals(year));
        At(Vn(next, 5, 5, 8));
        await AdvanceAsync(periodId);
        var appeals = new List<(AppealPlan Plan, int Id)>();
        at = Vn(next, 5, 7, 9);
        foreach (var appeal in story.Appeals)
        {
            At(at);
            at = at.AddHours(2);
            var unit = units.Single(u => u.Code == appeal.Unit);
            List<int> documents = [];
            if (appeal.Document is not null)
            {
                var document = appeal.Document(_unitNames[appeal.Unit]);
                documents.Add((await Run(db => new AddEvidenceHandler(db, _clock, store).HandleAsync(Editor(appeal.Unit), document.Request(periodId, appeal.Unit, []), ct))).Id);
            }
            var requested = unit.Data.Text(appeal.Unit, unit.Group.Leaf(appeal.Leaf));
            var submitted = await Run(db => new SubmitAppealHandler(db, _clock).HandleAsync(Lead(appeal.Unit),
                new SubmitAppeal(periodId, appeal.Unit, [new AppealItem(appeal.Leaf, requested, appeal.Argument, documents)]), ct));
            appeals.Add((appeal, submitted.Single().Id));
        }
        at = Vn(next, 5, 12, 14);
        foreach (var (appeal, id) in appeals)
        {
            At(at);
            at = at.AddHours(1);
            await Run(db => new DecideAppealHandler(db, _clock).HandleAsync(_actors[appeal.Decider], new DecideAppeal(id, appeal.Accept, appeal.Decision), ct));
        }

        Report(DemoMessages.StepPublication(year));
        At(Vn(next, 5, 18, 8));
        await AdvanceAsync(periodId);
        At(Vn(next, 5, 28, 15));
        await Run(db => new PublishResultsHandler(db, _clock).HandleAsync(Council, new PublishResults(periodId), ct));
        return periodId;
    }

    // ---- steps ----------------------------------------------------------------------------------------------

    /// <summary>Appraiser 1 on the units of <paramref name="wholeUnits"/> (default: the departments of <see cref="AppraiserUnits"/>) the period assesses; appraiser 2 on area 3 everywhere.</summary>
    private async Task AssignAsync(int periodId, IEnumerable<string> units, IReadOnlyList<string>? wholeUnits = null)
    {
        foreach (var unit in (wholeUnits ?? AppraiserUnits).Where(units.Contains))
            await Run(db => new AssignAppraiserHandler(db, _clock).HandleAsync(Secretariat, new AssignAppraiser(periodId, "thamdinh1", unit, null), ct));
        await Run(db => new AssignAppraiserHandler(db, _clock).HandleAsync(Secretariat, new AssignAppraiser(periodId, "thamdinh2", null, ProceduresArea), ct));
    }

    private Task AdvanceAsync(int periodId) =>
        Run(db => new AdvancePeriodHandler(db, _clock).HandleAsync(Secretariat, new AdvancePeriod(periodId), ct));

    private Task SubmitAsync(int periodId, string unit) =>
        Run(db => new SubmitSelfAssessmentHandler(db, _clock).HandleAsync(Lead(unit), new SubmitSelfAssessment(periodId, unit), ct));

    /// <summary>The unit's documents for a year, those issued by today only.</summary>
    private IReadOnlyList<DemoDocument> Documents(DemoGroup group, string unit, int year) =>
        [.. DemoDocuments.For(unit, _unitNames[unit], group.IsCommunes, year).Where(d => d.IssuedOn < Today)];

    /// <summary>
    /// One unit's self-assessment at <paramref name="at"/>: its documents first (for the evidence units), then every
    /// sub-criterion it answers (all but the survey's, or those of <paramref name="areas"/>) in one save, explaining
    /// where the paper evidence is for each one that requires evidence and has no document. Without
    /// <paramref name="documents"/> even an evidence unit only explains.
    /// </summary>
    private async Task SelfAssessAsync(int periodId, DemoGroup group, DemoYear data, string unit, DateTimeOffset at,
        string? withheld = null, int? reportYear = null, IReadOnlyList<string>? areas = null, bool explain = true, bool documents = true)
    {
        At(at);
        var inputs = data.Inputs(unit);
        bool Answered(int leaf, Domain.Frameworks.FrameworkNode node) =>
            !group.IsSurvey(leaf) && (areas is null || areas.Any(a => node.Code.StartsWith(a + ".", StringComparison.Ordinal)));
        bool NeedsEvidence(int leaf, Domain.Frameworks.FrameworkNode node) =>
            node.Evidence is { Required: true } && inputs[leaf].Kind != InputKind.NotApplicable;

        var linked = new HashSet<string>(StringComparer.Ordinal);
        if (documents && EvidenceUnits.Contains(unit))
        {
            var wanted = group.Leaves.Where(l => Answered(l.Leaf, l.Node) && NeedsEvidence(l.Leaf, l.Node)).Select(l => l.Node.Code).ToHashSet();
            foreach (var document in Documents(group, unit, reportYear ?? data.Year).Where(d => d.Kind != withheld))
            {
                var leaves = document.Leaves.Where(wanted.Contains).ToList();
                if (leaves.Count == 0) continue;
                await Run(db => new AddEvidenceHandler(db, _clock, store).HandleAsync(Editor(unit), document.Request(periodId, unit, leaves), ct));
                linked.UnionWith(leaves);
            }
            At(at.AddMinutes(30));
        }

        var items = group.Leaves.Where(l => Answered(l.Leaf, l.Node)).Select(l => new SelfAssessedItem(l.Node.Code, data.Text(unit, l.Leaf), 0,
            explain && NeedsEvidence(l.Leaf, l.Node) && !linked.Contains(l.Node.Code) ? PaperEvidence : null)).ToList();
        await Run(db => new SaveSelfAssessmentHandler(db, _clock).HandleAsync(Editor(unit), new SaveSelfAssessment(periodId, unit, items), ct));
    }
}
