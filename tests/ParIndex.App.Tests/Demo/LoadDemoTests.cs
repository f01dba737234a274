using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Compute;
using ParIndex.App.Data;
using ParIndex.App.Features.Demo;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Features.Scoreboard;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;
using Xunit.Abstractions;

namespace ParIndex.App.Tests.Demo;

/// <summary>The demo province, loaded once on SQLite through the use cases, checked as a user of the system would.</summary>
public sealed class LoadDemoTests(SqliteDemoDatabase demo, ITestOutputHelper output) : IClassFixture<SqliteDemoDatabase>
{
    private const string Departments = "Sở, ban, ngành";
    private const string Communes = "Xã, phường";

    private async Task<T> Read<T>(Func<AppDbContext, Task<T>> read)
    {
        await using var db = demo.Open();
        return await read(db);
    }

    private static Domain.Results.GroupResult Compute(string framework, string group, int year) => ComputeResults.Run(new ComputeRequest(
        Path.Combine(DemoDatabase.Samples, "frameworks", framework),
        Path.Combine(DemoDatabase.Samples, "tinh-mau", $"scores-{group}-{year}.csv"),
        Path.Combine(DemoDatabase.Samples, "tinh-mau", $"units-{group}-{year}.csv")));

    private Task<Domain.Results.GroupResult> Published(int period, string group) =>
        Read(async db => (await new GetPublishedResultsHandler(db).HandleAsync(new GetPublishedResults(period, group))).Results);

    [Fact]
    public async Task Loads_two_published_years_and_three_2026_periods_at_three_stages()
    {
        output.WriteLine($"Demo load on SQLite: {demo.LoadTime.TotalSeconds:0.0} s");
        Assert.Equal(5, demo.Loaded.PeriodIds.Count);
        var periods = await Read(db => db.Periods.AsNoTracking().Include(p => p.Submissions).OrderBy(p => p.Id).ToListAsync());
        Assert.Equal(demo.Loaded.PeriodIds, periods.Select(p => p.Id));
        Assert.Equal([2024, 2025, 2026, 2026, 2026], periods.Select(p => p.Year));
        // 2024: 20 departments and 40 communes; 2025: 19 and 39; 2026: the 19 departments, the 39 communes, six pilot units.
        Assert.Equal([60, 58, 19, 39, 6], periods.Select(p => p.Submissions.Count));
        Assert.All(periods[0].Submissions.Concat(periods[1].Submissions), s => Assert.Equal(SubmissionState.Final, s.State));
        await DemoStages.AssertAsync(demo);
    }

    [Fact]
    public Task Every_demo_account_has_work_waiting() => DemoStages.AssertEveryAccountHasWorkAsync(demo);

    [Fact]
    public async Task Published_results_verify_and_the_audit_chain_is_intact()
    {
        foreach (var period in demo.Loaded.PeriodIds.Take(2))
        {
            var groups = await Read(db => new VerifyResultsHandler(db).HandleAsync(demo.Operator, new VerifyResults(period)));
            Assert.Equal([Departments, Communes], groups.Select(g => g.Group).Order(StringComparer.Ordinal));
            Assert.All(groups, g => Assert.True(g.Ok, g.Problem));
        }
        Assert.Null(await Read(db => AuditChain.VerifyAsync(db, CancellationToken.None)));
        // The log reads in time order, as a real province's would: the demo clock only moved forward.
        var times = await Read(db => db.Audit.AsNoTracking().OrderBy(a => a.Id).Select(a => a.At).ToListAsync());
        Assert.True(times.Zip(times.Skip(1)).All(p => p.First <= p.Second));
        Assert.True(times[^1] < DemoDatabase.LoadedAt, "nothing is dated after the time of loading");
    }

    [Fact]
    public async Task Every_demo_account_becomes_an_actor_with_its_role_and_unit()
    {
        Assert.Equal(LoadDemoHandler.Accounts, demo.Loaded.Accounts);
        Assert.Equal(Enum.GetNames<Role>().Order(), demo.Loaded.Accounts.Select(a => a.Role).Distinct().Order());
        var units = await Read(db => db.Units.AsNoTracking().ToDictionaryAsync(u => u.Code, u => u.Id));
        foreach (var account in demo.Loaded.Accounts)
        {
            Assert.True(account.Password.Length >= IdentitySetup.MinPasswordLength && account.Password.Any(char.IsDigit)
                && account.Password.Any(char.IsUpper) && account.Password.Any(char.IsLower), account.UserName);
            var actor = await Read(db => new GetActorHandler(db).HandleAsync(new GetActor(account.UserName)));
            Assert.Equal([Enum.Parse<Role>(account.Role)], actor.Roles);
            Assert.Equal(account.UnitCode is null ? null : units[account.UnitCode], actor.UnitId);
            Assert.False(string.IsNullOrWhiteSpace(account.Description.In(Language.Vi)));
            Assert.NotEqual(account.Description.In(Language.Vi), account.Description.In(Language.En));
        }
        // Every unit that worked has its own leader's account, so the audit log names a real user for each step.
        var actors = await Read(db => db.Audit.AsNoTracking().Select(a => a.Actor).Distinct().ToListAsync());
        var users = await Read(db => db.Users.AsNoTracking().Select(u => u.Id).ToListAsync());
        Assert.Equal([demo.Operator.UserId], actors.Except(users));
    }

    [Theory]
    [InlineData(1, "so-nganh.json", "so", 2025, new[] { "SGDDT" })]
    [InlineData(0, "so-nganh.json", "so", 2024, new[] { "SGTVT", "SVHTTDL" })]
    public async Task Departments_the_demo_does_not_adjust_publish_what_compute_gives(int period, string framework, string group, int year, string[] adjusted)
    {
        var expected = Compute(framework, group, year);
        var published = await Published(demo.Loaded.PeriodIds[period], Departments);
        Assert.Equal(expected.Units.Select(u => u.Unit.Code).Order(), published.Units.Select(u => u.Unit.Code).Order());
        foreach (var unit in published.Units.Where(u => !adjusted.Contains(u.Unit.Code)))
        {
            var same = expected.Units.Single(u => u.Unit.Code == unit.Unit.Code);
            Assert.True((same.PublishedIndex, same.Rank) == (unit.PublishedIndex, unit.Rank),
                $"{unit.Unit.Code}: compute {same.PublishedIndex} #{same.Rank}, published {unit.PublishedIndex} #{unit.Rank}");
            Assert.Equal(same.Score.TotalPoints, unit.Score.TotalPoints);
        }
        // The adjusted units lost what the appraisal took and their appeal did not give back, and kept their rank.
        foreach (var code in adjusted)
        {
            var before = expected.Units.Single(u => u.Unit.Code == code);
            var after = published.Units.Single(u => u.Unit.Code == code);
            Assert.True(after.Score.TotalPoints < before.Score.TotalPoints, code);
            Assert.Equal(before.Rank, after.Rank);
        }
    }

    [Fact]
    public async Task The_sample_figures_hold_in_the_published_2025_ranking()
    {
        var results = await Published(demo.Loaded.PeriodIds[1], Departments);
        var stc = results.Units.Single(u => u.Unit.Code == "STC");
        Assert.Equal((1, 92.73m), (stc.Rank, stc.PublishedIndex)); // its appeal restored what the appraisal took
        Assert.Equal([11, 11, 13], results.Units.Where(u => u.Unit.Code is "SCT" or "SXD" or "SYT").Select(u => u.Rank));
        var sgddt = results.Units.Single(u => u.Unit.Code == "SGDDT"); // its rejected appeal left the appraisal's −1
        Assert.Equal((19, 77.81m), (sgddt.Rank, sgddt.PublishedIndex));

        var communes = await Published(demo.Loaded.PeriodIds[1], Communes);
        var expected = Compute("xa-phuong.json", "xa", 2025);
        Assert.All(communes.Units.Where(u => u.Unit.Code != "X040"), u =>
            Assert.Equal(expected.Units.Single(e => e.Unit.Code == u.Unit.Code).PublishedIndex, u.PublishedIndex));
    }

    [Fact]
    public async Task The_2025_comparison_follows_the_merger_and_the_rename()
    {
        var results = await Published(demo.Loaded.PeriodIds[1], Departments);
        var merged = results.Units.Single(u => u.Unit.Code == "SNNMT").Change!;
        Assert.Equal(["SNNPTNT", "STNMT"], merged.ComparedWith);
        Assert.Equal(0.65m, merged.DeltaPoints);
        Assert.Equal(0, merged.DeltaRank);
        var renamed = results.Units.Single(u => u.Unit.Code == "SDTTG").Change!;
        Assert.Equal(["BDT"], renamed.ComparedWith);
        Assert.Equal(87.06m - 87.24m, renamed.DeltaPoints);
        Assert.Equal(0, renamed.DeltaRank);

        var communes = await Published(demo.Loaded.PeriodIds[1], Communes);
        Assert.Equal(["X012", "X013", "X014"], communes.Units.Single(u => u.Unit.Code == "X041").Change!.ComparedWith);
        Assert.NotNull(communes.Units.Single(u => u.Unit.Code == "X042").Change!.DeltaPoints);
    }

    [Fact]
    public async Task Returns_extensions_appraisals_and_appeals_are_on_record()
    {
        var audit = await Read(db => db.Audit.AsNoTracking().ToListAsync());
        var (p2024, p2025) = (demo.Loaded.PeriodIds[0], demo.Loaded.PeriodIds[1]);
        int[] published = [p2024, p2025];
        Assert.Equal([$"{p2024}/STC", $"{p2025}/X001"], audit.Where(a => a.Action == "submission.return").Select(a => a.EntityKey));
        Assert.Equal([$"{p2024}/X026", $"{p2025}/SNNMT"], audit.Where(a => a.Action == "submission.extend").Select(a => a.EntityKey));
        Assert.All(audit.Where(a => a.Action is "submission.return" or "submission.extend"), a => Assert.False(string.IsNullOrWhiteSpace(a.Reason)));

        // Late units submitted after the period's deadline but before their own.
        var late = await Read(db => db.Submissions.AsNoTracking().Include(s => s.Period).Include(s => s.Unit)
            .Where(s => s.Unit.Code == "X026" || s.Unit.Code == "SNNMT").Where(s => s.ExtendedUntil != null).ToListAsync());
        Assert.Equal(2, late.Count);
        Assert.All(late, s => Assert.True(s.SubmittedAt > s.Period.SelfAssessmentCloses && s.SubmittedAt < s.ExtendedUntil));

        IQueryable<ScoreEntry> Published(AppDbContext db) =>
            db.Scores.AsNoTracking().Where(s => s.Stage == ScoreStage.Appraised && db.Submissions.Any(x => x.Id == s.SubmissionId && published.Contains(x.PeriodId)));
        var adjustments = await Read(db => Published(db).Where(s => !s.Note!.StartsWith("Kết quả điều tra")).ToListAsync());
        Assert.Equal(7, adjustments.Count);
        Assert.All(adjustments, a => Assert.False(string.IsNullOrWhiteSpace(a.Note)));

        var appeals = await Read(db => db.Appeals.AsNoTracking().Where(a => db.Submissions.Any(x => x.Id == a.SubmissionId && published.Contains(x.PeriodId)))
            .OrderBy(a => a.Id).ToListAsync());
        Assert.Equal([AppealState.Accepted, AppealState.Rejected, AppealState.Accepted, AppealState.Rejected], appeals.Select(a => a.State));
        Assert.All(appeals, a => Assert.False(string.IsNullOrWhiteSpace(a.DecisionReason)));
        Assert.Equal(2, await Read(db => db.AppealEvidence.CountAsync()));

        // Survey-derived points were entered by the secretariat at appraisal, never by the units.
        var secretariat = await Read(db => db.Users.Where(u => u.UserName == "thuongtruc").Select(u => u.Id).SingleAsync());
        var surveys = await Read(db => Published(db).Where(s => s.Note!.StartsWith("Kết quả điều tra")).ToListAsync());
        // 2024: 20 departments × 14 survey leaves + 40 communes × 10; 2025: 19 × 14 + 39 × 10.
        Assert.Equal(20 * 14 + 40 * 10 + 19 * 14 + 39 * 10, surveys.Count);
        Assert.All(surveys, s => Assert.Equal(secretariat, s.Author));
    }

    [Fact]
    public async Task Evidence_files_are_small_valid_pdfs_linked_to_sub_criteria()
    {
        var documents = await Read(db => db.Evidence.AsNoTracking().Include(d => d.Links).ToListAsync());
        Assert.InRange(documents.Count, 20, 60);
        Assert.Contains(documents, d => d.Number is { } n && n.EndsWith("/QĐ-SNV", StringComparison.Ordinal));
        Assert.Contains(documents, d => d.Issuer == "Ủy ban nhân dân phường Đông Thành");
        Assert.All(documents, d =>
        {
            Assert.Equal("application/pdf", d.ContentType);
            Assert.NotNull(d.IssuedOn);
            Assert.False(string.IsNullOrWhiteSpace(d.Summary));
        });
        Assert.True(documents.Count(d => d.Links.Count > 0) >= 20);
        foreach (var d in documents.Take(5))
        {
            await using var file = (await demo.Store.OpenAsync(d.FileSha256!, CancellationToken.None))!;
            var bytes = new byte[file.Length];
            await file.ReadExactlyAsync(bytes);
            var text = System.Text.Encoding.ASCII.GetString(bytes);
            Assert.StartsWith("%PDF-1.4", text);
            Assert.EndsWith("%%EOF\n", text);
            // The cross-reference table points at each object.
            var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0]);
            Assert.StartsWith("xref", text[xref..]);
            Assert.StartsWith("1 0 obj", text[int.Parse(text[(xref + 29)..(xref + 39)])..]);
        }
    }

    [Fact]
    public async Task The_2026_period_has_live_work_and_deadlines_ahead()
    {
        var period = await Read(db => db.Periods.AsNoTracking().Include(p => p.Submissions).ThenInclude(s => s.Unit).SingleAsync(p => p.Name == "Kỳ đánh giá 2026"));
        Assert.True(period.SelfAssessmentCloses > DemoDatabase.LoadedAt.AddDays(60));
        Assert.Equal(new DateTimeOffset(2027, 3, 31, 17, 0, 0, TimeSpan.FromHours(7)), period.SelfAssessmentCloses);
        Assert.True(period.SelfAssessmentOpens < DemoDatabase.LoadedAt);
        var states = period.Submissions.ToDictionary(s => s.Unit.Code, s => s.State);
        Assert.Equal(SubmissionState.Submitted, states["STC"]);
        Assert.Equal([SubmissionState.Draft, SubmissionState.Draft, SubmissionState.Draft], new[] { "SNV", "SKHDT", "SYT" }.Select(c => states[c]));
        Assert.Equal(15, states.Values.Count(s => s == SubmissionState.NotStarted));
    }

    [Fact]
    public async Task The_province_scoreboard_holds_the_sample_figures_with_their_changes()
    {
        var board = await Read(db => new GetScoreboardHandler(db).HandleAsync(new GetScoreboard()));

        Assert.Equal(["PAR_INDEX", "SIPAS", "PCI", "PAPI", "ICT"], board.Select(i => i.Code));
        Assert.Equal(18, board.Sum(i => i.Years.Count));
        var par = board[0].Latest;
        // 2024: 89.41, rank 12/63; on 2023 (87.90, rank 18): +1.51 and 6 places gained.
        Assert.Equal((2024, 89.41m, 12, 63, 1.51m, 6), (par.Year, par.Score, par.Rank!.Value, par.OutOf!.Value, par.DeltaScore!.Value, par.DeltaRank!.Value));
        Assert.All(board.SelectMany(i => i.Years), y => Assert.StartsWith("Dữ liệu mẫu", y.Source, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_second_load_is_refused_and_changes_nothing()
    {
        async Task<(int, int, int, int, string)> Counts() => await Read(async db => (await db.Audit.CountAsync(), await db.Users.CountAsync(),
            await db.Scores.CountAsync(), await db.Evidence.CountAsync(), await AuditChain.HeadAsync(db, CancellationToken.None)));
        var before = await Counts();
        var files = Directory.GetFiles(demo.EvidenceRoot, "*", SearchOption.AllDirectories).Length;

        var refused = await Assert.ThrowsAsync<WorkflowException>(() => demo.Handler().HandleAsync(demo.Operator, new LoadDemo(DemoDatabase.Samples)));
        Assert.Contains("đã có 5 kỳ đánh giá", refused.Message);
        Assert.Contains("The database already has 5 period(s)", refused.Says.In(Language.En));
        Assert.DoesNotContain(" / ", refused.Message);
        Assert.Equal(before, await Counts());
        Assert.Equal(files, Directory.GetFiles(demo.EvidenceRoot, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task Only_an_administrator_loads_the_demo()
    {
        var secretariat = await Read(db => new GetActorHandler(db).HandleAsync(new GetActor("thuongtruc")));
        await Assert.ThrowsAsync<ForbiddenException>(() => demo.Handler().HandleAsync(secretariat, new LoadDemo(DemoDatabase.Samples)));
    }
}
