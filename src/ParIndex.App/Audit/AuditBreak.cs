namespace ParIndex.App.Audit;

/// <summary>The first audit entry where the chain is broken: its id, its position, and what is wrong.</summary>
public sealed record AuditBreak(long EntryId, int Position, string Problem);
