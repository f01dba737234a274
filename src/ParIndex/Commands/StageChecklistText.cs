using System.CommandLine;
using ParIndex.App.Data;
using ParIndex.App.Features.Periods;
using ParIndex.App.Security;
using ParIndex.Domain.Messages;

namespace ParIndex.Commands;

/// <summary>
/// How <c>period advance</c> and <c>results publish</c> show the checklist of a stage change: printed before the move,
/// and the move goes on past open items only with <c>--yes</c>.
/// </summary>
internal static class StageChecklistText
{
    public static Option<bool> Yes() => new("--yes")
    {
        Description = Cli.T("Xác nhận các việc chưa xong được liệt kê và đi tiếp", "confirm the open items listed and go on"),
    };

    /// <summary>
    /// Prints the period's checklist when anything is open. Returns the confirmation to pass to the use case (the
    /// checklist's fingerprint with <paramref name="yes"/>, else null), or an exit code when the command stops here.
    /// <paramref name="publishing"/>: only publication's checklist counts (elsewhere the use case refuses anyway).
    /// </summary>
    public static async Task<(string? Confirmed, int? Exit)> ConfirmAsync(ParseResult parsed, AppDbContext db, Actor actor, int periodId, bool yes,
        CancellationToken ct, bool publishing = false)
    {
        var checklist = await new GetStageChecklistHandler(db).HandleAsync(actor, new GetStageChecklist(periodId), ct);
        if (checklist is null || checklist.IsClear || publishing != (checklist.To == Domain.Workflow.PeriodState.Published)) return (null, null);
        var o = parsed.InvocationConfiguration.Output;
        o.WriteLine(ChecklistMessages.OpenBefore(checklist.To).In(Cli.Language));
        o.WriteLine(checklist.Lines.In(Cli.Language));
        if (yes || checklist.IsBlocked) return (checklist.Fingerprint, null);
        parsed.InvocationConfiguration.Error.WriteLine(ChecklistMessages.ConfirmWithYes().In(Cli.Language));
        return (null, Cli.BadInput);
    }
}
