using System.Security.Cryptography;
using System.Text;
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
    /// <summary>"18 đơn vị chưa nộp hồ sơ: BQLKKT, SCT, … — sẽ …", naming at most <paramref name="names"/> units.</summary>
    public string Line(bool english, int names = int.MaxValue)
    {
        var listed = Units.Take(names).Select(u => u.Detail is null ? u.Code : $"{u.Code} ({u.Detail})");
        var more = Units.Count > names ? ", …" : "";
        return $"{(english ? TitleEn : TitleVi)}: {string.Join(", ", listed)}{more} — {(english ? EffectEn : EffectVi)}";
    }
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

    /// <summary>The checklist as text, one item a line, each in Vietnamese then English: what the CLI prints and the refusals say.</summary>
    public string Text => string.Join(Environment.NewLine, Items.Select(i => $"- {i.Line(false)} / {i.Line(true)}"));

    /// <summary>
    /// Refuses the move unless it may go ahead: nothing open; or every open item confirmed with this checklist's
    /// <see cref="Fingerprint"/> and none of them blocking. <paramref name="publishing"/> words the refusal as publication.
    /// </summary>
    /// <exception cref="WorkflowException">Blocked, unconfirmed, or confirmed against a list that has changed; the message lists the items.</exception>
    public void RequireConfirmed(string? confirmed, bool publishing = false)
    {
        var (vi, en) = WorkflowNames.Of(To);
        var (moveVi, moveEn) = publishing ? ("công bố kết quả", "publish the results") : ($"chuyển sang giai đoạn “{vi}”", $"move to “{en}”");
        if (IsBlocked)
        {
            var blocking = Items.Where(i => i.Blocks).ToList();
            throw new WorkflowException($"Chưa thể {moveVi} / Cannot {moveEn} yet:" + Environment.NewLine +
                string.Join(Environment.NewLine, blocking.Select(i => $"- {i.Line(false)} / {i.Line(true)}")));
        }
        if (IsClear || confirmed == Fingerprint) return;
        throw new WorkflowException((confirmed is null
            ? $"Còn việc chưa xong trước khi {moveVi}; cần xác nhận lần hai, nêu đúng các mục sau / Open items remain before you {moveEn}; confirm them a second time:"
            : $"Các mục chưa xong đã thay đổi từ khi được xác nhận; hãy xem lại và xác nhận lần nữa / The open items changed since they were confirmed; review them and confirm again:")
            + Environment.NewLine + Text);
    }

    /// <summary>What the audit log keeps of a confirmed checklist: the items and their effects, in Vietnamese.</summary>
    public string? Confirmation => IsClear ? null : "Đã xác nhận: " + string.Join("; ", Items.Select(i => i.Line(false)));
}
