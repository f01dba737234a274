using System.Security.Cryptography;
using System.Text;
using ParIndex.Domain.Messages;
using ParIndex.Domain.Workflow;

namespace ParIndex.App.Features.Periods;

/// <summary>One unit named by a checklist item; <see cref="Detail"/> says which of its sub-criteria, where that matters.</summary>
public sealed record ChecklistUnit(string Code, string Name, string? Detail = null);

/// <summary>
/// One kind of unfinished work before a stage change, grouped: how many, which units, and what the change will do to
/// them. <see cref="Blocks"/>: no confirmation passes it (an undecided appeal at publication).
/// </summary>
public sealed record ChecklistItem(OpenItemKind Kind, int Count, IReadOnlyList<ChecklistUnit> Units,
    string TitleVi, string TitleEn, string EffectVi, string EffectEn, bool Blocks)
{
    /// <summary>"18 đơn vị chưa nộp hồ sơ: BQLKKT, SCT, … (và 8 mục khác) — sẽ …", naming at most <paramref name="names"/> units.</summary>
    public Message Line(int names = int.MaxValue) =>
        ChecklistMessages.Line(new Both(TitleVi, TitleEn), [.. Units.Select(u => u.Detail is null ? u.Code : $"{u.Code} ({u.Detail})")], new Both(EffectVi, EffectEn), names);

    /// <summary>The line in one language, as the period page shows it.</summary>
    public string Line(bool english, int names = int.MaxValue) => Line(names).In(english ? Language.En : Language.Vi);
}

/// <summary>
/// Everything still open before a period moves from <see cref="From"/> to <see cref="To"/>, and what the move will do
/// to each. A move with open items goes ahead only with a confirmation that names them: the caller passes back the
/// <see cref="Fingerprint"/> of the checklist it showed, so a list that changed in between (a unit submitted, an appeal
/// came in) is shown again rather than confirmed unseen.
/// </summary>
public sealed record StageChecklist(int PeriodId, PeriodState From, PeriodState To, NonSubmitterPolicy Policy, IReadOnlyList<ChecklistItem> Items)
{
    public bool IsClear => Items.Count == 0;

    public bool IsBlocked => Items.Any(i => i.Blocks);

    /// <summary>A short hash of the period, the move and every item with the units it names.</summary>
    public string Fingerprint
    {
        get
        {
            var text = new StringBuilder($"{PeriodId}:{From}>{To}:{Policy}");
            foreach (var i in Items)
                text.Append('|').Append(i.Kind).Append('#').Append(i.Count).Append('=').AppendJoin(',', i.Units.Select(u => u.Code + "(" + u.Detail + ")"));
            return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
        }
    }

    /// <summary>The checklist, one item a line, ten units named per item: what the CLI prints and the refusals say.</summary>
    public Message Lines => ChecklistMessages.Lines([.. Items.Select(i => i.Line(Listing.DefaultShown))]);

    /// <summary>
    /// Refuses the move unless it may go ahead: nothing open; or every open item confirmed with this checklist's
    /// <see cref="Fingerprint"/> and none of them blocking. <paramref name="publishing"/> words the refusal as publication.
    /// </summary>
    /// <exception cref="WorkflowException">Blocked, unconfirmed, or confirmed against a list that has changed; the message lists the items.</exception>
    public void RequireConfirmed(string? confirmed, bool publishing = false)
    {
        var move = ChecklistMessages.Move(To, publishing);
        if (IsBlocked)
            throw new WorkflowException(ChecklistMessages.Blocked(move, [.. Items.Where(i => i.Blocks).Select(i => i.Line(Listing.DefaultShown))]));
        if (IsClear || confirmed == Fingerprint) return;
        throw new WorkflowException(confirmed is null
            ? ChecklistMessages.Unconfirmed(move, [.. Items.Select(i => i.Line(Listing.DefaultShown))])
            : ChecklistMessages.Changed([.. Items.Select(i => i.Line(Listing.DefaultShown))]));
    }

    /// <summary>What the audit log keeps of a confirmed checklist: the items and their effects, in Vietnamese.</summary>
    public string? Confirmation => IsClear ? null : "Đã xác nhận: " + string.Join("; ", Items.Select(i => i.Line(false)));
}
