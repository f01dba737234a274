using ParIndex.Domain.Scoring;

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
}
