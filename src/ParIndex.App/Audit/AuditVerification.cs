using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;

namespace ParIndex.App.Audit;

/// <summary>
/// <c>audit verify</c> (decision 010), in one snapshot: the seals form one unbroken chain and each stream's sealed place
/// only moves forward; every stream is an unbroken chain numbered 1, 2, 3… whose entries match their hashes; each sealed
/// or pending head is the entry at that place; and every stream ends exactly at its last sealed or pending head — so an
/// entry edited, deleted, inserted or moved, a stream cut short or removed, and a seal edited, deleted, reordered or cut
/// off (while the entries it sealed remain) are all found.
/// </summary>
internal static class AuditVerification
{
    public static async Task<AuditBreak?> RunAsync(AppDbContext db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, ct);
            return await CheckAsync(db, ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private sealed record Mark(long Sequence, string Hash, string What);

    private static async Task<AuditBreak?> CheckAsync(AppDbContext db, CancellationToken ct)
    {
        // The seals: one chain; the last sealed head of every stream.
        var sealedHeads = new Dictionary<string, Mark>(StringComparer.Ordinal);
        var previous = AuditChain.Genesis;
        long position = 0;
        await foreach (var seal in db.AuditSeals.AsNoTracking().OrderBy(s => s.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            position++;
            if (seal.PreviousHash != previous)
                return SealBreak(seal, position, "the seal does not follow the one before it (a seal was deleted, inserted or re-chained)");
            if (AuditSeals.HashOf(seal) != seal.Hash)
                return SealBreak(seal, position, "the seal's content does not match its hash (it was edited)");
            IReadOnlyList<StreamHead> heads;
            try
            {
                heads = AuditSeals.ReadHeads(seal.Heads);
            }
            catch (Exception e) when (e is JsonException or InvalidOperationException or IndexOutOfRangeException)
            {
                return SealBreak(seal, position, "the seal's heads cannot be read");
            }
            foreach (var head in heads)
            {
                if (sealedHeads.TryGetValue(head.Stream, out var earlier) && earlier.Sequence > head.Sequence)
                    return SealBreak(seal, position, $"it seals stream {head.Stream} at {head.Sequence}, behind the {earlier.Sequence} of an earlier seal (seals were reordered)");
                sealedHeads[head.Stream] = new Mark(head.Sequence, head.Hash, $"seal {seal.Id}");
            }
            previous = seal.Hash;
        }
        var pendingHeads = new Dictionary<string, Mark>(StringComparer.Ordinal);
        foreach (var p in await db.AuditPending.AsNoTracking().OrderBy(p => p.Id).ToListAsync(ct))
            if (!pendingHeads.TryGetValue(p.Stream, out var other) || other.Sequence < p.Sequence)
                pendingHeads[p.Stream] = new Mark(p.Sequence, p.Hash, $"pending mark {p.Id}");

        // The streams, each in order.
        string? stream = null;
        long expected = 0, lastId = 0;
        var previousHash = AuditChain.Genesis;
        var lastFormat = 1;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var e in db.Audit.AsNoTracking().OrderBy(a => a.Stream).ThenBy(a => a.Sequence).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (e.Stream != stream)
            {
                if (stream is not null && End(stream, expected, lastId, sealedHeads, pendingHeads) is { } cut) return cut;
                (stream, expected, previousHash, lastFormat) = (e.Stream, 0, AuditChain.Genesis, 1);
                seen.Add(stream);
            }
            expected++;
            if (e.Sequence != expected)
                return new AuditBreak(e.Stream, e.Id, e.Sequence, $"the entry is numbered {e.Sequence} where {expected} should be (an entry was deleted, inserted or moved)");
            if (e.PreviousHash != previousHash)
                return new AuditBreak(e.Stream, e.Id, e.Sequence, "the entry does not follow the one before it (an entry was deleted, inserted or re-chained)");
            if (e.Format < lastFormat || e.Format is not (1 or 2) || (e.Format == 1 && e.Stream != AuditStreams.Other))
                return new AuditBreak(e.Stream, e.Id, e.Sequence, $"the entry claims hash format {e.Format} where it cannot be (it was edited)");
            if (AuditChain.HashOf(e) != e.Hash)
                return new AuditBreak(e.Stream, e.Id, e.Sequence, "the entry's content does not match its hash (it was edited)");
            foreach (var mark in new[] { sealedHeads.GetValueOrDefault(e.Stream), pendingHeads.GetValueOrDefault(e.Stream) })
                if (mark is not null && mark.Sequence == e.Sequence && mark.Hash != e.Hash)
                    return new AuditBreak(e.Stream, e.Id, e.Sequence, $"the entry is not the one {mark.What} recorded (the stream was rewritten)");
            (previousHash, lastFormat, lastId) = (e.Hash, e.Format, e.Id);
        }
        if (stream is not null && End(stream, expected, lastId, sealedHeads, pendingHeads) is { } end) return end;
        foreach (var gone in sealedHeads.Concat(pendingHeads).Where(h => !seen.Contains(h.Key)).OrderBy(h => h.Key, StringComparer.Ordinal))
            return new AuditBreak(gone.Key, 0, 0, $"the stream has no entries but {gone.Value.What} recorded it up to {gone.Value.Sequence} (it was removed)");
        return null;
    }

    /// <summary>A stream must end exactly at its last sealed or pending head.</summary>
    private static AuditBreak? End(string stream, long last, long lastId, Dictionary<string, Mark> sealedHeads, Dictionary<string, Mark> pendingHeads)
    {
        var marks = new[] { sealedHeads.GetValueOrDefault(stream), pendingHeads.GetValueOrDefault(stream) }.OfType<Mark>().ToList();
        if (marks.FirstOrDefault(m => m.Sequence > last) is { } beyond)
            return new AuditBreak(stream, lastId, last, $"the stream ends at {last} but {beyond.What} recorded it up to {beyond.Sequence} (entries were removed from its end)");
        var covered = marks.Count == 0 ? 0 : marks.Max(m => m.Sequence);
        if (covered < last)
            return new AuditBreak(stream, lastId, last, $"entries {covered + 1}–{last} are in no seal and not pending (a seal was removed)");
        return null;
    }

    private static AuditBreak SealBreak(AuditSeal seal, long position, string problem) => new(AuditBreak.Seals, seal.Id, position, problem);
}
