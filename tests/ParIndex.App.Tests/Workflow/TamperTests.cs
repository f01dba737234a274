using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Features.Publishing;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.Workflow;

/// <summary>Edits made directly in the database, behind the application's back, are found by the verify commands.</summary>
public abstract class TamperTests(DatabaseProvider provider) : ProviderTest(provider)
{
    private Task<AuditBreak?> VerifyAudit() => World.Run(db => AuditChain.VerifyAsync(db, CancellationToken.None));

    private async Task<GroupVerification> VerifyResults() =>
        Assert.Single(await World.Run(db => new VerifyResultsHandler(db).HandleAsync(World.Admin, new VerifyResults(World.PeriodId))));

    private Task<List<long>> AuditIds() => World.Run(db => db.Audit.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync());

    [Fact]
    public async Task Editing_an_audit_entry_is_reported_at_that_entry()
    {
        await new YearScript(World).PublishAsync();
        Assert.Null(await VerifyAudit());
        var ids = await AuditIds();
        var victim = await World.Run(db => db.Audit.SingleAsync(a => a.Id == ids[ids.Count / 2]));
        await World.Run(db => db.Database.ExecuteSqlAsync($"UPDATE \"Audit\" SET \"Reason\" = 'sửa trực tiếp' WHERE \"Id\" = {victim.Id}"));

        var broken = await VerifyAudit();
        Assert.NotNull(broken);
        Assert.Equal((victim.Stream, victim.Id, victim.Sequence), (broken!.Stream, broken.EntryId, broken.Position));
        Assert.Contains("edited", broken.Problem);
    }

    [Fact]
    public async Task Deleting_an_audit_entry_breaks_its_stream_after_it()
    {
        await new YearScript(World).PublishAsync();
        var entries = await World.Run(db => db.Audit.OrderBy(a => a.Id).ToListAsync());
        var victim = entries[3];
        var next = entries.FirstOrDefault(e => e.Stream == victim.Stream && e.Sequence == victim.Sequence + 1);
        await World.Run(db => db.Database.ExecuteSqlAsync($"DELETE FROM \"Audit\" WHERE \"Id\" = {victim.Id}"));

        var broken = await VerifyAudit();
        Assert.Equal(victim.Stream, broken!.Stream);
        if (next is not null)
        {
            Assert.Equal(next.Id, broken.EntryId);
            Assert.Contains($"numbered {next.Sequence} where {victim.Sequence} should be", broken.Problem);
        }
        else Assert.Contains("entries were removed from its end", broken.Problem);
    }

    [Fact]
    public async Task Editing_a_published_snapshot_is_reported()
    {
        await new YearScript(World).PublishAsync();
        Assert.True((await VerifyResults()).Ok);
        await World.Run(db => db.Database.ExecuteSqlAsync($"UPDATE \"Publications\" SET \"SnapshotJson\" = REPLACE(\"SnapshotJson\", '\"index\":87', '\"index\":97')"));

        var verification = await VerifyResults();
        Assert.False(verification.HashMatches);
        Assert.False(verification.ResultsMatch);
    }

    [Fact]
    public async Task Changing_an_input_and_rehashing_the_snapshot_is_still_caught_by_recomputation()
    {
        await new YearScript(World).PublishAsync();
        await World.Run(async db =>
        {
            var publication = await db.Publications.SingleAsync();
            var snapshot = JsonNode.Parse(publication.SnapshotJson)!;
            var c = snapshot["units"]!.AsArray().Single(u => u!["code"]!.GetValue<string>() == "C")!;
            c["inputs"]!["1.1"] = "ontime";                     // C did not issue its plan on time
            var forged = snapshot.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = ParIndex.App.Frameworks.Json.Options.Encoder });
            publication.SnapshotJson = forged;
            publication.Sha256 = Snapshot.Hash(forged);
            await db.SaveChangesAsync();
        });

        var verification = await VerifyResults();
        Assert.True(verification.HashMatches);
        Assert.False(verification.ResultsMatch);
        Assert.Contains("different results", verification.Problem);
    }
}

public sealed class TamperTestsOnSqlite() : TamperTests(DatabaseProvider.Sqlite);

public sealed class TamperTestsOnPostgres() : TamperTests(DatabaseProvider.Postgres);
