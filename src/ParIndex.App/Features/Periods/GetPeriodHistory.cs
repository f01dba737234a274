using Microsoft.EntityFrameworkCore;
using ParIndex.App.Data;
using ParIndex.App.Features.Audit;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>
/// The period's stage changes, newest first, as the audit log holds them: who moved it from which stage to which,
/// when, why (a step back's reason, or the open items confirmed), and what the move did — submissions it moved and
/// publications it withdrew.
/// </summary>
public sealed record GetPeriodHistory(int PeriodId);

public enum StageChangeKind
{
    Advance,
    Publish,
    StepBack,
    Reopen,
}

/// <param name="Actor">Who moved the period, in words: a person by name, or the command line's operator.</param>
public sealed record PeriodChange(DateTimeOffset At, Message Actor, StageChangeKind Kind, PeriodState From, PeriodState To, string? Reason,
    IReadOnlyList<SubmissionChange> Changed, IReadOnlyList<string> Withdrawn);

public sealed class GetPeriodHistoryHandler(AppDbContext db)
{
    private static readonly Dictionary<string, StageChangeKind> Kinds = new()
    {
        ["period.advance"] = StageChangeKind.Advance, ["period.publish"] = StageChangeKind.Publish,
        ["period.stepback"] = StageChangeKind.StepBack, ["period.reopen"] = StageChangeKind.Reopen,
    };

    public async Task<IReadOnlyList<PeriodChange>> HandleAsync(Actor actor, GetPeriodHistory request, CancellationToken ct = default)
    {
        Access.Require(actor, Act.ViewPeriodHistory, Role.Admin, Role.Secretariat, Role.Council);
        var period = await db.Periods.AsNoTracking().Include(p => p.Submissions).ThenInclude(s => s.Unit).SingleOrDefaultAsync(p => p.Id == request.PeriodId, ct)
            ?? throw new Assessment.NotFoundException(NotFoundMessages.Period(request.PeriodId));
        var key = period.Id.ToString();
        var prefix = key + "/";
        var actions = Kinds.Keys.ToList();
        var moves = await db.Audit.AsNoTracking().Where(a => a.Entity == "Period" && a.EntityKey == key && actions.Contains(a.Action))
            .OrderBy(a => a.Id).ToListAsync(ct);
        if (moves.Count == 0) return [];
        var times = moves.Select(m => m.At).Distinct().ToList();
        // What a move did is logged in its own transaction, after it and at the same instant.
        var effects = await db.Audit.AsNoTracking()
            .Where(a => times.Contains(a.At) && a.EntityKey.StartsWith(prefix)
                && (a.Action == StageMoves.Carried || a.Action == StageMoves.SteppedBack || a.Action == "publication.withdraw"))
            .OrderBy(a => a.Id).ToListAsync(ct);
        var names = period.Submissions.ToDictionary(s => s.Unit.Code, s => s.Unit.Name);
        var actorIds = moves.Select(m => m.Actor).Distinct().ToList();
        var people = await db.Users.AsNoTracking().Where(u => actorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName ?? u.UserName ?? u.Id, ct);

        return [.. moves.Select((m, i) =>
        {
            var next = i + 1 < moves.Count ? moves[i + 1].Id : long.MaxValue;
            var mine = effects.Where(e => e.At == m.At && e.Id > m.Id && e.Id < next).ToList();
            return new PeriodChange(m.At, people.TryGetValue(m.Actor, out var name) ? PageMessages.Person(name) : AuditActors.NotAUser(m.Actor), Kinds[m.Action], Enum.Parse<PeriodState>(m.OldValue!), Enum.Parse<PeriodState>(m.NewValue!),
                m.Reason,
                [.. mine.Where(e => e.Action != "publication.withdraw").Select(e =>
                {
                    var unit = e.EntityKey[prefix.Length..];
                    return new SubmissionChange(unit, names.GetValueOrDefault(unit, unit), Enum.Parse<SubmissionState>(e.OldValue!), Enum.Parse<SubmissionState>(e.NewValue!));
                })],
                [.. mine.Where(e => e.Action == "publication.withdraw").Select(e => e.EntityKey[prefix.Length..])]);
        }).Reverse()];
    }
}
