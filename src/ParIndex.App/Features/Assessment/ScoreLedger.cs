using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.App.Features.Assessment;

/// <summary>
/// Appends a new version of a leaf's score. The caller says which version it started from; if that is no longer the
/// latest, the save is refused with the current value. Two saves racing past that check still cannot both win: the
/// unique index on (submission, leaf, stage, version) rejects the second, which <see cref="RunAsync{T}"/> turns
/// into the same conflict (as it does when the submission's own state changed under a concurrent first save).
/// </summary>
public static class ScoreLedger
{
    public static async Task<ScoreEntry> AppendAsync(AppDbContext db, int submissionId, string leaf, ScoreStage stage, int expectedVersion,
        string input, decimal points, string? note, Actor actor, DateTimeOffset now, CancellationToken ct)
    {
        var current = await LeafScores.LatestAsync(db, submissionId, leaf, stage, ct);
        if ((current?.Version ?? 0) != expectedVersion) throw Conflict(leaf, current);
        var entry = new ScoreEntry
        {
            SubmissionId = submissionId, LeafCode = leaf, Stage = stage, Version = expectedVersion + 1,
            Input = input, Points = points, Note = note, Author = actor.UserId, At = Moment.Of(now),
        };
        db.Scores.Add(entry);
        return entry;
    }

    /// <summary>Runs a unit of work that appends to the ledger, reporting a lost race as a conflict.</summary>
    public static async Task<T> RunAsync<T>(AppDbContext db, int submissionId, string leaf, ScoreStage stage, Func<Task<T>> work, CancellationToken ct)
    {
        try
        {
            return await db.WriteAsync(work, DurabilityOf(stage), ct);
        }
        catch (DbUpdateException e) when (IsRace(e))
        {
            throw Conflict(leaf, await LeafScores.LatestAsync(db, submissionId, leaf, stage, ct));
        }
    }

    /// <summary>
    /// Self-assessed and appraised inputs are drafts, saved again and again while people type; the submission, the
    /// appraisal's completion and appeal decisions that settle them are durable and flush them with their own commit.
    /// </summary>
    internal static Durability DurabilityOf(ScoreStage stage) =>
        stage is ScoreStage.SelfAssessed or ScoreStage.Appraised ? Durability.Draft : Durability.Durable;

    private static ConflictException Conflict(string leaf, ScoreEntry? current)
    {
        Telemetry.AppMetrics.Conflict();
        return new(
            StepMessages.ScoreRaced(leaf, current?.Version ?? 0, current?.Input ?? ""),
            current?.Version ?? 0, current?.Input);
    }

    /// <summary>A save that lost a race: another writer took the same version, or changed the same row first.</summary>
    internal static bool IsRace(DbUpdateException e) => e is DbUpdateConcurrencyException || e.InnerException switch
    {
        PostgresException pg => pg.SqlState == PostgresErrorCodes.UniqueViolation,
        SqliteException sqlite => sqlite.SqliteErrorCode == 19,
        _ => false,
    };
}
