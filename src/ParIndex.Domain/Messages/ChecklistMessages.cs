using ParIndex.Domain.Workflow;

namespace ParIndex.Domain.Messages;

/// <summary>What a period's stage change says about the work still open: grouped, one line per kind of item.</summary>
public static class ChecklistMessages
{
    /// <summary>The move: "công bố kết quả" or "chuyển sang giai đoạn “Thẩm định”".</summary>
    public static Message Move(PeriodState to, bool publishing) =>
        publishing ? new("checklist.move.publish") : new("checklist.move.stage", to);

    /// <summary>"18 đơn vị chưa nộp hồ sơ: BQLKKT, SCT, … (và 8 mục khác) — sẽ được xếp loại không nộp".</summary>
    public static Message Line(Both title, IReadOnlyList<string> units, Both effect, int names) =>
        new("checklist.line", title, new Listing([.. units], names), effect);

    public static Message Blocked(Message move, IReadOnlyList<Message> lines) => new("checklist.blocked", move, Lines(lines));

    public static Message Unconfirmed(Message move, IReadOnlyList<Message> lines) => new("checklist.unconfirmed", move, Lines(lines));

    public static Message Changed(IReadOnlyList<Message> lines) => new("checklist.changed", Lines(lines));

    /// <summary>The CLI's heading above the checklist it prints.</summary>
    public static Message OpenBefore(PeriodState to) => new("checklist.open-before", to);

    /// <summary>The CLI stops after printing the checklist until it is run again with <c>--yes</c>.</summary>
    public static Message ConfirmWithYes() => new("checklist.confirm-with-yes");

    /// <summary>The open items as a list, one "- …" line each.</summary>
    public static Message Lines(IReadOnlyList<Message> lines) => new("checklist.lines", new Listing([.. lines.Select(Bullet)], int.MaxValue, "\n"));

    public static Message Bullet(Message line) => new("checklist.bullet", line);
}
