using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Audit;
using ParIndex.App.Features.Assessment;
using ParIndex.App.Features.Periods;
using ParIndex.App.Features.SelfAssessment;
using ParIndex.App.Features.Tokens;
using ParIndex.App.Features.Units;
using ParIndex.App.Features.Users;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Tests.AuditReading;

/// <summary>The audit log read from the web: filters done by the database, Vietnam days, pages, one entry in full, the chain check.</summary>
public abstract class AuditLogTests(DatabaseProvider provider) : ProviderTest(provider)
{
    /// <summary>
    /// Eleven entries: World's #1 framework.import (operator) and #2 period.create (secretariat), both 02/01; #3 the
    /// period advanced (secretariat, 02/01); #4–#5 unit A's first save (10/02 23:30 Vietnam time); #6–#7 unit B's
    /// (11/02 00:30, i.e. still 10/02 in UTC); #8 role.create, #9 user.add can-bo.a (operator, 12/02); #10 unit AB
    /// created (secretariat, 12/02); #11 a token of can-bo.a's (12/02).
    /// </summary>
    private async Task<long[]> StageAsync()
    {
        await World.Run(db => new AdvancePeriodHandler(db, World.Clock).HandleAsync(World.Secretariat, new AdvancePeriod(World.PeriodId)));
        World.Clock.Now = World.On(2, 10, 23).AddMinutes(30);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("A"), new SaveScore(World.PeriodId, "A", "1.3", "0.5", 0)));
        World.Clock.Now = World.On(2, 11, 0).AddMinutes(30);
        await World.Run(db => new SaveScoreHandler(db, World.Clock).HandleAsync(World.Editor("B"), new SaveScore(World.PeriodId, "B", "1.3", "0.75", 0)));
        World.Clock.Now = World.On(2, 12, 10);
        await World.Run(db => new AddUserHandler(db, World.Clock).HandleAsync(World.Admin, new AddUser("can-bo.a", "Mat-khau-2025", Role.UnitEditor, "A", "Nguyễn Văn An")));
        var units = Path.Combine(Repo.TempDir(), "don-vi.csv");
        await File.WriteAllTextAsync(units, "code,name,group\nAB,Sở AB,\"Sở, ban, ngành\"\n");
        await World.Run(db => new ImportUnitsHandler(db, World.Clock).HandleAsync(World.Secretariat, new ImportUnits(units)));
        var an = await World.Run(db => new GetActorHandler(db).HandleAsync(new GetActor("can-bo.a")));
        await World.Run(db => new CreateApiTokenHandler(db, World.Clock).HandleAsync(an, new CreateApiToken("Báo cáo", 30)));
        var ids = await World.Run(db => db.Audit.OrderBy(a => a.Id).Select(a => a.Id).ToArrayAsync());
        Assert.Equal(11, ids.Length);
        return ids;
    }

    private Task<AuditPage> ListAsync(ListAuditEntries request, Actor? actor = null) =>
        World.Run(db => new ListAuditEntriesHandler(db).HandleAsync(actor ?? World.Secretariat, request));

    private async Task AssertEntries(long[] ids, ListAuditEntries request, params int[] expected)
    {
        var page = await ListAsync(request);
        Assert.Equal(expected.Select(n => ids[n - 1]).OrderDescending(), page.Entries.Select(e => e.Id));
        Assert.Equal(expected.Length, page.Total);
    }

    [Fact]
    public async Task Entries_are_filtered_by_period_unit_user_action_and_vietnam_day()
    {
        var ids = await StageAsync();

        await AssertEntries(ids, new ListAuditEntries(), [.. Enumerable.Range(1, 11)]);
        await AssertEntries(ids, new ListAuditEntries(PeriodId: World.PeriodId), 2, 3, 4, 5, 6, 7);
        // Unit A: its submission and score, not unit AB's creation; the code in any case.
        await AssertEntries(ids, new ListAuditEntries(UnitCode: "a"), 4, 5);
        await AssertEntries(ids, new ListAuditEntries(UnitCode: "AB"), 10);
        await AssertEntries(ids, new ListAuditEntries(User: "CAN-BO.A"), 11);
        await AssertEntries(ids, new ListAuditEntries(User: "cli:test"), 1, 8, 9);
        await AssertEntries(ids, new ListAuditEntries(User: "u-snv"), 2, 3, 10);
        await AssertEntries(ids, new ListAuditEntries(Action: "score"), 5, 7);
        await AssertEntries(ids, new ListAuditEntries(Action: "submission.state"), 4, 6);
        await AssertEntries(ids, new ListAuditEntries(Action: "user"), 9);
        await AssertEntries(ids, new ListAuditEntries(Action: "us"));
        // 10/02 in Vietnam runs from 09/02 17:00 to 10/02 17:00 UTC: A's save at 23:30 is in it, B's at 00:30 on 11/02 is not.
        await AssertEntries(ids, new ListAuditEntries(From: new DateOnly(2025, 2, 10), To: new DateOnly(2025, 2, 10)), 4, 5);
        await AssertEntries(ids, new ListAuditEntries(From: new DateOnly(2025, 2, 11)), 6, 7, 8, 9, 10, 11);
        await AssertEntries(ids, new ListAuditEntries(To: new DateOnly(2025, 2, 9)), 1, 2, 3);
        await AssertEntries(ids, new ListAuditEntries(PeriodId: World.PeriodId, From: new DateOnly(2025, 2, 11), Action: "score"), 7);

        var all = await ListAsync(new ListAuditEntries());
        Assert.Equal("can-bo.a (Nguyễn Văn An)", all.Entries[0].ActorName.ToString());
        Assert.Equal("Quản trị qua dòng lệnh", all.Entries.Single(e => e.Id == ids[0]).ActorName.ToString());
        Assert.Equal("Administrator (command line)", all.Entries.Single(e => e.Id == ids[0]).ActorName.In(ParIndex.Domain.Messages.Language.En));
        Assert.Equal(["framework.import", "period.advance", "period.create", "role.create", "score.self", "submission.state", "token.create", "unit.create", "user.add"], all.Actions);
    }

    [Fact]
    public async Task The_log_comes_fifty_entries_a_page_newest_first()
    {
        var now = World.Clock.GetUtcNow();
        await World.Run(db => db.WriteAsync(() =>
        {
            for (var i = 0; i < 120; i++) AuditLog.Record(db, World.Admin, now, "test.entry", "Test", $"{i}");
            return Task.CompletedTask;
        }, default));

        var second = await ListAsync(new ListAuditEntries(Page: 2), World.Council);
        var last = await ListAsync(new ListAuditEntries(Page: 3));

        // 122 entries with World's two: page 2 holds the 51st to the 100th newest, page 3 the 22 oldest.
        Assert.Equal((122, 3, 2, 50), (second.Total, second.Pages, second.Page, second.Entries.Count));
        Assert.Equal(["69", "20"], new[] { second.Entries[0].EntityKey, second.Entries[^1].EntityKey });
        Assert.Equal(22, last.Entries.Count);
        Assert.Equal(("period.create", "framework.import"), (last.Entries[^2].Action, last.Entries[^1].Action));
        Assert.Equal(3, (await ListAsync(new ListAuditEntries(Page: 40))).Page);
    }

    [Fact]
    public async Task An_entry_opens_with_its_before_after_and_place_in_the_chain()
    {
        var ids = await StageAsync();

        var entry = await World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Council, new GetAuditEntry(ids[2])));

        Assert.Equal(("period.advance", "Period", World.PeriodId.ToString()), (entry.Row.Action, entry.Row.Entity, entry.Row.EntityKey));
        Assert.Equal(("Draft", "SelfAssessment"), (entry.OldValue, entry.NewValue));
        Assert.Equal((ids[1], ids[3]), (entry.PreviousId!.Value, entry.NextId!.Value));
        var stored = await World.Run(db => db.Audit.AsNoTracking().SingleAsync(a => a.Id == ids[2]));
        Assert.Equal((stored.PreviousHash, stored.Hash), (entry.PreviousHash, entry.Hash));
        Assert.Null((await World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Admin, new GetAuditEntry(ids[0])))).PreviousId);
        await Assert.ThrowsAsync<NotFoundException>(() => World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Admin, new GetAuditEntry(9999))));
    }

    [Fact]
    public async Task A_score_entry_reads_its_option_by_its_label_and_its_points_in_vi_VN()
    {
        var now = DateTimeOffset.UtcNow;
        var key = $"{World.PeriodId}/A/1.1";
        await World.Run(db => db.WriteAsync(() =>
        {
            AuditLog.Record(db, World.Admin, now, "score.self", "Score", key, "v1: late", "v2: ontime → 1", "Sửa");
            AuditLog.Record(db, World.Admin, now, "score.self", "Score", key, "v2", "v3: khong-co → 0.5", "Sửa");
            AuditLog.Record(db, World.Admin, now, "score.self", "Score", $"{World.PeriodId}/A/9.9", null, "v1: ontime → 1", "Sửa");
            return Task.CompletedTask;
        }, default));
        var ids = await World.Run(db => db.Audit.OrderByDescending(a => a.Id).Take(3).Select(a => a.Id).ToListAsync());

        var option = await World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Admin, new GetAuditEntry(ids[2])));
        // World's 1.1: ontime "Đúng hạn" → 1, late "Chậm" → 0,5; a key the rule does not know is shown as typed.
        Assert.Equal("phiên bản 1: Chậm", option.OldShown!.In(Language.Vi));
        Assert.Equal("phiên bản 2: Đúng hạn → 1 điểm", option.NewShown!.In(Language.Vi));
        var unknown = await World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Admin, new GetAuditEntry(ids[1])));
        Assert.Equal(("phiên bản 2", "phiên bản 3: “khong-co” → 0,5 điểm"), (unknown.OldShown!.In(Language.Vi), unknown.NewShown!.In(Language.Vi)));
        var noSuchItem = await World.Run(db => new GetAuditEntryHandler(db).HandleAsync(World.Admin, new GetAuditEntry(ids[0])));
        Assert.Equal(((Message?)null, "v1: ontime → 1"), (noSuchItem.NewShown, noSuchItem.NewValue));
    }

    [Fact]
    public async Task The_chain_check_finds_an_edited_entry_as_the_command_line_does()
    {
        var ids = await StageAsync();
        var intact = await World.Run(db => new VerifyAuditLogHandler(db, World.Clock).HandleAsync(World.Council, new VerifyAuditLog()));
        Assert.Equal((true, 11, World.On(2, 12, 10)), (intact.Intact, intact.Entries, intact.CheckedAt));

        await World.Run(db => db.Database.ExecuteSqlAsync($"UPDATE \"Audit\" SET \"NewValue\" = 'sửa trực tiếp' WHERE \"Id\" = {ids[4]}"));

        var broken = await World.Run(db => new VerifyAuditLogHandler(db, World.Clock).HandleAsync(World.Secretariat, new VerifyAuditLog()));
        Assert.False(broken.Intact);
        // Entry 5 (A's score) is the second of unit A's chain in the period, after its submission's state change.
        Assert.Equal((ids[4], 2, $"{World.PeriodId}/A"), (broken.Broken!.EntryId, broken.Broken.Position, broken.Broken.Stream));
        Assert.Equal(await World.Run(db => AuditChain.VerifyAsync(db, default)), broken.Broken);
    }

    [Fact]
    public async Task Only_the_office_and_the_council_read_the_log()
    {
        foreach (var actor in new[] { World.Editor("A"), World.Lead("A"), World.Viewer, World.Appraiser("tham-dinh-1") })
        {
            await Assert.ThrowsAsync<ForbiddenException>(() => ListAsync(new ListAuditEntries(), actor));
            await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new GetAuditEntryHandler(db).HandleAsync(actor, new GetAuditEntry(1))));
            await Assert.ThrowsAsync<ForbiddenException>(() => World.Run(db => new VerifyAuditLogHandler(db, World.Clock).HandleAsync(actor, new VerifyAuditLog())));
        }
    }
}

public sealed class AuditLogTestsOnSqlite() : AuditLogTests(DatabaseProvider.Sqlite);

public sealed class AuditLogTestsOnPostgres() : AuditLogTests(DatabaseProvider.Postgres);
