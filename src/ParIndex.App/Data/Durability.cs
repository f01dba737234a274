namespace ParIndex.App.Data;

/// <summary>
/// When an acknowledged write is on disk. Every write survives a crash of any process, the application's or the
/// database server's; the difference is a power cut or an operating-system crash in the second after the write.
/// </summary>
public enum Durability
{
    /// <summary>
    /// On disk before the use case returns (SQLite <c>synchronous=FULL</c>; PostgreSQL's <c>synchronous_commit</c> as
    /// configured, <c>on</c> by default): submissions, decisions, imports, publication, everything but drafts.
    /// </summary>
    Durable,

    /// <summary>
    /// A working value an editor keeps changing (a self-assessed or appraised input). On SQLite it is handed to the
    /// operating system in the write-ahead log without waiting for the disk (<c>synchronous=NORMAL</c>): the database
    /// stays consistent after a power cut, and the next durable write (the submission, any other change) puts every
    /// earlier draft on disk with it, since the log is flushed in order. PostgreSQL commits it like any other write:
    /// not waiting there would also expose it to a crash of the database server, and concurrent commits already share
    /// their flushes.
    /// </summary>
    Draft,
}
