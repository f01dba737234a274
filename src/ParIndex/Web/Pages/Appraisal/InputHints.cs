using ParIndex.Domain.Messages;
using ParIndex.Domain.Scoring;
using ParIndex.Domain.Scoring.Rules;

namespace ParIndex.Web.Pages.Appraisal;

/// <summary>How to type an appraised or appealed value, for the hint beside the field, in both languages.</summary>
public static class InputHints
{
    public static string Of(Texts t, InputKind kind) => kind switch
    {
        InputKind.PassFail => t["Nhập: đạt / không đạt (hoặc NA nếu không áp dụng)", "Type: pass / fail (or NA if it does not apply)"],
        InputKind.Option => t["Chọn một phương án", "Choose an option"],
        InputKind.Ratio => t["Nhập tỷ lệ: 95%, 0,95 hoặc 19/20", "Type a ratio: 95%, 0.95 or 19/20"],
        InputKind.Count => t["Nhập số trường hợp (số nguyên)", "Type the number of cases (a whole number)"],
        _ => t["Nhập số điểm, ví dụ 0,75", "Type the points, e.g. 0.75"],
    };

    /// <summary>
    /// A stored input as the reader would type it, to fill the box: "đạt", "1,3", "85%" on a Vietnamese page rather
    /// than the stored "pass", "1.3", "0.85" (both read back the same).
    /// </summary>
    public static string? Typed(Texts t, string? stored, InputKind kind) => InputText.Parse(stored, kind) switch
    {
        ({ Kind: InputKind.PassFail } input, null) => input.Passed ? t["đạt", "pass"] : t["không đạt", "fail"],
        (var input, null) when InputText.Understood(input, t.English) is { } figure => figure,
        _ => stored,
    };

    /// <summary>
    /// A stored input in words — the option's label, "Đạt", "85%", "0,5" — from what a page knows of its rule: the kind
    /// of input it takes and its options (an unreadable input is shown as it was typed).
    /// </summary>
    public static Message Shown(string? stored, InputKind kind, IReadOnlyList<ScoreOption> options) =>
        InputText.Parse(stored, kind) is (var input, null) ? ScoreMessages.Shown(input, new OptionsRule(options)) : ScoreMessages.Shown(stored, new OptionsRule(options));

    /// <summary>"Đã lưu tiêu chí 1.1.2: Ban hành đúng hạn → 1 điểm", for a stored input as <see cref="Shown"/> reads it.</summary>
    public static Message Saved(string leaf, string stored, InputKind kind, IReadOnlyList<ScoreOption> options, decimal points) =>
        ScoreMessages.Saved(leaf, InputText.Parse(stored, kind).Input, new OptionsRule(options), points);
}
