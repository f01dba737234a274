using ParIndex.Domain.Messages;

namespace ParIndex.App.Audit;

/// <summary>
/// The first place where the audit log is broken: the stream (or <see cref="Seals"/>), the id of the entry or seal, its
/// place in its stream or in the seals (from 1), and what is wrong.
/// </summary>
public sealed record AuditBreak(string Stream, long EntryId, long Position, string Problem)
{
    public const string Seals = "(seals)";

    /// <summary>Where the chain breaks, in the reader's language (<see cref="Problem"/> is the verifier's own words).</summary>
    public Message Says => Stream == Seals
        ? StepMessages.SealsBroken(EntryId, Position, Problem)
        : StepMessages.AuditBroken(Stream, EntryId, Position, Problem);

    public override string ToString() => Says.ToString();
}
