using ParIndex.App.Data;
using ParIndex.App.Security;

namespace ParIndex.App.Audit;

/// <summary>Adds an audit entry to the unit of work; <see cref="AuditChain.SealAsync"/> chains it when the work is saved.</summary>
public static class AuditLog
{
    public static void Record(AppDbContext db, Actor actor, DateTimeOffset at, string action, string entity, string key,
        string? oldValue = null, string? newValue = null, string? reason = null) =>
        db.Audit.Add(new AuditEntry
        {
            At = Moment.Of(at),
            Actor = actor.UserId,
            Action = action,
            Entity = entity,
            EntityKey = key,
            OldValue = oldValue,
            NewValue = newValue,
            Reason = reason,
            PreviousHash = AuditChain.Genesis,
            Hash = AuditChain.Genesis,
        });
}
