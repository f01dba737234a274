using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.App.Tests.Data;

namespace ParIndex.App.Tests.AuditChains;

/// <summary>
/// A database whose audit log was written by the version before decision 010 (one chain, hashed as decision 005 says)
/// verifies after the upgrade, goes on growing in streams and seals, and an edit of an old entry is still found.
/// </summary>
public abstract class AuditUpgradeTests(DatabaseProvider provider) : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync(provider, migrate: false);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    private const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>The hash of decision 005, written out here as the old version computed it.</summary>
    private static string OldHash(string previous, DateTimeOffset at, string actor, string action, string entity, string key, string? oldValue, string? newValue)
    {
        var sb = new StringBuilder();
        foreach (var field in new[] { previous, at.UtcTicks.ToString(CultureInfo.InvariantCulture), actor, action, entity, key, oldValue, newValue, null })
            sb.Append(field?.Length ?? -1).Append(':').Append(field).Append('|');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())));
    }

    [Fact]
    public async Task An_old_single_chain_verifies_after_the_upgrade_and_the_log_goes_on_in_streams()
    {
        await using (var db = _database.Open())
        {
            var migrations = db.Database.GetMigrations().ToList();
            var streams = migrations.FindIndex(m => m.EndsWith("_AuditStreams", StringComparison.Ordinal));
            Assert.True(streams > 0, "no AuditStreams migration");
            await db.GetService<IMigrator>().MigrateAsync(migrations[streams - 1]);

            // Three entries as the old version wrote them: one chain from the genesis hash.
            var previous = Genesis;
            var at = new DateTimeOffset(2025, 1, 2, 2, 0, 0, TimeSpan.Zero);
            foreach (var (action, entity, key, value) in new[] { ("unit.create", "Unit", "SNV", "{}"), ("period.create", "Period", "CCHC 2025", "2025"), ("score.self", "Score", "1/SNV/1.1", "ontime") })
            {
                var hash = OldHash(previous, at, "cli:test", action, entity, key, null, value);
                await db.Database.ExecuteSqlAsync($"INSERT INTO \"Audit\" (\"At\", \"Actor\", \"Action\", \"Entity\", \"EntityKey\", \"OldValue\", \"NewValue\", \"Reason\", \"PreviousHash\", \"Hash\") VALUES ({at}, 'cli:test', {action}, {entity}, {key}, NULL, {value}, NULL, {previous}, {hash})");
                previous = hash;
                at = at.AddMinutes(1);
            }
            await db.Database.MigrateAsync();
        }

        await using (var db = _database.Open())
        {
            Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
            var old = await db.Audit.OrderBy(a => a.Id).ToListAsync();
            Assert.All(old, e => Assert.Equal((AuditStreams.Other, 1), (e.Stream, e.Format)));
            Assert.Equal([1L, 2L, 3L], old.Select(e => e.Sequence));
            Assert.Equal(old[^1].Hash, await AuditChain.HeadAsync(db, CancellationToken.None)); // before any seal: the old head

            // The log goes on: a framework import (stream *) after the old entries, a unit's save in its own stream.
            var now = new DateTimeOffset(2025, 2, 1, 9, 0, 0, TimeSpan.FromHours(7));
            await db.WriteAsync(() => { AuditLog.Record(db, Actor.Operator("test"), now, "framework.import", "Framework", "TEST", null, "sha"); return Task.CompletedTask; }, CancellationToken.None);
            await db.WriteAsync(() => { AuditLog.Record(db, Actor.Operator("test"), now, "score.self", "Score", "1/SNV/1.2", null, "1"); return Task.CompletedTask; }, CancellationToken.None);
        }

        await using (var db = _database.Open())
        {
            Assert.Null(await AuditChain.VerifyAsync(db, CancellationToken.None));
            var next = await db.Audit.Where(a => a.Format == 2).OrderBy(a => a.Id).ToListAsync();
            Assert.Equal(new[] { (AuditStreams.Other, 4L), ("1/SNV", 1L) }, next.Select(e => (e.Stream, e.Sequence)));
            Assert.Empty(await db.AuditPending.ToListAsync());
            var firstSeal = AuditSeals.ReadHeads(await db.AuditSeals.OrderBy(s => s.Id).Select(s => s.Heads).FirstAsync());
            Assert.Equal(new StreamHead(AuditStreams.Other, 4, next[0].Hash), Assert.Single(firstSeal));

            await db.Database.ExecuteSqlRawAsync("UPDATE \"Audit\" SET \"NewValue\" = '2024' WHERE \"Action\" = 'period.create'");
            var broken = await AuditChain.VerifyAsync(db, CancellationToken.None);
            Assert.Equal((AuditStreams.Other, 2L), (broken!.Stream, broken.Position));
            Assert.Contains("edited", broken.Problem);
        }
    }
}

public sealed class AuditUpgradeTestsOnSqlite() : AuditUpgradeTests(DatabaseProvider.Sqlite);

public sealed class AuditUpgradeTestsOnPostgres() : AuditUpgradeTests(DatabaseProvider.Postgres);
