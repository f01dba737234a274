using ParIndex.App.Audit;
using ParIndex.App.Data;
using ParIndex.App.Security;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>One submission a stage change moved, as the period page and the history show it.</summary>
public sealed record SubmissionChange(string UnitCode, string UnitName, SubmissionState From, SubmissionState To);

/// <summary>Applies what a stage change does to the period's submissions (<see cref="StageChange"/>), auditing each one.</summary>
internal static class StageMoves
{
    public const string Carried = "submission.carry";

    public const string SteppedBack = "submission.stepback";

    /// <summary>
    /// Gives each submission the state (and non-submitter mark) <paramref name="next"/> says, in unit-code order,
    /// recording every change under <paramref name="action"/> with its reason. Call inside the move's unit of work.
    /// </summary>
    public static List<SubmissionChange> Apply(AppDbContext db, Actor actor, DateTimeOffset now, Period period, string action,
        Func<Submission, (SubmissionState State, bool Missed, string? Reason)> next)
    {
        var changes = new List<SubmissionChange>();
        foreach (var s in period.Submissions.OrderBy(s => s.Unit.Code, StringComparer.Ordinal))
        {
            var (state, missed, reason) = next(s);
            if (state == s.State && missed == s.MissedDeadline) continue;
            AuditLog.Record(db, actor, now, action, "Submission", $"{period.Id}/{s.Unit.Code}", s.State.ToString(), state.ToString(), reason);
            changes.Add(new SubmissionChange(s.Unit.Code, s.Unit.Name, s.State, state));
            s.State = state;
            s.MissedDeadline = missed;
            s.Version++;
        }
        return changes;
    }

    /// <summary>
    /// Moving forward to <paramref name="to"/>: every submission as <see cref="StageChange.Carry"/> says, a unit that
    /// never submitted marked as such, each reason the checklist's effect for the item it was.
    /// </summary>
    public static List<SubmissionChange> Forward(AppDbContext db, Actor actor, DateTimeOffset now, Period period, PeriodState to) =>
        Apply(db, actor, now, period, Carried, s =>
        {
            var reason = StageChange.OpenItem(to, s.State) is { } kind ? OpenItemText.Effect(kind, to, period.NonSubmitters) : default;
            return (StageChange.Carry(to, s.State, period.NonSubmitters), s.MissedDeadline || StageChange.MissesDeadline(to, s.State),
                reason.Vi is null ? null : $"{reason.Vi} / {reason.En}");
        });
}
